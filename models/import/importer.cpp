#include "import/importer.h"
#include "audit/guideenginecache.h"
#include "domain/customfielddef.h"
#include "import/importwriter.h"
#include "import/rowmapper.h"
#include "io/csvwriter.h"
#include "io/tablesource.h"
#include "quality/qualityrecord.h"
#include "quality/ruleengine.h"
#include "storage/batchrunner.h"
#include "storage/searchindex.h"
#include "storage/sqlerror.h"
#include "storage/triggersuspension.h"
#include "stores/customfieldstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>
#include <memory>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

constexpr int kShownRejected = 200;

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

bool isEmptyRow(const QStringList &row)
{
    for (const QString &cell : row)
        if (!cell.trimmed().isEmpty())
            return false;
    return true;
}

// The reasons of the issues that block saving, as one sentence for the report.
QString blockingReasons(const QList<QualityIssue> &issues)
{
    QStringList reasons;
    for (const QualityIssue &issue : issues)
        if (issue.severity == StyleGuideRule::Severity::Error) {
            const QualityField field = QualityRecord::fieldForKey(Entity::Contact, issue.field);
            reasons << (field == QualityField::Count ? issue.message
                                                     : QStringLiteral("%1: %2").arg(QualityRecord::labelOf(field), issue.message));
        }
    return reasons.join(QStringLiteral("; "));
}

// The rejected rows, written as they come so that a million of them never sit in memory.
class RejectedReport
{
public:
    Result open(const QString &path, const QStringList &headers)
    {
        if (path.isEmpty())
            return Result::success();
        m_file = std::make_unique<QSaveFile>(path);
        if (!m_file->open(QIODevice::WriteOnly))
            return Result::failure(Tr::tr("The report %1 cannot be written: %2. Choose another folder.").arg(path, m_file->errorString()));
        m_writer = std::make_unique<CsvWriter>(m_file.get(), CsvWriter::Bom::With);
        m_writer->writeRow(QStringList{Tr::tr("Row"), Tr::tr("Reason")} + headers);
        return Result::success();
    }
    void add(qint64 row, const QString &reason, const QStringList &cells)
    {
        if (m_writer)
            m_writer->writeRow(QStringList{QString::number(row), reason} + cells);
    }
    Result close()
    {
        if (!m_writer)
            return Result::success();
        if (!m_writer->flush() || !m_file->commit())
            return Result::failure(Tr::tr("The report %1 could not be written completely: %2. Free some space and import again.")
                                       .arg(m_file->fileName(), m_file->errorString()));
        return Result::success();
    }

private:
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<CsvWriter> m_writer;
};

// Custom columns are created as text fields the first time a file brings them.
Result customKeys(QSqlDatabase db, const ImportMapping &mapping, QHash<QString, QString> *keys)
{
    CustomFieldStore store(db);
    QHash<QString, QString> byLabel;
    for (const CustomFieldDef &def : store.list(Entity::Contact))
        byLabel.insert(def.label.toCaseFolded(), def.key);
    for (const ImportMapping::Column &c : mapping.columns()) {
        if (c.target != ImportMapping::Target::Custom || keys->contains(c.field))
            continue;
        QString key = byLabel.value(c.field.toCaseFolded());
        if (key.isEmpty()) {
            CustomFieldDef def;
            def.entity = Entity::Contact;
            def.label = c.field;
            def.type = CustomFieldType::Text;
            const Result r = store.create(def);
            if (!r)
                return r;
            key = def.key;
            byLabel.insert(c.field.toCaseFolded(), key);
        }
        keys->insert(c.field, key);
    }
    return Result::success();
}

} // namespace

Importer::Importer(QSqlDatabase db, const QList<BatchObserver *> &observers)
    : m_db(db)
    , m_observers(observers)
{
}

Result Importer::readHeaders(TableSource &source, int headerRow, QStringList *headers)
{
    headers->clear();
    QStringList row;
    int seen = 0;
    while (source.next(&row)) {
        if (isEmptyRow(row))
            continue;
        if (headerRow <= 0) {
            for (int i = 0; i < row.size(); ++i)
                *headers << Tr::tr("Column %1").arg(i + 1);
            return Result::success();
        }
        if (++seen == headerRow) {
            for (int i = 0; i < row.size(); ++i)
                *headers << (row.at(i).trimmed().isEmpty() ? Tr::tr("Column %1").arg(i + 1) : row.at(i).trimmed());
            return Result::success();
        }
    }
    if (!source.status())
        return source.status();
    return Result::failure(Tr::tr("%1 has no header row %2: it holds %3 rows with values. Choose another header row or file.")
                               .arg(source.fileName())
                               .arg(headerRow)
                               .arg(seen));
}

