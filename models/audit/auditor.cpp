#include "audit/auditor.h"
#include "audit/audittally.h"
#include "stores/qualityissuestore.h"
#include "audit/auditpipeline.h"
#include "audit/guideenginecache.h"
#include "audit/issuemerger.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/triggersuspension.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QThread>
#include <memory>
#include <vector>

namespace Kempt {

namespace {

QAtomicInt s_writerCounter;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Audit)
};

Result execute(QSqlDatabase db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    return exec(q, sql, binds);
}

qint64 count(QSqlDatabase db, const QString &table)
{
    // All rows less those in the trash: the first count walks the smallest index, the
    // second the trash's partial one, where "deleted_at IS NULL" would read every row.
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT (SELECT count(*) FROM %1) - (SELECT count(*) FROM %1 WHERE deleted_at IS NOT NULL)")
                   .arg(table))
        && q.next())
        return q.value(0).toLongLong();
    return 0;
}

// The live records, counted on a connection of their own: PRAGMA optimize, run when the
// writer's connection closes, would analyze every table whose indexes a query of that
// connection used, and the trash's index, empty as a rule, never has statistics, so it
// would analyze all contacts after every audit.
qint64 liveRecords(const QString &path)
{
    const QString name = QStringLiteral("kempt-audit-count-%1").arg(s_writerCounter.fetchAndAddRelaxed(1));
    qint64 total = 0;
    if (Database::openConnection(path, name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        total = count(db, QStringLiteral("contacts")) + count(db, QStringLiteral("companies"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return total;
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
        return Result::failure(Tr::tr("No workspace is open. Open one, then run the audit."));
    const QString name = QStringLiteral("kempt-audit-writer-%1").arg(s_writerCounter.fetchAndAddRelaxed(1));
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

    // The merger keeps the digests of the findings it writes itself (issuemerger.h).
    TriggerSuspension digestTriggers;
    if (!(r = digestTriggers.suspend(db, IssueMerger::digestTriggers())))
        return rollback(r);

    GuideEngineCache engines;
    const RuleEngine &engine = engines.engine(db);
    const qint64 total = liveRecords(db.databaseName());
    if (sink && !sink->progress(0, total)) {
        result->cancelled = true;
        return rollback(Result::failure(Tr::tr("The audit was cancelled; the previous findings are kept.")));
    }
    AuditPipeline pipeline(m_evaluators, m_blockSize);
    if (!(r = pipeline.plan(db)))
        return rollback(r);
    std::vector<std::unique_ptr<AuditTally>> tallies;
    std::vector<std::unique_ptr<QThread>> threads;
    const QString path = db.databaseName();
    for (int i = 0; i < m_evaluators; ++i) {
        tallies.push_back(std::make_unique<AuditTally>(engine.guide()));
        AuditTally *tally = tallies.back().get();
        tally->keepWorst(m_worstKept);
        threads.emplace_back(QThread::create([path, &engine, tally, &pipeline] { pipeline.work(path, engine, tally); }));
    }
    for (auto &t : threads)
        t->start();

    // The findings are replaced range by range, writing only what differs.
    IssueMerger merger(db);
    AuditPipeline::IssueBlock block;
    qint64 done = 0;
    bool cancelled = false;
    while (r && !cancelled && pipeline.next(&block)) {
        r = merger.merge(block.range.entity, block.range.after, block.range.upTo, block.rows, block.found);
        done += block.records;
        if (r && sink && !sink->progress(done, total))
            cancelled = true;
    }
    if (!r || cancelled)
        pipeline.abort();
    for (auto &t : threads)
        t->wait();
    if (cancelled) {
        result->cancelled = true;
        return rollback(Result::failure(Tr::tr("The audit was cancelled; the previous findings are kept.")));
    }
    if (r)
        r = pipeline.readResult();
    if (r)
        r = merger.removeForeign();
    if (!r)
        return rollback(r);

    AuditTally tally(engine.guide());
    for (const auto &t : tallies)
        tally.merge(*t);
    tally.setDuplicates(pipeline.duplicateContacts(), pipeline.duplicateCompanies());
    result->scores = tally.scores();
    result->details = tally.details();
    result->contacts = tally.contacts();
    result->companies = tally.companies();
    result->issues = tally.issues();
    result->rules = tally.rules();
    result->worst = tally.worst();
    if (!(r = QualityIssueStore(db).nameRecords(&result->worst)))
        return rollback(r);
    result->guideVersion = engines.guideVersion();
    if (!(r = writeSnapshot(db, *result, &result->snapshotId)))
        return rollback(r);
    if (!(r = execute(db, QStringLiteral("DELETE FROM settings WHERE key = ?"), {staleKey()})))
        return rollback(r);
    if (!(r = digestTriggers.restore(db)))
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
