#include "audit/auditor.h"
#include "audit/audittally.h"
#include "audit/blockqueue.h"
#include "audit/guideenginecache.h"
#include "audit/issuewriter.h"
#include "audit/qualityrecordreader.h"
#include "audit/uniquenesscounter.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QThread>
#include <atomic>
#include <memory>
#include <vector>

namespace Kempt {

namespace {

QAtomicInt s_readerCounter;

struct IssueBlock
{
    std::vector<IssueRow> rows;
    qint64 records = 0;
};

// What the threads of one run share.
struct Pipeline
{
    explicit Pipeline(int evaluators)
        : records(2 * evaluators + 2)
        , issues(2 * evaluators + 2)
        , evaluatorsLeft(evaluators)
    {
    }
    BlockQueue<QList<QualityRecord>> records;
    BlockQueue<IssueBlock> issues;
    std::atomic<int> evaluatorsLeft;
    Result readResult;
    qint64 duplicateContacts = 0;
    qint64 duplicateCompanies = 0;
};

QString tr(const char *text)
{
    return QCoreApplication::translate("Audit", text);
}

// The reader: its own connection, one read transaction, so the records and the
// duplicate counts come from the same moment.
void readRecords(const QString &path, int blockSize, Pipeline *p)
{
    const QString name = QStringLiteral("kempt-audit-%1").arg(s_readerCounter.fetchAndAddRelaxed(1));
    Result r = Database::openConnection(path, name);
    if (r) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        QSqlQuery(db).exec(QStringLiteral("BEGIN"));
        bool stopped = false;
        for (Entity entity : {Entity::Contact, Entity::Company}) {
            QualityRecordReader reader(db, entity);
            if (!(r = reader.open()))
                break;
            QList<QualityRecord> block;
            block.reserve(blockSize);
            QualityRecord record;
            while (!stopped && reader.next(&record)) {
                block.append(record);
                if (block.size() == blockSize) {
                    stopped = !p->records.push(std::move(block));
                    block = QList<QualityRecord>();
                    block.reserve(blockSize);
                }
            }
            if (!stopped && !block.isEmpty())
                stopped = !p->records.push(std::move(block));
            if (!(r = reader.result()) || stopped)
                break;
        }
        if (r && !stopped)
            r = UniquenessCounter::count(db, &p->duplicateContacts, &p->duplicateCompanies);
        QSqlQuery(db).exec(QStringLiteral("COMMIT"));
        // Closed without Database::close(): its PRAGMA optimize would wait for the write
        // lock this very audit holds.
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    p->readResult = r;
    p->records.close();
}

void evaluateRecords(const RuleEngine &engine, AuditTally *tally, Pipeline *p)
{
    QList<QualityRecord> block;
    while (p->records.pop(&block)) {
        IssueBlock out;
        out.records = block.size();
        out.rows.reserve(block.size() * 4);
        for (const QualityRecord &record : std::as_const(block)) {
            const QList<QualityIssue> issues = engine.evaluate(record);
            tally->add(record, issues);
            for (const QualityIssue &issue : issues)
                out.rows.push_back(IssueRow::from(issue));
        }
        if (!p->issues.push(std::move(out)))
            break;
    }
    if (--p->evaluatorsLeft == 0)
        p->issues.close();
}

Result execute(QSqlDatabase db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    return exec(q, sql, binds);
}

qint64 count(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL").arg(table)) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace

Auditor::Auditor(QSqlDatabase db)
    : m_db(db)
{
}

QString Auditor::staleKey()
{
    return QStringLiteral("quality.full_audit_needed");
}

bool Auditor::needsFullAudit(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM settings WHERE key = ? AND value = '1') "
                             "OR NOT EXISTS (SELECT 1 FROM quality_snapshots)"));
    q.addBindValue(staleKey());
    return !q.exec() || !q.next() || q.value(0).toBool();
}

Result Auditor::markFullAuditNeeded(QSqlDatabase db)
{
    return execute(db, QStringLiteral("INSERT INTO settings(key, value) VALUES (?, '1') "
                                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                   {staleKey()});
}

Result Auditor::run(ProgressSink *sink, AuditResult *result)
{
    *result = AuditResult();
    if (!m_db.isOpen())
        return Result::failure(tr("No workspace is open. Open one, then run the audit."));
    const QString name = QStringLiteral("kempt-audit-writer-%1").arg(s_readerCounter.fetchAndAddRelaxed(1));
    Result r = Database::openConnection(m_db.databaseName(), name);
    if (r) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        // quality_issues' CHECK (severity IN (...)) compiles to a temporary b-tree built
        // for every row, which costs more than the row itself. This connection writes
        // nothing but findings whose severity comes from an enum (IssueWriter), so it
        // leaves the check out; the pragma lasts as long as the connection.
        r = execute(db, QStringLiteral("PRAGMA ignore_check_constraints = ON"));
        if (r)
            r = runOn(db, sink, result);
    }
    Database::close(name);
    return r;
}

