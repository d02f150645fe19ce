#include "import/importjob.h"
#include "audit/incrementalaudit.h"
#include "audit/progresssink.h"
#include "dedup/dedupkeyobserver.h"
#include "import/importduplicates.h"
#include "import/importer.h"
#include "io/tablesource.h"
#include "storage/database.h"
#include "storage/journal.h"
#include "storage/workspace.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QMetaObject>
#include <QThread>
#include <vector>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

QAtomicInt s_jobCounter;

// Turns the reader's byte counts into rows per second and time left, and answers its
// question whether to go on from the job's cancel flag. Runs on the worker thread.
class JobSink : public ProgressSink
{
public:
    JobSink(ImportJob *job, const std::atomic<bool> *cancel)
        : m_job(job)
        , m_cancel(cancel)
    {
        m_clock.start();
    }
    void setSource(const TableSource *source) { m_source = source; }

    bool progress(qint64 done, qint64 total) override
    {
        ImportProgress p;
        p.rows = m_source ? m_source->rowNumber() : 0;
        p.done = done;
        p.total = total;
        p.elapsedMs = m_clock.elapsed();
        if (p.elapsedMs > 0)
            p.rowsPerSecond = double(p.rows) * 1000.0 / double(p.elapsedMs);
        // Bytes, not rows, measure what is left: the number of rows is unknown until the end.
        if (done > 0 && total >= done && p.elapsedMs >= 500)
            p.secondsLeft = (p.elapsedMs * (total - done) / done + 999) / 1000;
        Q_EMIT m_job->progress(p);
        return !m_cancel->load();
    }

private:
    ImportJob *m_job;
    const std::atomic<bool> *m_cancel;
    const TableSource *m_source = nullptr;
    QElapsedTimer m_clock;
};

} // namespace

ImportJob::ImportJob(Workspace *workspace, const SourceOpener &opener, const ImportOptions &options, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_path(workspace ? workspace->path() : QString())
    , m_author(workspace ? workspace->author() : QString())
    , m_opener(opener)
    , m_options(options)
{
    qRegisterMetaType<Kempt::ImportProgress>();
    // Observers hold state of their own connection; the worker gets fresh ones of the
    // same kinds, so the import keeps exactly what an edit in the window would keep current.
    if (workspace)
        for (BatchObserver *observer : workspace->batchObservers()) {
            m_audits = m_audits || dynamic_cast<IncrementalAudit *>(observer) != nullptr;
            m_dedups = m_dedups || dynamic_cast<DedupKeyObserver *>(observer) != nullptr;
        }
}

ImportJob::~ImportJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void ImportJob::start()
{
    launch(false);
}

void ImportJob::startDuplicateSearch()
{
    launch(true);
}

void ImportJob::launch(bool searchOnly)
{
    if (isRunning())
        return;
    delete m_thread;
    m_thread = nullptr;
    m_cancel = false;
    m_searchOnly = searchOnly;
    m_result = Result();
    m_summary = ImportSummary();
    m_changes = ChangeSet();
    m_duplicates.clear();
    if (m_path.isEmpty()) {
        done(Result::failure(Tr::tr("No workspace is open. Open or create one with the File menu, then import.")), {}, {}, {});
        return;
    }
    m_thread = QThread::create([this] { work(); });
    m_thread->start();
}

void ImportJob::cancel()
{
    m_cancel = true;
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportJob::work()
{
    const QString connection = QStringLiteral("kempt-import-%1").arg(s_jobCounter.fetchAndAddRelaxed(1));
    ImportSummary summary;
    ChangeSet changes;
    QList<ImportDuplicateGroup> duplicates;
    Result r = Database::openConnection(m_path, connection);
    if (r) {
        {
            QSqlDatabase db = QSqlDatabase::database(connection, false);
            std::vector<std::unique_ptr<BatchObserver>> owned;
            if (m_audits)
                owned.push_back(std::make_unique<IncrementalAudit>());
            if (m_dedups)
                owned.push_back(std::make_unique<DedupKeyObserver>());
            QList<BatchObserver *> observers;
            for (const auto &o : owned)
                observers << o.get();

            std::unique_ptr<TableSource> source;
            JobSink sink(this, &m_cancel);
            r = m_opener(&source);
            if (r && !source)
                r = Result::failure(Tr::tr("The file to import could not be opened."));
            if (r && m_cancel.load()) {
                summary.cancelled = true;
                r = Result::failure(Tr::tr("The import was cancelled; the workspace is as it was before."));
            }
            if (r && m_searchOnly) {
                sink.setSource(source.get());
                sink.progress(0, 0);
                r = ImportDuplicates(db).find(*source, m_options, &duplicates, &sink);
                summary.cancelled = !r && m_cancel.load();
            } else if (r) {
                sink.setSource(source.get());
                source->setProgressSink(&sink);
                sink.progress(0, 0);
                Importer importer(db, observers);
                importer.setAuthor(m_author);
                r = importer.run(*source, m_options, &summary);
                source->setProgressSink(nullptr);
                if (r && summary.batchId > 0)
                    changes = {summary.batchId, Journal::touchedTables(db, summary.batchId)};
            }
        }
        Database::close(connection);
    }
    QMetaObject::invokeMethod(
        this, [this, r, summary, changes, duplicates] { done(r, summary, changes, duplicates); }, Qt::QueuedConnection);
}

void ImportJob::done(const Result &result, const ImportSummary &summary, const ChangeSet &changes,
                     const QList<ImportDuplicateGroup> &duplicates)
{
    if (m_thread)
        m_thread->wait();
    m_result = result;
    m_summary = summary;
    m_changes = changes;
    m_duplicates = duplicates;
    // The batch committed on the worker's connection; the window's views learn of it here.
    if (result && m_workspace)
        m_workspace->announce(changes);
    Q_EMIT finished(result.ok(), result.message());
}

} // namespace Kempt
