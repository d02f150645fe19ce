#include "dedup/duplicatescanjob.h"

#include "audit/progresssink.h"
#include "dedup/contactrecordreader.h"
#include "dedup/dedupkeyindex.h"
#include "dedup/duplicatefinder.h"
#include "dedup/duplicategroupstore.h"
#include "dedup/notduplicates.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMetaObject>
#include <QSqlQuery>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Dedup)
};

QAtomicInt s_jobCounter;

// Where each stage's own 0..total lands on the scan's 0..ProgressTotal.
constexpr qint64 FindEnd = 850;
constexpr qint64 IndexEnd = 960;

class StageSink : public ProgressSink
{
public:
    StageSink(ProgressSink *out, qint64 from, qint64 to)
        : m_out(out)
        , m_from(from)
        , m_to(to)
    {
    }
    bool progress(qint64 done, qint64 total) override
    {
        if (!m_out)
            return true;
        const qint64 at = m_from + (m_to - m_from) * qBound<qint64>(0, done, qMax<qint64>(1, total)) / qMax<qint64>(1, total);
        m_stopped = !m_out->progress(at, DuplicateScanJob::ProgressTotal);
        return !m_stopped;
    }
    bool stopped() const { return m_stopped; }

private:
    ProgressSink *m_out;
    qint64 m_from;
    qint64 m_to;
    bool m_stopped = false;
};

// Forwards progress to the job's thread once per permille, and answers from its cancel flag.
class JobSink : public ProgressSink
{
public:
    JobSink(DuplicateScanJob *job, const std::atomic<bool> *cancel)
        : m_job(job)
        , m_cancel(cancel)
    {
    }
    bool progress(qint64 done, qint64 total) override
    {
        if (done != m_last) {
            m_last = done;
            QMetaObject::invokeMethod(m_job, "progress", Qt::QueuedConnection, Q_ARG(qint64, done), Q_ARG(qint64, total));
        }
        return !m_cancel->load();
    }

private:
    DuplicateScanJob *m_job;
    const std::atomic<bool> *m_cancel;
    qint64 m_last = -1;
};

Result cancelled(DuplicateScanJob::Summary *summary)
{
    summary->cancelled = true;
    return Result::failure(Tr::tr("The duplicate scan was cancelled; the groups of the last scan are kept."));
}

} // namespace

DuplicateScanJob::DuplicateScanJob(const QString &workspacePath, QObject *parent)
    : QObject(parent)
    , m_path(workspacePath)
{
    qRegisterMetaType<Kempt::DuplicateScanJob::Summary>();
}

DuplicateScanJob::~DuplicateScanJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void DuplicateScanJob::start()
{
    if (isRunning())
        return;
    delete m_thread;
    m_cancel = false;
    m_thread = QThread::create([this] { work(); });
    m_thread->start(QThread::LowPriority);
}

void DuplicateScanJob::cancel()
{
    m_cancel = true;
}

bool DuplicateScanJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void DuplicateScanJob::work()
{
    const QString name = QStringLiteral("kempt-dupscan-%1").arg(s_jobCounter.fetchAndAddRelaxed(1));
    Summary summary;
    Result r = Database::openConnection(m_path, name);
    if (r) {
        {
            JobSink sink(this, &m_cancel);
            r = run(QSqlDatabase::database(name, false), &sink, &summary);
        }
        Database::close(name);
    }
    QMetaObject::invokeMethod(this, "finished", Qt::QueuedConnection, Q_ARG(bool, r.ok()), Q_ARG(QString, r.message()),
                              Q_ARG(Kempt::DuplicateScanJob::Summary, summary));
}

Result DuplicateScanJob::run(QSqlDatabase db, ProgressSink *progress, Summary *summary, int threads)
{
    DuplicateFinder finder;
    return run(db, progress, summary, threads, &finder);
}

Result DuplicateScanJob::run(QSqlDatabase db, ProgressSink *progress, Summary *summary, int threads, DuplicateFinder *found)
{
    *summary = Summary();
    QElapsedTimer timer;
    timer.start();
    QList<QPair<QString, QString>> apart;
    Result r = NotDuplicates::read(db, &apart);
    if (!r)
        return r;
    DuplicateFinder &finder = *found;
    finder.setThreads(threads > 0 ? threads : QThread::idealThreadCount());
    finder.setNotDuplicates(apart);

    // One snapshot: the contacts read and the last change batch they reflect, so that the
    // groups can follow every batch written after it.
    qint64 seenBatch = 0;
    {
        QSqlQuery q(db);
        if (!(r = exec(q, QStringLiteral("BEGIN"))))
            return r;
        if (!(r = exec(q, QStringLiteral("SELECT coalesce(max(id), 0) FROM change_batches"))))
            return r;
        seenBatch = q.next() ? q.value(0).toLongLong() : 0;
        ContactRecordReader reader;
        StageSink find(progress, 0, FindEnd);
        r = reader.open(db);
        if (r)
            r = finder.run(reader, &find);
        q.finish();
        QSqlQuery(db).exec(QStringLiteral("COMMIT"));
        if (find.stopped())
            return cancelled(summary);
        if (!r)
            return r;
    }

    StageSink index(progress, FindEnd, IndexEnd);
    r = DedupKeyIndex::ensureCurrent(db, &index);
    if (index.stopped())
        return cancelled(summary);
    if (!r)
        return r;

    QList<DuplicateGroupStore::Group> groups;
    for (const DuplicateGroup &g : finder.groups()) {
        DuplicateGroupStore::Group stored;
        stored.band = g.band;
        stored.score = g.score;
        for (qint32 row : g.rows)
            stored.contactIds << finder.id(row).toLongLong();
        groups << stored;
        (g.band == MatchBand::Sure ? summary->sure : summary->possible) += 1;
        summary->groupedRecords += g.rows.size();
    }
    summary->records = finder.stats().records;
    summary->pairs = qint64(finder.pairs().size());

    DuplicateGroupStore::Scan scan;
    scan.records = summary->records;
    scan.pairs = summary->pairs;
    scan.seenBatch = seenBatch;
    scan.milliseconds = timer.elapsed();
    StageSink write(progress, IndexEnd, ProgressTotal);
    Transaction tx(db);
    if (!(r = tx.begin()))
        return r;
    if (!(r = DuplicateGroupStore(db).replace(scan, groups)))
        return r;
    // The checks of new contacts score with the model fitted here.
    if (!(r = DedupKeyIndex::saveModel(db, finder.model(), summary->records)))
        return r;
    // The last moment to change one's mind: after it the new groups stand.
    if (!write.progress(0, 1))
        return cancelled(summary);
    if (!(r = tx.commit()))
        return r;
    write.progress(1, 1);
    summary->milliseconds = timer.elapsed();
    return Result::success();
}

} // namespace Kempt