Result Importer::run(TableSource &source, const ImportOptions &options, ImportSummary *summary)
{
    *summary = ImportSummary();
    summary->dryRun = options.dryRun;
    QStringList headers;
    Result r = readHeaders(source, options.headerRow, &headers);
    if (!r)
        return r;
    summary->headers = headers;
    ImportMapping mapping = options.mapping;
    if (mapping.size() == 0)
        mapping = ImportMapping::guess(headers);
    else if (mapping.size() != headers.size())
        return Result::failure(Tr::tr("The mapping has %1 columns but %2 has %3. Map the columns again.")
                                   .arg(mapping.size())
                                   .arg(source.fileName())
                                   .arg(headers.size()));
    if (!mapping.mapsAnything())
        return Result::failure(Tr::tr("None of the columns of %1 could be matched to a contact field (headers: %2). "
                                      "Map them yourself, or check the header row.")
                                   .arg(source.fileName(), headers.join(QStringLiteral(", "))));
    // The header row is read again so that data rows come after it.
    if (!(r = source.selectSheet(source.currentSheet())))
        return r;
    if (options.headerRow > 0 && !(r = readHeaders(source, options.headerRow, &headers)))
        return r;

    // A dry run goes all the way through the batch and is rolled back at the end.
    const QString dryRunMarker = QStringLiteral("kempt:dry-run");
    ChangeSet changes;
    r = BatchRunner::run(
        m_db, {BatchKind::Import, Tr::tr("Import %1").arg(QFileInfo(source.fileName()).fileName()), m_author, 0},
        [&](QSqlDatabase db) {
            const Result inner = importRows(db, source, options, mapping, summary);
            if (inner && options.dryRun)
                return Result::failure(dryRunMarker);
            return inner;
        },
        m_observers, &changes);
    if (!r && options.dryRun && r.message() == dryRunMarker) {
        summary->importId = 0;
        return Result::success();
    }
    if (!r)
        return r;
    summary->batchId = changes.batchId;
    return Result::success();
}

Result Importer::importRows(QSqlDatabase db, TableSource &source, const ImportOptions &options, const ImportMapping &mapping,
                            ImportSummary *summary)
{
    QSqlQuery q(db);
    Result r = exec(q, QStringLiteral("INSERT INTO import_batches(file_name, format, options, mapping, started_at, status, change_batch_id) "
                                      "VALUES (?, ?, ?, ?, ?, 'running', (SELECT value FROM kempt_state WHERE key = 'batch'))"),
                    {QFileInfo(source.fileName()).fileName(), QFileInfo(source.fileName()).suffix().toLower(),
                     json({{QStringLiteral("header_row"), options.headerRow},
                           {QStringLiteral("cleanup"), options.cleanup == ImportOptions::Cleanup::ApplyFixes ? QStringLiteral("fix")
                                                                                                           : QStringLiteral("keep")},
                           {QStringLiteral("skip_invalid"), options.skipInvalidRows}}),
                     json(mapping.toJson()), now()});
    if (!r)
        return r;
    summary->importId = q.lastInsertId().toLongLong();

    QHash<QString, QString> keys;
    if (!(r = customKeys(db, mapping, &keys)))
        return r;
    RejectedReport report;
    if (!(r = report.open(options.rejectedReport, summary->headers)))
        return r;

    GuideEngineCache engines;
    const RuleEngine &engine = engines.engine(db);
    const RowMapper mapper(mapping, keys);
    // Each of these would rewrite a contact's search document or derived columns once
    // per inserted row (four times for a contact with a company, an e-mail and a phone);
    // ImportWriter writes the derived columns itself and the documents are written once
    // at the end. The journal's triggers stay: they make the import undoable.
    TriggerSuspension suspended;
    if (!(r = suspended.suspend(db, {QStringLiteral("fts_contacts_ins"), QStringLiteral("fts_contacts_upd"),
                                     QStringLiteral("fts_emails_ins"), QStringLiteral("fts_phones_ins"),
                                     QStringLiteral("contacts_company_name_ins"), QStringLiteral("contact_emails_primary_ins"),
                                     QStringLiteral("contact_phones_primary_ins")})))
        return r;
    ImportWriter writer(db, summary->importId);
    QStringList row;
    qint64 number = 0;
    auto reject = [&](const QString &reason) {
        ++summary->rejected;
        if (summary->firstRejected.size() < kShownRejected)
            summary->firstRejected.append({number, reason});
        report.add(number, reason, row);
    };
    while (source.next(&row, &number)) {
        if (isEmptyRow(row))
            continue;
        ++summary->rows;
        Contact contact = mapper.map(row);
        const QualityRecord original = QualityRecord::fromContact(contact);
        QualityRecord kept = original;
        if (options.cleanup == ImportOptions::Cleanup::ApplyFixes) {
            QList<FieldChange> fixes;
            kept = engine.applyFixes(original, &fixes);
            summary->fixedValues += fixes.size();
            kept.writeTo(&contact);
        }
        if (contact.composedName().isEmpty() && contact.displayName.trimmed().isEmpty() && contact.companyName.trimmed().isEmpty()
            && contact.emails.isEmpty()) {
            reject(Tr::tr("The row has no name, e-mail address or company."));
            continue;
        }
        const QList<QualityIssue> issues = engine.evaluate(kept);
        if (options.skipInvalidRows && RuleEngine::blocksSaving(issues)) {
            reject(blockingReasons(issues));
            continue;
        }
        QSet<QString> rules;
        for (const QualityIssue &issue : issues)
            rules.insert(issue.ruleId);
        for (const QString &rule : std::as_const(rules))
            ++summary->issues[rule];
        if (!(r = writer.insert(contact)))
            return Result::failure(Tr::tr("Row %1 of %2 could not be stored: %3").arg(number).arg(source.fileName(), r.message()));
        ++summary->created;
    }
    if (source.wasCancelled()) {
        summary->cancelled = true;
        return Result::failure(Tr::tr("The import was cancelled; the workspace is as it was before."));
    }
    if (!source.status())
        return Result::failure(Tr::tr("%1 Nothing was imported.").arg(source.status().message()));
    if (!(r = SearchIndex::indexContacts(db, QStringLiteral("c.import_batch_id = ?"), {summary->importId}))
        || !(r = suspended.restore(db)) || !(r = report.close()))
        return r;
    return exec(q, QStringLiteral("UPDATE import_batches SET finished_at = ?, status = 'done', counts = ? WHERE id = ?"),
                {now(), json(summary->toJson()), summary->importId});
}

} // namespace Kempt
