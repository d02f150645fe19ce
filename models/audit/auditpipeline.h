#pragma once

#include "audit/blockqueue.h"
#include "audit/issuerow.h"
#include "core/result.h"
#include "quality/qualityrecord.h"

#include <QSqlDatabase>
#include <atomic>
#include <limits>
#include <vector>

namespace Kempt {

class AuditTally;
class RuleEngine;

// The threads of one full audit and what they hand each other. The reader builds blocks
// of records in id order; each block also names the range of ids it stands for,
// (after, upTo], and together the ranges of one kind of record cover every id, so the
// writer can bring exactly that range of stored findings in line (IssueMerger).
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
    struct RecordBlock
    {
        Range range;
        QList<QualityRecord> records;
    };
    struct IssueBlock
    {
        Range range;
        qint64 records = 0;
        std::vector<IssueRow> rows; // in record order
    };

    AuditPipeline(int evaluators, int blockSize);

    // The reader thread: its own connection to path and one read transaction, so the
    // records and the duplicate counts come from the same moment.
    void read(const QString &path);
    // An evaluator thread: judges blocks until the reader is done.
    void evaluate(const RuleEngine &engine, AuditTally *tally);
    // The writer's side: false when nothing is left.
    bool next(IssueBlock *block) { return m_issues.pop(block); }
    // Stops every thread soon; what is queued is dropped.
    void abort();

    Result readResult() const { return m_readResult; }
    qint64 duplicateContacts() const { return m_duplicateContacts; }
    qint64 duplicateCompanies() const { return m_duplicateCompanies; }

private:
    Result readEntity(QSqlDatabase db, Entity entity, bool *stopped);

    int m_blockSize;
    BlockQueue<RecordBlock> m_records;
    BlockQueue<IssueBlock> m_issues;
    std::atomic<int> m_evaluatorsLeft;
    Result m_readResult;
    qint64 m_duplicateContacts = 0;
    qint64 m_duplicateCompanies = 0;
};

} // namespace Kempt
