#include "audit/auditpipeline.h"
#include "audit/audittally.h"
#include "audit/issueencoder.h"
#include "audit/qualityrecordreader.h"
#include "audit/uniquenesscounter.h"
#include "quality/evaluationmemo.h"
#include "quality/ruleengine.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QAtomicInt>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace Kempt {

namespace {

QAtomicInt s_readerCounter;

// About this many ids to a slice: enough blocks to make a slice worth starting, few
// enough that the workers finish close together.
constexpr qint64 kIdsPerSlice = 4096;
constexpr int kMaxSlices = 1024;

} // namespace

AuditPipeline::AuditPipeline(int workers, int blockSize)
    : m_workers(workers)
    , m_blockSize(blockSize)
    , m_issues(2 * workers + 2)
    , m_workersLeft(workers)
{
}

void AuditPipeline::abort()
{
    m_stopped = true;
    m_issues.abort();
}

Result AuditPipeline::readResult() const
{
    QMutexLocker lock(&m_resultMutex);
    return m_readResult;
}

void AuditPipeline::fail(const Result &why)
{
    {
        QMutexLocker lock(&m_resultMutex);
        if (m_readResult)
            m_readResult = why;
    }
    abort();
}

Result AuditPipeline::plan(QSqlDatabase db)
{
    m_slices.clear();
    for (Entity entity : {Entity::Contact, Entity::Company}) {
        QSqlQuery q(db);
        Result r = exec(q, QStringLiteral("SELECT min(id), max(id) FROM %1")
                               .arg(entity == Entity::Company ? QStringLiteral("companies") : QStringLiteral("contacts")));
        if (!r)
            return r;
        q.next();
        // Slices of equal id width between the first and the last id; the first and the
        // last reach to the ends of the id space, so findings of any id are in one.
        qint64 slices = 1;
        qint64 width = 0;
        qint64 first = 0;
        if (!q.value(0).isNull()) {
            first = q.value(0).toLongLong();
            const quint64 span = quint64(q.value(1).toLongLong()) - quint64(first);
            slices = std::min<qint64>(qint64(span / quint64(kIdsPerSlice)) + 1, kMaxSlices);
            width = qint64(span / quint64(slices)) + 1;
        }
        qint64 after = beforeFirstId;
        for (qint64 i = 1; i <= slices; ++i) {
            const qint64 upTo = i == slices ? lastId : first - 1 + i * width;
            m_slices.push_back({entity, after, upTo});
            after = upTo;
        }
    }
    return Result::success();
}

bool AuditPipeline::hand(IssueBlock &&block)
{
    if (m_stopped || !m_issues.push(std::move(block))) {
        m_stopped = true;
        return false;
    }
    return true;
}

// What one worker thread keeps from task to task.
struct AuditPipeline::Worker
{
    QSqlDatabase db;
    const RuleEngine &engine;
    AuditTally *tally;
    // One reader per kind of record: its statements are prepared once.
    // Records are read into the same objects block after block: their strings are
    // freed and made again by this thread alone.
    std::vector<QualityRecord> records;
    std::vector<QList<QualityIssue>> issues; // of each record of a block
    EvaluationMemo memo;
    IssueEncoder encoder;
    QualityRecordReader contacts{db, Entity::Contact};
    QualityRecordReader companies{db, Entity::Company};
};

Result AuditPipeline::judgeSlice(Worker &worker, const Range &slice)
{
    QualityRecordReader &reader = slice.entity == Entity::Company ? worker.companies : worker.contacts;
    std::vector<QualityRecord> &records = worker.records;
    Result r = reader.openIds(slice.after, slice.upTo);
    if (!r)
        return r;
    IssueBlock block;
    block.range = slice;
    for (;;) {
        size_t count = 0;
        while (count < records.size() && reader.next(&records[count]))
            ++count;
        if (!(r = reader.result()))
            return r;
        const bool last = count < records.size();
        block.range.upTo = last ? slice.upTo : records[count - 1].id();
        block.records = qint64(count);
        block.rows.reserve(count * 5);
        worker.engine.evaluate(records.data(), int(count), worker.issues.data(), &worker.memo);
        for (size_t i = 0; i < count; ++i) {
            const QualityRecord &record = records[i];
            const QList<QualityIssue> &issues = worker.issues[i];
            worker.tally->add(record, issues);
            if (issues.isEmpty())
                continue;
            // The record's digest: the sum of its rows' (issuedigest.h).
            IssueMerger::Record found{record.id(), 0, int(block.rows.size()), int(issues.size())};
            for (const QualityIssue &issue : std::as_const(issues)) {
                quint64 digest = 0;
                block.rows.push_back(worker.encoder.encode(issue, &digest));
                found.digest += digest;
            }
            block.found.push_back(found);
        }
        const qint64 upTo = block.range.upTo;
        if (!hand(std::move(block)) || last)
            return Result::success();
        block = IssueBlock();
        block.range = {slice.entity, upTo, slice.upTo};
    }
}

Result AuditPipeline::runTask(Worker &worker, int task)
{
    if (task == 0)
        return UniquenessCounter::count(worker.db, &m_duplicateContacts, &m_duplicateCompanies);
    return judgeSlice(worker, m_slices[size_t(task - 1)]);
}

void AuditPipeline::work(const QString &path, const RuleEngine &engine, AuditTally *tally)
{
    const QString name = QStringLiteral("kempt-audit-%1").arg(s_readerCounter.fetchAndAddRelaxed(1));
    Result r = Database::openConnection(path, name);
    if (r) {
        {
            Worker worker{QSqlDatabase::database(name, false), engine, tally, {}, {}, {}, {}};
            worker.records.resize(size_t(m_blockSize));
            worker.issues.resize(size_t(m_blockSize));
            // Each page is read once, in order: a small cache recycles its buffers, where a
            // large one would allocate (and the system zero) a new one for every page.
            QSqlQuery(worker.db).exec(QStringLiteral("PRAGMA cache_size = -512"));
            QSqlQuery(worker.db).exec(QStringLiteral("BEGIN"));
            const int tasks = int(m_slices.size()) + 1;
            for (int task = m_nextTask++; r && !m_stopped && task < tasks; task = m_nextTask++)
                r = runTask(worker, task);
            QSqlQuery(worker.db).exec(QStringLiteral("COMMIT"));
        }
        // Closed without Database::close(): its PRAGMA optimize would wait for the write
        // lock the audit holds.
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    if (!r)
        fail(r);
    if (--m_workersLeft == 0)
        m_issues.close();
}

} // namespace Kempt
