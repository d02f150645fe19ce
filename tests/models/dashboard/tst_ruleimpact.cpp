#include "qualityworkspace.h"

#include "audit/fixplanner.h"
#include "audit/guideenginecache.h"
#include "audit/ruleimpact.h"
#include "audit/ruleimpactjob.h"
#include "commands/savestyleguide.h"
#include "stores/styleguidestore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Kempt;
using Kempt::Test::QualityWorkspace;

namespace {

FixSummary dryRun(Workspace *ws, const QString &ruleId)
{
    StyleGuide guide;
    FixSummary summary;
    if (FixPlanner::guideFor(ws->db(), ruleId, &guide))
        FixPlanner(ws->db(), RuleEngine(guide, QString(), GuideEngineCache::auditMoment())).preview(&summary);
    return summary;
}

qint64 flaggedInAudit(QualityWorkspace &ws, const QString &ruleId)
{
    return ws.scalar(QStringLiteral("SELECT count(DISTINCT entity_id) FROM quality_issues WHERE rule = ? AND severity <> 'fix'"),
                     {ruleId})
        .toLongLong();
}

// Keeps every report and answers false to all of them once stop is set.
class SwitchSink : public ProgressSink
{
public:
    bool progress(qint64 done, qint64 total) override
    {
        reports << std::pair{done, total};
        return !stop;
    }
    bool stop = false;
    QList<std::pair<qint64, qint64>> reports;
};

} // namespace

