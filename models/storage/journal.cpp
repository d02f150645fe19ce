#include "storage/journal.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace Kempt {

namespace {

const QString kBatch = QStringLiteral("(SELECT value FROM kempt_state WHERE key = 'batch')");

QStringList storedColumns(QSqlDatabase db, const QString &table)
{
    QStringList columns;
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA table_xinfo(%1)").arg(table));
    const QStringList derived = Journal::derivedColumns(table);
    while (q.next()) {
        const QString name = q.value(1).toString();
        const int hidden = q.value(6).toInt(); // 2 and 3 are generated columns
        if (hidden == 0 && !derived.contains(name))
            columns << name;
    }
    return columns;
}

QString jsonOf(const QStringList &columns, const QString &alias)
{
    QStringList parts;
    for (const QString &c : columns)
        parts << QStringLiteral("'%1', %2.%1").arg(c, alias);
    return QStringLiteral("json_object(%1)").arg(parts.join(QStringLiteral(", ")));
}

Result run(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sqlFailure(q, QCoreApplication::translate("Kempt", "Updating the change journal"));
    return Result::success();
}

Result insertFromJson(QSqlDatabase db, const QString &table, qint64 rowId, const QString &json)
{
    QSqlQuery keys(db);
    keys.prepare(QStringLiteral("SELECT key FROM json_each(?)"));
    keys.addBindValue(json);
    if (!keys.exec())
        return sqlFailure(keys, QStringLiteral("json_each"));
    QStringList columns;
    while (keys.next())
        columns << keys.value(0).toString();
    QStringList values;
    for (const QString &c : columns)
        values << QStringLiteral("json_extract(:j, '$.\"%1\"')").arg(c);
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO %1(rowid%2%3) VALUES (:r%2%4)")
                    .arg(table, columns.isEmpty() ? QString() : QStringLiteral(", "),
                         columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", "))));
    ins.bindValue(QStringLiteral(":r"), rowId);
    ins.bindValue(QStringLiteral(":j"), json);
    if (!ins.exec())
        return sqlFailure(ins, QCoreApplication::translate("Kempt", "Restoring a row of %1").arg(table));
    return Result::success();
}

Result apply(QSqlDatabase db, qint64 sourceBatch, bool backwards)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Rows come back in any order within a batch, so foreign keys wait for the commit.
    q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    q.prepare(QStringLiteral("SELECT table_name, row_id, action, column_name, old_value, new_value "
                             "FROM change_log INDEXED BY change_log_batch WHERE batch_id = ? ORDER BY id %1")
                  .arg(backwards ? QStringLiteral("DESC") : QStringLiteral("ASC")));
    q.addBindValue(sourceBatch);
    if (!q.exec())
        return sqlFailure(q, QCoreApplication::translate("Kempt", "Reading the change journal"));
    QList<QVariantList> rows;
    while (q.next())
        rows.append({q.value(0), q.value(1), q.value(2), q.value(3), q.value(4), q.value(5)});
    q.finish();

    QSqlQuery w(db);
    for (const QVariantList &r : std::as_const(rows)) {
        const QString table = r[0].toString();
        const qint64 rowId = r[1].toLongLong();
        const QString action = r[2].toString();
        const bool undoingInsert = (action == QLatin1String("insert")) == backwards;
        if (action == QLatin1String("update")) {
            w.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE rowid = ?").arg(table, r[3].toString()));
            w.addBindValue(backwards ? r[4] : r[5]);
            w.addBindValue(rowId);
            if (!w.exec())
                return sqlFailure(w, QCoreApplication::translate("Kempt", "Restoring %1.%2").arg(table, r[3].toString()));
        } else if (undoingInsert) {
            w.prepare(QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(table));
            w.addBindValue(rowId);
            if (!w.exec())
                return sqlFailure(w, QCoreApplication::translate("Kempt", "Removing a row of %1").arg(table));
        } else {
            const QString json = (action == QLatin1String("insert") ? r[5] : r[4]).toString();
            const Result res = insertFromJson(db, table, rowId, json);
            if (!res)
                return res;
        }
    }
    return Result::success();
}

} // namespace

