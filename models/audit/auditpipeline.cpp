#include "audit/auditpipeline.h"
#include "audit/audittally.h"
#include "audit/qualityrecordreader.h"
#include "audit/uniquenesscounter.h"
#include "quality/ruleengine.h"
#include "storage/database.h"

#include <QAtomicInt>
#include <QSqlQuery>

namespace Kempt {

namespace {
QAtomicInt s_readerCounter;
}

AuditPipeline::AuditPipeline(int evaluators, int blockSize)
    : m_blockSize(blockSize)
    , m_records(2 * evaluators + 2)
    , m_issues(2 * evaluators + 2)
    , m_evaluatorsLeft(evaluators)
{
}

void AuditPipeline::abort()
{
    m_records.abort();
    m_issues.abort();
}

Result AuditPipeline::readEntity(QSqlDatabase db, Entity entity, bool *stopped)
{
    QualityRecordReader reader(db, entity);
    Result r = reader.open();
    if (!r)
        return r;
    RecordBlock block{{entity, beforeFirstId, lastId}, {}};
    block.records.reserve(m_blockSize);
    QualityRecord record;
    while (reader.next(&record)) {
        block.records.append(record);
        if (block.records.size() == m_blockSize) {
            block.range.upTo = record.id();
            const qint64 next = record.id();
            if (!m_records.push(std::move(block))) {
                *stopped = true;
                return Result::success();
            }
            block = RecordBlock{{entity, next, lastId}, {}};
            block.records.reserve(m_blockSize);
        }
    }
    if (!(r = reader.result()))
        return r;
    // The last block reaches to the end of the id space, even when it holds no record:
    // findings of records beyond the last live one are to go.
    *stopped = !m_records.push(std::move(block));
    return Result::success();
}

void AuditPipeline::read(const QString &path)
{
    const QString name = QStringLiteral("kempt-audit-%1").arg(s_readerCounter.fetchAndAddRelaxed(1));
    Result r = Database::openConnection(path, name);
    if (r) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        QSqlQuery(db).exec(QStringLiteral("BEGIN"));
        bool stopped = false;
        for (Entity entity : {Entity::Contact, Entity::Company})
            if (!stopped && r)
                r = readEntity(db, entity, &stopped);
        if (r && !stopped)
            r = UniquenessCounter::count(db, &m_duplicateContacts, &m_duplicateCompanies);
        QSqlQuery(db).exec(QStringLiteral("COMMIT"));
        // Closed without Database::close(): its PRAGMA optimize would wait for the write
        // lock the audit holds.
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    m_readResult = r;
    m_records.close();
}

void AuditPipeline::evaluate(const RuleEngine &engine, AuditTally *tally)
{
    RecordBlock block;
    while (m_records.pop(&block)) {
        IssueBlock out;
        out.range = block.range;
        out.records = block.records.size();
        out.rows.reserve(block.records.size() * 4);
        for (const QualityRecord &record : std::as_const(block.records)) {
            const QList<QualityIssue> issues = engine.evaluate(record);
            tally->add(record, issues);
            for (const QualityIssue &issue : issues)
                out.rows.push_back(IssueRow::from(issue));
        }
        if (!m_issues.push(std::move(out)))
            break;
    }
    if (--m_evaluatorsLeft == 0)
        m_issues.close();
}

} // namespace Kempt