// The style-guide editor's preview of one rule: it must say what ApplyFixes would do and
// what the audit would flag, also for a rule that is only a draft.
class TestRuleImpact : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theCountEqualsTheDryRunAndTheAudit_data()
    {
        QTest::addColumn<QString>("ruleId");
        for (const char *id : {"contact.email.format", "contact.name.casing", "contact.job_title.casing", "contact.phone.format",
                               "contact.lead_source.picklist", "company.industry.picklist", "company.legal_form",
                               "contact.owner.required", "contact.stale"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }

    void theCountEqualsTheDryRunAndTheAudit()
    {
        QFETCH(QString, ruleId);
        QualityWorkspace ws;
        const StyleGuide guide = StyleGuideStore(ws->db()).active();
        RuleImpact impact;
        RuleImpactCounter counter(ws->db(), guide, ruleId);
        QVERIFY(counter.count(nullptr, &impact).ok());
        QVERIFY(impact.complete);
        QCOMPARE(impact.ruleId, ruleId);
        const FixSummary summary = dryRun(ws.get(), ruleId);
        QCOMPARE(impact.changes, summary.records);
        QCOMPARE(impact.fields, summary.fields);
        QCOMPARE(impact.flags, flaggedInAudit(ws, ruleId));
        QCOMPARE(impact.canChange, !ruleId.endsWith(QLatin1String(".required")) && ruleId != QLatin1String("contact.stale"));
        for (const FixSummary::Sample &s : impact.samples)
            QVERIFY(s.before != s.after);
    }

    void aDraftRuleIsCountedAsItWouldWorkOnceSaved()
    {
        QualityWorkspace ws;
        StyleGuide draft = StyleGuideStore(ws->db()).active();
        StyleGuideRule rule = *draft.rule(QStringLiteral("contact.name.casing"));
        rule.params.insert(QStringLiteral("casing"), QStringLiteral("upper"));
        QVERIFY(draft.replaceRule(rule));

        RuleImpact before;
        QVERIFY(RuleImpactCounter(ws->db(), StyleGuideStore(ws->db()).active(), rule.id).count(nullptr, &before).ok());
        RuleImpact impact;
        QVERIFY(RuleImpactCounter(ws->db(), draft, rule.id).count(nullptr, &impact).ok());
        QVERIFY(impact.changes > before.changes);

        ws->undoStack()->push(new SaveStyleGuide(ws.get(), draft, QStringLiteral("names in capitals")));
        QCOMPARE(impact.changes, dryRun(ws.get(), rule.id).records);
        for (const FixSummary::Sample &s : impact.samples)
            QCOMPARE(s.after, s.after.toUpper());
    }

    void aSampleLooksAtTheFirstRecordsOnly()
    {
        QualityWorkspace ws;
        const StyleGuide guide = StyleGuideStore(ws->db()).active();
        RuleImpact sample;
        QVERIFY(RuleImpactCounter(ws->db(), guide, QStringLiteral("contact.owner.required")).sample(20, 20, &sample).ok());
        QVERIFY(!sample.complete);
        QCOMPARE(sample.examined, qint64(20));
        // Contacts 7 to 11 have no owner.
        QVERIFY(sample.flags >= 5);
        QVERIFY(!sample.flagged.isEmpty());
        QVERIFY(sample.flagged.first().id >= 7);
    }

    void aSwitchedOffRuleChangesNothing()
    {
        QualityWorkspace ws;
        StyleGuide draft = StyleGuideStore(ws->db()).active();
        StyleGuideRule rule = *draft.rule(QStringLiteral("contact.email.format"));
        rule.enabled = false;
        draft.replaceRule(rule);
        RuleImpact impact;
        QVERIFY(RuleImpactCounter(ws->db(), draft, rule.id).count(nullptr, &impact).ok());
        QCOMPARE(impact.changes, qint64(0));
        QCOMPARE(impact.flags, qint64(0));
        StyleGuide single;
        QVERIFY(!RuleImpactCounter::fixGuide(draft, rule.id, &single).ok());
    }

    void theFixPassReportsProgressAndStopsWhenAsked_data()
    {
        QTest::addColumn<bool>("countFlags");
        QTest::newRow("the dashboard's fix preview (changes only)") << false;
        QTest::newRow("the editor's preview (flags, then changes)") << true;
    }

    void theFixPassReportsProgressAndStopsWhenAsked()
    {
        QFETCH(bool, countFlags);
        QualityWorkspace ws;
        const QString ruleId = QStringLiteral("contact.email.format");
        const qint64 contacts = ws.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")).toLongLong();
        const qint64 companies = ws.scalar(QStringLiteral("SELECT count(*) FROM companies WHERE deleted_at IS NULL")).toLongLong();
        const qint64 flagWork = countFlags ? contacts : 0;
        RuleImpactCounter counter(ws->db(), StyleGuideStore(ws->db()).active(), ruleId);
        counter.setCountFlags(countFlags);

        // Run through: the fix pass continues the scale where the evaluation stopped.
        SwitchSink through;
        RuleImpact impact;
        QVERIFY(counter.count(&through, &impact).ok());
        QVERIFY(impact.complete);
        QCOMPARE(impact.changes, dryRun(ws.get(), ruleId).records);
        const qint64 total = flagWork + contacts + companies;
        QVERIFY(through.reports.contains(std::pair(flagWork, total)));
        QCOMPARE(through.reports.last(), std::pair(total, total));

        // Stopped at the fix pass's first report, nothing more is counted.
        SwitchSink stopped;
        stopped.stop = true;
        RuleImpact cancelled;
        const Result r = counter.count(&stopped, &cancelled);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(QStringLiteral("cancelled")), qPrintable(r.message()));
        QVERIFY(!cancelled.complete);
        QCOMPARE(cancelled.changes, qint64(0));
        QCOMPARE(stopped.reports.last(), std::pair(flagWork, total));
    }

    void theJobSamplesThenCountsOffTheCallingThread()
    {
        QualityWorkspace ws;
        RuleImpactJob job(ws.path(), StyleGuideStore(ws->db()).active(), QStringLiteral("contact.email.format"));
        job.setSample(50, 100);
        QSignalSpy sampled(&job, &RuleImpactJob::sampled);
        QSignalSpy finished(&job, &RuleImpactJob::finished);
        job.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(sampled.count(), 1);
        QVERIFY(finished.first().at(0).toBool());
        const RuleImpact impact = finished.first().at(2).value<RuleImpact>();
        QVERIFY(impact.complete);
        QCOMPARE(impact.changes, dryRun(ws.get(), QStringLiteral("contact.email.format")).records);
        QVERIFY(impact.changes >= 5);
    }
};

QTEST_GUILESS_MAIN(TestRuleImpact)
#include "tst_ruleimpact.moc"
