#pragma once

#include "audit/blockqueue.h"
#include "audit/issuemerger.h"
#include "audit/issuerow.h"
#include "core/result.h"
#include "quality/qualityrecord.h"

#include <QMutex>
#include <QSqlDatabase>
#include <atomic>
#include <limits>
#include <vector>

namespace Kempt {

class AuditTally;
class RuleEngine;

// The threads of one full audit and what they hand each other. The ids of each kind of
// record are cut into slices; worker threads take slices one after another, read their
// records, judge and tally them and hand on blocks of findings. Each block names the
// range of ids it stands for, (after, upTo], and together the ranges of one kind of
// record cover every id, so the writer can bring exactly that range of stored findings
// in line (IssueMerger), in whatever order the blocks come.
//
// A worker reads the records it judges itself: no thread waits for another's reading,
// and a record is freed by the thread that built it.
class AuditPipeline
{
public:
    static constexpr qint64 beforeFirstId = std::numeric_limits<qint64>::min();
    static constexpr qint64 lastId = std::numeric_limits<qint64>::max();

    struct Range
    {
        Entity entity = Entity::Contact;
        qint64 after = beforeFirstId;
        qint64 upTo = lastId;
    };
    struct IssueBlock
    {
        Range range;
        qint64 records = 0;
        std::vector<IssueRow> rows; // in record order
        std::vector<IssueMerger::Record> found; // the records with rows, and their digests
    };

    AuditPipeline(int workers, int blockSize);

    // Cuts the ids into slices; db is the writer's connection, in its transaction.
    Result plan(QSqlDatabase db);
    // A worker thread: its own connection to path and one read transaction. Every
    // worker's transaction starts after the writer took the write lock, so all of them
    // read the same moment, and the duplicate counts come from it too.
    void work(const QString &path, const RuleEngine &engine, AuditTally *tally);
    // The writer's side: false when nothing is left.
    bool next(IssueBlock *block) { return m_issues.pop(block); }
    // Stops every thread soon; what is queued is dropped.
    void abort();

    Result readResult() const;
    qint64 duplicateContacts() const { return m_duplicateContacts; }
    qint64 duplicateCompanies() const { return m_duplicateCompanies; }

private:
    struct Worker;
    // Task 0 counts the duplicates; task i > 0 is slice i - 1.
    Result runTask(Worker &worker, int task);
    Result judgeSlice(Worker &worker, const Range &slice);
    bool hand(IssueBlock &&block);
    void fail(const Result &why);

    int m_workers;
    int m_blockSize;
    std::vector<Range> m_slices;
    std::atomic<int> m_nextTask{0};
    std::atomic<bool> m_stopped{false};
    BlockQueue<IssueBlock> m_issues;
    std::atomic<int> m_workersLeft;
    mutable QMutex m_resultMutex;
    Result m_readResult;
    qint64 m_duplicateContacts = 0;
    qint64 m_duplicateCompanies = 0;
};

} // namespace Kempt