Result Auditor::runOn(QSqlDatabase db, ProgressSink *sink, AuditResult *result)
{
    // The write lock first: nothing can change between the reading and the writing.
    Result r = execute(db, QStringLiteral("BEGIN IMMEDIATE"));
    if (!r)
        return r;
    auto rollback = [db](const Result &why) {
        execute(db, QStringLiteral("ROLLBACK"));
        return why;
    };

    GuideEngineCache engines;
    const RuleEngine &engine = engines.engine(db);
    const qint64 total = count(db, QStringLiteral("contacts")) + count(db, QStringLiteral("companies"));
    if (sink && !sink->progress(0, total)) {
        result->cancelled = true;
        return rollback(Result::failure(tr("The audit was cancelled; the previous findings are kept.")));
    }
    if (!(r = execute(db, QStringLiteral("DELETE FROM quality_issues"))))
        return rollback(r);

    Pipeline pipeline(m_evaluators);
    std::vector<std::unique_ptr<AuditTally>> tallies;
    std::vector<std::unique_ptr<QThread>> threads;
    const QString path = db.databaseName();
    const int blockSize = m_blockSize;
    threads.emplace_back(QThread::create([path, blockSize, &pipeline] { readRecords(path, blockSize, &pipeline); }));
    for (int i = 0; i < m_evaluators; ++i) {
        tallies.push_back(std::make_unique<AuditTally>(engine.guide()));
        AuditTally *tally = tallies.back().get();
        threads.emplace_back(QThread::create([&engine, tally, &pipeline] { evaluateRecords(engine, tally, &pipeline); }));
    }
    for (auto &t : threads)
        t->start();

    IssueWriter writer(db);
    IssueBlock block;
    qint64 done = 0;
    bool cancelled = false;
    while (r && !cancelled && pipeline.issues.pop(&block)) {
        r = writer.write(block.rows);
        done += block.records;
        if (r && sink && !sink->progress(done, total))
            cancelled = true;
    }
    if (!r || cancelled) {
        pipeline.records.abort();
        pipeline.issues.abort();
    }
    for (auto &t : threads)
        t->wait();
    if (cancelled) {
        result->cancelled = true;
        return rollback(Result::failure(tr("The audit was cancelled; the previous findings are kept.")));
    }
    if (!r)
        return rollback(r);
    if (!pipeline.readResult)
        return rollback(pipeline.readResult);

    AuditTally tally(engine.guide());
    for (const auto &t : tallies)
        tally.merge(*t);
    tally.setDuplicates(pipeline.duplicateContacts, pipeline.duplicateCompanies);
    result->scores = tally.scores();
    result->details = tally.details();
    result->contacts = tally.contacts();
    result->companies = tally.companies();
    result->issues = tally.issues();
    result->guideVersion = engines.guideVersion();
    if (!(r = writeSnapshot(db, *result, &result->snapshotId)))
        return rollback(r);
    if (!(r = execute(db, QStringLiteral("DELETE FROM settings WHERE key = ?"), {staleKey()})))
        return rollback(r);
    if (!(r = execute(db, QStringLiteral("COMMIT"))))
        return rollback(r);
    return Result::success();
}

Result Auditor::writeSnapshot(QSqlDatabase db, const AuditResult &result, qint64 *id)
{
    QSqlQuery q(db);
    const AuditScores &s = result.scores;
    const Result r = exec(q, QStringLiteral("INSERT INTO quality_snapshots(guide_version, records, overall, completeness, validity, "
                                            "consistency, uniqueness, freshness, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {result.guideVersion, result.records(), s.overall, s.completeness, s.validity, s.consistency,
                           s.uniqueness, s.freshness,
                           QString::fromUtf8(QJsonDocument(result.details).toJson(QJsonDocument::Compact))});
    if (r)
        *id = q.lastInsertId().toLongLong();
    return r;
}

} // namespace Kempt
