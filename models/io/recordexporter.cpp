#include "io/recordexporter.h"
#include "domain/fieldcatalog.h"
#include "io/csvwriter.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Kempt {

namespace {

constexpr int kProgressEvery = 2000;

// Every address or number of a contact, primary first, in the order the person sees them.
QString allOf(const QString &table, const QString &column)
{
    return QStringLiteral("(SELECT group_concat(%2, '; ') FROM (SELECT x.%2 FROM %1 x WHERE x.contact_id = t.id "
                          "ORDER BY x.is_primary DESC, x.position, x.id))")
        .arg(table, column);
}

struct Column
{
    QString key;
    QString select;
};

QList<Column> columnsOf(Entity entity, const QList<FieldDef> &fields)
{
    QList<Column> columns{{QStringLiteral("id"), QStringLiteral("t.id")}};
    for (const FieldDef &f : fields) {
        if (f.select.isEmpty())
            continue;
        columns << Column{f.key, f.select};
        if (entity != Entity::Contact)
            continue;
        if (f.storage == FieldStorage::PrimaryEmail)
            columns << Column{QStringLiteral("emails"), allOf(QStringLiteral("contact_emails"), QStringLiteral("address"))};
        else if (f.storage == FieldStorage::PrimaryPhone)
            columns << Column{QStringLiteral("phones"), allOf(QStringLiteral("contact_phones"), QStringLiteral("number"))};
    }
    return columns;
}

} // namespace

RecordExporter::RecordExporter(QSqlDatabase db, Entity entity)
    : m_db(db)
    , m_entity(entity)
    , m_fields(FieldCatalog::fields(entity, db))
{
}

QStringList RecordExporter::header() const
{
    QStringList keys;
    for (const Column &c : columnsOf(m_entity, m_fields))
        keys << c.key;
    return keys;
}

QStringList RecordExporter::selectExpressions() const
{
    QStringList selects;
    for (const Column &c : columnsOf(m_entity, m_fields))
        selects << c.select;
    return selects;
}

QString RecordExporter::whereClause() const
{
    QStringList conditions;
    if (!m_includeTrash)
        conditions << QStringLiteral("t.deleted_at IS NULL");
    if (m_selection)
        conditions << QStringLiteral("(%1)").arg(m_selection->where);
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QVariantList RecordExporter::binds() const
{
    return m_selection ? m_selection->binds : QVariantList();
}

qint64 RecordExporter::count() const
{
    QSqlQuery q(m_db);
    const QString sql = QStringLiteral("SELECT count(*) FROM %1 t%2").arg(FieldCatalog::tableOf(m_entity), whereClause());
    if (!exec(q, sql, binds()) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

Result RecordExporter::writeCsv(QIODevice *device, qint64 *rows) const
{
    if (rows)
        *rows = 0;
    if (m_entity == Entity::Deal)
        return Result::failure(QCoreApplication::translate("Kempt", "Only contacts and companies can be exported to CSV."));
    const QString sql = QStringLiteral("SELECT %1 FROM %2 t%3 ORDER BY t.id")
                            .arg(selectExpressions().join(QStringLiteral(", ")),
                                 FieldCatalog::tableOf(m_entity), whereClause());
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const Result r = exec(q, sql, binds());
    if (!r)
        return r;

    CsvWriter csv(device, m_bom ? CsvWriter::Bom::With : CsvWriter::Bom::Without);
    const QStringList keys = header();
    csv.writeRow(keys);
    qint64 written = 0;
    QStringList cells;
    cells.reserve(keys.size());
    while (q.next()) {
        cells.clear();
        for (int i = 0; i < keys.size(); ++i)
            cells << q.value(i).toString();
        if (!csv.writeRow(cells))
            break;
        ++written;
        if (m_progress && written % kProgressEvery == 0 && !m_progress(written))
            return Result::failure(QCoreApplication::translate("Kempt", "The export was cancelled after %1 records; the output is incomplete.").arg(written));
    }
    if (q.lastError().isValid())
        return sqlFailure(q, QCoreApplication::translate("Kempt", "Reading the records to export"));
    if (!csv.flush())
        return Result::failure(QCoreApplication::translate("Kempt", "Writing the export failed: %1. Check the free disk space and the target's permissions.")
                                   .arg(csv.errorString()));
    if (rows)
        *rows = written;
    if (m_progress)
        m_progress(written);
    return Result::success();
}

} // namespace Kempt