QStringList Journal::journaledTables()
{
    return {QStringLiteral("users"), QStringLiteral("companies"), QStringLiteral("contacts"),
            QStringLiteral("contact_emails"), QStringLiteral("contact_phones"),
            QStringLiteral("social_profiles"), QStringLiteral("tags"), QStringLiteral("contact_tags"),
            QStringLiteral("company_tags"), QStringLiteral("custom_fields"),
            QStringLiteral("custom_values"), QStringLiteral("pipelines"), QStringLiteral("stages"),
            QStringLiteral("deals"), QStringLiteral("deal_contacts"),
            QStringLiteral("deal_stage_history"), QStringLiteral("notes"),
            QStringLiteral("activities"), QStringLiteral("saved_views"),
            QStringLiteral("mapping_profiles"), QStringLiteral("style_guides"),
            QStringLiteral("merges")};
}

QStringList Journal::derivedColumns(const QString &table)
{
    if (table == QLatin1String("contacts"))
        return {QStringLiteral("company_name"), QStringLiteral("primary_email"), QStringLiteral("primary_phone")};
    return {};
}

Result Journal::installTriggers(QSqlDatabase db)
{
    for (const QString &t : journaledTables()) {
        const QStringList columns = storedColumns(db, t);
        QStringList sql;
        sql << QStringLiteral("CREATE TRIGGER journal_%1_ins AFTER INSERT ON %1 BEGIN "
                              "INSERT INTO change_log(batch_id, table_name, row_id, action, new_value) "
                              "VALUES (%2, '%1', NEW.rowid, 'insert', %3); END")
                   .arg(t, kBatch, jsonOf(columns, QStringLiteral("NEW")));
        sql << QStringLiteral("CREATE TRIGGER journal_%1_del AFTER DELETE ON %1 BEGIN "
                              "INSERT INTO change_log(batch_id, table_name, row_id, action, old_value) "
                              "VALUES (%2, '%1', OLD.rowid, 'delete', %3); END")
                   .arg(t, kBatch, jsonOf(columns, QStringLiteral("OLD")));
        // One trigger per column: SQLite fires only those named in the UPDATE's SET.
        for (const QString &c : columns) {
            sql << QStringLiteral("CREATE TRIGGER journal_%1_upd_%2 AFTER UPDATE OF %2 ON %1 "
                                  "WHEN OLD.%2 IS NOT NEW.%2 BEGIN "
                                  "INSERT INTO change_log(batch_id, table_name, row_id, action, column_name, old_value, new_value) "
                                  "VALUES (%3, '%1', NEW.rowid, 'update', '%2', OLD.%2, NEW.%2); END")
                       .arg(t, c, kBatch);
        }
        for (const QString &s : std::as_const(sql)) {
            const Result r = run(db, s);
            if (!r)
                return r;
        }
    }
    return Result::success();
}

Result Journal::dropTriggers(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'journal\\_%' ESCAPE '\\'"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    for (const QString &n : std::as_const(names)) {
        const Result r = run(db, QStringLiteral("DROP TRIGGER %1").arg(n));
        if (!r)
            return r;
    }
    return Result::success();
}

Result Journal::setCurrentBatch(QSqlDatabase db, qint64 batchId)
{
    QSqlQuery q(db);
    return exec(q, QStringLiteral("UPDATE kempt_state SET value = ? WHERE key = 'batch'"), {batchId});
}

Result Journal::clearCurrentBatch(QSqlDatabase db)
{
    return run(db, QStringLiteral("UPDATE kempt_state SET value = NULL WHERE key = 'batch'"));
}

Result Journal::revert(QSqlDatabase db, qint64 sourceBatch)
{
    return apply(db, sourceBatch, true);
}

Result Journal::replay(QSqlDatabase db, qint64 sourceBatch)
{
    return apply(db, sourceBatch, false);
}

QStringList Journal::touchedTables(QSqlDatabase db, qint64 batchId)
{
    QStringList tables;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT DISTINCT table_name FROM change_log INDEXED BY change_log_batch WHERE batch_id = ?"));
    q.addBindValue(batchId);
    if (q.exec())
        while (q.next())
            tables << q.value(0).toString();
    return tables;
}

} // namespace Kempt
