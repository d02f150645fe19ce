#include "import/importer.h"
#include "audit/guideenginecache.h"
#include "domain/customfielddef.h"
#include "import/duplicateapplier.h"
#include "import/importduplicates.h"
#include "import/importwriter.h"
#include "io/csvwriter.h"
#include "io/tablesource.h"
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
#include <QScopeGuard>
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
constexpr int kImportCacheKiB = 256 * 1024;

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
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

// The search documents of the imported contacts are written once, here. Contacts that rows
// were written into after they were stored (updates, merges) also get their derived
// columns again, which the suspended triggers did not keep; stores and merges fire the
// search triggers that were not suspended now and then, so those documents start clean.
Result refreshDerived(QSqlDatabase db, qint64 importId, const DuplicateApplier &applier)
{
    QSqlQuery q(db);
    Result r;
    QStringList ids;
    for (qint64 id : applier.touched())
        ids << QString::number(id);
    const QString in = ids.join(QLatin1Char(','));
    if (applier.changedRecords()
        && !(r = exec(q, QStringLiteral("DELETE FROM contacts_fts WHERE rowid IN (SELECT id FROM contacts WHERE import_batch_id = ?)"),
                      {importId})))
        return r;
    if (!ids.isEmpty()) {
        const QString first = QStringLiteral("(SELECT %1 FROM %2 WHERE contact_id = contacts.id ORDER BY is_primary DESC, position, id LIMIT 1)");
        if (!(r = exec(q, QStringLiteral("UPDATE contacts SET primary_email = coalesce(%1, ''), primary_phone = coalesce(%2, ''), "
                                         "company_name = coalesce((SELECT name FROM companies WHERE id = contacts.company_id), '') "
                                         "WHERE id IN (%3)")
                                  .arg(first.arg(QStringLiteral("address"), QStringLiteral("contact_emails")),
                                       first.arg(QStringLiteral("number"), QStringLiteral("contact_phones")), in),
                       {}))
            || !(r = exec(q, QStringLiteral("DELETE FROM contacts_fts WHERE rowid IN (%1)").arg(in), {})))
            return r;
        return SearchIndex::indexContacts(db, QStringLiteral("c.import_batch_id = ? OR c.id IN (%1)").arg(in), {importId});
    }
    return SearchIndex::indexContacts(db, QStringLiteral("c.import_batch_id = ?"), {importId});
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
        if (ImportRows::isEmpty(row))
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
    ImportRows::Layout layout;
    Result r = ImportRows::layout(source, options, &layout);
    if (!r)
        return r;
    summary->headers = layout.headers;
    summary->headerRow = layout.headerRow;

    QList<ImportDuplicateGroup> duplicates = options.duplicates;
    if (!options.duplicatesFound && options.onDuplicate != DuplicateAction::Create) {
        ImportDuplicates finder(m_db);
        if (!(r = finder.find(source, options, &duplicates, source.progressSink()))) {
            summary->cancelled = finder.wasCancelled();
            return r;
        }
        // The search read the file; the import reads it again after its header.
        if (!(r = ImportRows::layout(source, options, &layout)))
            return r;
    }
    summary->duplicateGroups = duplicates.size();

    // A big import in one transaction touches far more pages than the connection's cache
    // holds, and every page pushed out is written to the WAL and read back, again and
    // again: at a million rows that was 17 GB of I/O. The cache grows for the import's
    // length (memory is taken only as pages are used) and shrinks again afterwards.
    QSqlQuery pragma(m_db);
    const int cacheSize = pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next() ? pragma.value(0).toInt() : 0;
    pragma.finish();
    if (cacheSize != 0 && cacheSize > -kImportCacheKiB)
        pragma.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kImportCacheKiB));
    const auto restoreCache = qScopeGuard([&pragma, cacheSize] {
        if (cacheSize != 0)
            pragma.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
    });

    // A dry run goes all the way through the batch and is rolled back at the end.
    const QString dryRunMarker = QStringLiteral("kempt:dry-run");
    ChangeSet changes;
    r = BatchRunner::run(
        m_db, {BatchKind::Import, Tr::tr("Import %1").arg(QFileInfo(source.fileName()).fileName()), m_author, 0},
        [&](QSqlDatabase db) {
            const Result inner = importRows(db, source, options, layout, duplicates, summary);
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

Result Importer::importRows(QSqlDatabase db, TableSource &source, const ImportOptions &options, const ImportRows::Layout &layout,
                            const QList<ImportDuplicateGroup> &duplicates, ImportSummary *summary)
{
    QJsonObject settings{{QStringLiteral("header_row"), layout.headerRow},
                         {QStringLiteral("cleanup"), options.cleanup == ImportOptions::Cleanup::ApplyFixes ? QStringLiteral("fix")
                                                                                                          : QStringLiteral("keep")},
                         {QStringLiteral("skip_invalid"), options.skipInvalidRows},
                         {QStringLiteral("on_duplicate"), DuplicateActions::name(options.onDuplicate)}};
    const QJsonObject read = options.source.toJson();
    for (auto it = read.constBegin(); it != read.constEnd(); ++it)
        settings.insert(it.key(), it.value());
    QSqlQuery q(db);
    Result r = exec(q, QStringLiteral("INSERT INTO import_batches(file_name, format, options, mapping, started_at, status, change_batch_id) "
                                      "VALUES (?, ?, ?, ?, ?, 'running', (SELECT value FROM kempt_state WHERE key = 'batch'))"),
                    {QFileInfo(source.fileName()).fileName(), QFileInfo(source.fileName()).suffix().toLower(), json(settings),
                     json(layout.mapping.toJson()), now()});
    if (!r)
        return r;
    summary->importId = q.lastInsertId().toLongLong();

    QHash<QString, QString> keys;
    if (!(r = customKeys(db, layout.mapping, &keys)))
        return r;
    RejectedReport report;
    if (!(r = report.open(options.rejectedReport, summary->headers)))
        return r;

    GuideEngineCache engines;
    const ImportRows rows(engines.engine(db), layout, options, source.isDelimitedText(), keys);
    // Each of these would rewrite a contact's search document or derived columns once
    // per inserted row (four times for a contact with a company, an e-mail and a phone);
    // ImportWriter writes the derived columns itself and the documents are written once
    // at the end. The journal's triggers stay: they make the import undoable.
    TriggerSuspension suspended;
    if (!(r = suspended.suspend(db, {QStringLiteral("fts_contacts_ins"), QStringLiteral("fts_contacts_upd"),
                                     QStringLiteral("fts_emails_ins"), QStringLiteral("fts_phones_ins"),
                                     QStringLiteral("fts_notes_ins"), QStringLiteral("contacts_company_name_ins"),
                                     QStringLiteral("contact_emails_primary_ins"), QStringLiteral("contact_phones_primary_ins")})))
        return r;
    ImportWriter writer(db, summary->importId);
    DuplicateApplier applier(db, writer, duplicates);
    QStringList row;
    qint64 number = 0;
    auto reject = [&](const QString &reason) {
        ++summary->rejected;
        if (summary->firstRejected.size() < kShownRejected)
            summary->firstRejected.append({number, reason});
        report.add(number, reason, row);
    };
    while (source.next(&row, &number)) {
        if (ImportRows::isEmpty(row))
            continue;
        ++summary->rows;
        ImportRows::Row prepared = rows.prepare(number, row);
        summary->fixedValues += prepared.fixes;
        if (!prepared.rejected.isEmpty()) {
            reject(prepared.rejected);
            continue;
        }
        DuplicateApplier::Outcome outcome = DuplicateApplier::Outcome::Created;
        if (!(r = applier.apply(number, prepared.contact, prepared.note, &outcome)))
            return Result::failure(Tr::tr("Row %1 of %2 could not be stored: %3").arg(number).arg(source.fileName(), r.message()));
        switch (outcome) {
        case DuplicateApplier::Outcome::Created:
            ++summary->created;
            break;
        case DuplicateApplier::Outcome::Updated:
            ++summary->updated;
            break;
        case DuplicateApplier::Outcome::Merged:
            ++summary->merged;
            break;
        case DuplicateApplier::Outcome::Skipped:
            ++summary->skipped;
            continue;
        }
        QSet<QString> rules;
        for (const QualityIssue &issue : std::as_const(prepared.issues))
            rules.insert(issue.ruleId);
        for (const QString &rule : std::as_const(rules))
            ++summary->issues[rule];
    }
    if (source.wasCancelled()) {
        summary->cancelled = true;
        return Result::failure(Tr::tr("The import was cancelled; the workspace is as it was before."));
    }
    if (!source.status())
        return Result::failure(Tr::tr("%1 Nothing was imported.").arg(source.status().message()));
    summary->notes = source.readingNotes();
    if (!(r = applier.finish()) || !(r = refreshDerived(db, summary->importId, applier)) || !(r = suspended.restore(db))
        || !(r = report.close()))
        return r;
    return exec(q, QStringLiteral("UPDATE import_batches SET finished_at = ?, status = 'done', counts = ? WHERE id = ?"),
                {now(), json(summary->toJson()), summary->importId});
}

} // namespace Kempt
