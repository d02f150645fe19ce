#include "io/recordexporter.h"
#include "domain/fieldcatalog.h"
#include "io/csvwriter.h"
#include "io/xlsxexporter.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QTemporaryDir>
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

QString RecordExporter::selectSql(const QStringList &selects) const
{
    return QStringLiteral("SELECT %1 FROM %2 t%3 ORDER BY t.id")
        .arg(selects.join(QStringLiteral(", ")), FieldCatalog::tableOf(m_entity), whereClause());
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
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const Result r = exec(q, selectSql(selectExpressions()), binds());
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

namespace {

// Writes the finished file into device, in blocks.
Result copyInto(const QString &path, QIODevice *device)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(QCoreApplication::translate("Kempt", "The finished export cannot be read back: %1.").arg(file.errorString()));
    while (!file.atEnd()) {
        const QByteArray block = file.read(1 << 20);
        qsizetype done = 0;
        while (done < block.size()) {
            const qint64 n = device->write(block.constData() + done, block.size() - done);
            if (n <= 0)
                return Result::failure(QCoreApplication::translate("Kempt", "Writing the export failed: %1. Check the free disk space and the target's permissions.")
                                           .arg(device->errorString()));
            done += n;
        }
    }
    return Result::success();
}

// Values joined with char(30), each "label<char(31)>value".
const QString kLabelled = QStringLiteral("(SELECT group_concat(x.label || char(31) || x.%2, char(30)) FROM (SELECT label, %2 FROM %1 y "
                                         "WHERE y.contact_id = t.id ORDER BY y.is_primary DESC, y.position, y.id) x)");

} // namespace

Result RecordExporter::writeXlsx(QIODevice *device, qint64 *rows) const
{
    if (rows)
        *rows = 0;
    if (m_entity == Entity::Deal)
        return Result::failure(QCoreApplication::translate("Kempt", "Only contacts and companies can be exported to Excel."));
    QTemporaryDir dir;
    if (!dir.isValid())
        return Result::failure(QCoreApplication::translate("Kempt", "No temporary folder can be created for the export: %1.").arg(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("export.xlsx"));
    XlsxExporter xlsx(path, m_entity == Entity::Contact ? QCoreApplication::translate("Kempt", "Contacts")
                                                        : QCoreApplication::translate("Kempt", "Companies"));
    Result r = xlsx.open();
    if (!r)
        return r;
    const QStringList keys = header();
    QList<XlsxExporter::Kind> kinds;
    for (const QString &key : keys) {
        XlsxExporter::Kind kind = key == QLatin1String("id") ? XlsxExporter::Kind::Number : XlsxExporter::Kind::Text;
        for (const FieldDef &f : m_fields)
            if (f.key == key)
                kind = f.type == FieldType::Number ? XlsxExporter::Kind::Number
                    : f.type == FieldType::Date    ? XlsxExporter::Kind::Date
                                                   : XlsxExporter::Kind::Text;
        kinds << kind;
    }
    xlsx.setKinds(kinds);
    r = xlsx.writeHeader(keys);
    if (!r)
        return r;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    r = exec(q, selectSql(selectExpressions()), binds());
    if (!r)
        return r;
    qint64 written = 0;
    QStringList cells;
    while (q.next()) {
        cells.clear();
        for (int i = 0; i < keys.size(); ++i)
            cells << q.value(i).toString();
        r = xlsx.writeRow(cells);
        if (!r)
            return Result::failure(QCoreApplication::translate("Kempt", "Record %1: %2").arg(cells.value(0), r.message()));
        ++written;
        if (m_progress && written % kProgressEvery == 0 && !m_progress(written))
            return Result::failure(QCoreApplication::translate("Kempt", "The export was cancelled after %1 records; nothing was written.").arg(written));
    }
    if (q.lastError().isValid())
        return sqlFailure(q, QCoreApplication::translate("Kempt", "Reading the records to export"));
    r = xlsx.close();
    if (!r)
        return r;
    r = copyInto(path, device);
    if (!r)
        return r;
    if (rows)
        *rows = written;
    if (m_progress)
        m_progress(written);
    return Result::success();
}

Result RecordExporter::writeVCard(QIODevice *device, VCardWriter::Version version, qint64 *rows) const
{
    if (rows)
        *rows = 0;
    if (m_entity != Entity::Contact)
        return Result::failure(QCoreApplication::translate("Kempt", "Only contacts can be exported as vCards. Export companies to CSV or Excel."));
    static const QStringList keys{QStringLiteral("first_name"), QStringLiteral("middle_name"), QStringLiteral("last_name"),
                                  QStringLiteral("salutation"), QStringLiteral("display_name"), QStringLiteral("company"),
                                  QStringLiteral("department"), QStringLiteral("job_title"), QStringLiteral("street"),
                                  QStringLiteral("city"), QStringLiteral("region"), QStringLiteral("postcode"),
                                  QStringLiteral("country"), QStringLiteral("birthday"), QStringLiteral("website")};
    QStringList selects, present;
    for (const QString &key : keys)
        for (const FieldDef &f : m_fields)
            if (f.key == key && !f.select.isEmpty()) {
                selects << f.select;
                present << key;
            }
    selects << kLabelled.arg(QStringLiteral("contact_emails"), QStringLiteral("address"))
            << kLabelled.arg(QStringLiteral("contact_phones"), QStringLiteral("number"))
            << QStringLiteral("(SELECT group_concat(name, char(30)) FROM (SELECT g.name FROM contact_tags l JOIN tags g ON g.id = l.tag_id "
                              "WHERE l.contact_id = t.id ORDER BY g.name COLLATE NOCASE))");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    Result r = exec(q, selectSql(selects), binds());
    if (!r)
        return r;
    VCardWriter writer(device, version);
    qint64 written = 0;
    while (q.next()) {
        VCardRecord card;
        for (int i = 0; i < present.size(); ++i) {
            const QString v = q.value(i).toString();
            if (!v.isEmpty())
                card.add(present.at(i), v);
        }
        const int base = int(present.size());
        for (int k = 0; k < 2; ++k) {
            const QString key = k == 0 ? QStringLiteral("email") : QStringLiteral("phone");
            const QString all = q.value(base + k).toString();
            if (all.isEmpty())
                continue;
            for (const QString &item : all.split(QChar(30))) {
                const qsizetype sep = item.indexOf(QChar(31));
                card.add(key, item.mid(sep + 1), item.left(qMax<qsizetype>(sep, 0)), key);
            }
        }
        const QString tags = q.value(base + 2).toString();
        if (!tags.isEmpty())
            card.values[QStringLiteral("tags")] = tags.split(QChar(30));
        if (!writer.write(card))
            break;
        ++written;
        if (m_progress && written % kProgressEvery == 0 && !m_progress(written))
            return Result::failure(QCoreApplication::translate("Kempt", "The export was cancelled after %1 records; the output is incomplete.").arg(written));
    }
    if (q.lastError().isValid())
        return sqlFailure(q, QCoreApplication::translate("Kempt", "Reading the records to export"));
    if (!writer.flush())
        return Result::failure(QCoreApplication::translate("Kempt", "Writing the export failed: %1. Check the free disk space and the target's permissions.")
                                   .arg(writer.errorString()));
    if (rows)
        *rows = written;
    if (m_progress)
        m_progress(written);
    return Result::success();
}

} // namespace Kempt
