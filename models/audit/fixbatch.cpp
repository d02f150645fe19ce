#include "audit/fixbatch.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace Kempt {

namespace {

QString what()
{
    return QCoreApplication::translate("Audit", "Applying the style guide's fixes");
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

} // namespace

FixBatch::FixBatch(QSqlDatabase db)
    : m_db(db)
{
}

void FixBatch::setColumn(Entity entity, qint64 id, const QString &column, const QString &value)
{
    m_values.append({entity == Entity::Company ? QStringLiteral("companies") : QStringLiteral("contacts"), column, id, value, {}});
}

void FixBatch::setEmail(qint64 rowId, const QString &address)
{
    m_values.append({QStringLiteral("contact_emails"), QStringLiteral("address"), rowId, address, {}});
}

void FixBatch::setPhone(qint64 rowId, const QString &number, const QString &e164)
{
    m_values.append({QStringLiteral("contact_phones"), QStringLiteral("number"), rowId, number, e164});
}

Result FixBatch::run(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return sqlFailure(q, what());
    return Result::success();
}

Result FixBatch::apply()
{
    if (m_values.isEmpty())
        return Result::success();
    Result r = run(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS fix_values(tbl TEXT NOT NULL, col TEXT NOT NULL, "
                                  "id INTEGER NOT NULL, value TEXT NOT NULL, extra TEXT NOT NULL, "
                                  "PRIMARY KEY (tbl, col, id)) WITHOUT ROWID"));
    if (r)
        r = run(QStringLiteral("DELETE FROM temp.fix_values"));
    if (!r)
        return r;
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral("INSERT OR REPLACE INTO temp.fix_values(tbl, col, id, value, extra) VALUES (?, ?, ?, ?, ?)")))
        return sqlFailure(insert, what());
    QSet<std::pair<QString, QString>> columns;
    for (const Value &v : std::as_const(m_values)) {
        insert.bindValue(0, v.table);
        insert.bindValue(1, v.column);
        insert.bindValue(2, v.id);
        insert.bindValue(3, text(v.value));
        insert.bindValue(4, text(v.extra));
        if (!insert.exec())
            return sqlFailure(insert, what());
        if (v.table == QLatin1String("contacts") || v.table == QLatin1String("companies"))
            columns.insert({v.table, v.column});
    }
    m_values.clear();

    // Columns of the records' own tables: one statement per column.
    for (const auto &[table, column] : std::as_const(columns))
        if (!(r = run(QStringLiteral("UPDATE %1 SET %2 = f.value FROM temp.fix_values f "
                                     "WHERE f.tbl = '%1' AND f.col = '%2' AND f.id = %1.id")
                          .arg(table, column))))
            return r;
    const QStringList statements = {
        QStringLiteral("DELETE FROM contact_emails WHERE id IN "
                       "(SELECT id FROM temp.fix_values WHERE tbl = 'contact_emails' AND value = '')"),
        QStringLiteral("UPDATE contact_emails SET address = f.value FROM temp.fix_values f "
                       "WHERE f.tbl = 'contact_emails' AND f.id = contact_emails.id AND f.value <> ''"),
        QStringLiteral("DELETE FROM contact_phones WHERE id IN "
                       "(SELECT id FROM temp.fix_values WHERE tbl = 'contact_phones' AND value = '')"),
        QStringLiteral("UPDATE contact_phones SET number = f.value, e164 = CASE WHEN f.extra <> '' THEN f.extra ELSE contact_phones.e164 END "
                       "FROM temp.fix_values f WHERE f.tbl = 'contact_phones' AND f.id = contact_phones.id AND f.value <> ''"),
        QStringLiteral("DELETE FROM temp.fix_values"),
    };
    for (const QString &sql : statements)
        if (!(r = run(sql)))
            return r;
    return Result::success();
}

} // namespace Kempt
