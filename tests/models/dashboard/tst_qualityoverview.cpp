#include "qualityworkspace.h"

#include "audit/qualityoverview.h"
#include "commands/savestyleguide.h"
#include "stores/qualityissuestore.h"
#include "stores/styleguidestore.h"

#include <QJsonObject>
#include <QTest>
#include <QUndoStack>

using namespace Kempt;
using Kempt::Test::QualityWorkspace;

// What the dashboard reads from the stored audit: the scores, the trend and the problems.
class TestQualityOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anUnauditedWorkspaceHasNothingToShow()
    {
        Test::TestWorkspace ws;
        QualityOverview overview;
        QVERIFY(QualityOverview::load(ws->db(), 0, &overview).ok());
        QVERIFY(!overview.hasAudit());
        QVERIFY(overview.problems().isEmpty());
        QVERIFY(overview.trend().isEmpty());
    }

    void theScoresAreTheAuditsScores()
    {
        QualityWorkspace ws;
        AuditResult result;
        QVERIFY(ws.audit(&result).ok());
        QualityOverview overview;
        QVERIFY(QualityOverview::load(ws->db(), 0, &overview).ok());
        QVERIFY(overview.hasAudit());
        QCOMPARE(overview.latest().id, result.snapshotId);
        QCOMPARE(overview.latest().scores.overall, result.scores.overall);
        QCOMPARE(overview.latest().scores.completeness, result.scores.completeness);
        QCOMPARE(overview.latest().scores.validity, result.scores.validity);
        QCOMPARE(overview.latest().scores.consistency, result.scores.consistency);
        QCOMPARE(overview.latest().scores.uniqueness, result.scores.uniqueness);
        QCOMPARE(overview.latest().scores.freshness, result.scores.freshness);
        QCOMPARE(overview.records(Entity::Contact), result.contacts);
        QCOMPARE(overview.records(Entity::Company), result.companies);
    }

    void eachProblemCountsTheRecordsTheEngineFound()
    {
        QualityWorkspace ws;
        AuditResult result;
        QVERIFY(ws.audit(&result).ok());
        QualityOverview overview;
        QVERIFY(QualityOverview::load(ws->db(), 0, &overview).ok());
        QList<QualityIssueStore::RuleIssues> counts;
        QVERIFY(QualityIssueStore(ws->db()).countsByRule(&counts).ok());
        QVERIFY(!counts.isEmpty());

        int rules = 0;
        for (const QualityProblem &p : overview.problems()) {
            if (p.isDuplicates())
                continue;
            ++rules;
            const auto stored = std::find_if(counts.begin(), counts.end(),
                                             [&p](const QualityIssueStore::RuleIssues &r) { return r.rule == p.ruleId; });
            QVERIFY2(stored != counts.end(), qPrintable(p.ruleId));
            QCOMPARE(p.records, stored->records);
            QCOMPARE(p.errors, stored->errors);
            QCOMPARE(p.warnings, stored->warnings);
            QCOMPARE(p.fixes, stored->fixes);
            const QJsonObject audited = result.details.value(QStringLiteral("rules")).toObject().value(p.ruleId).toObject();
            QCOMPARE(p.records, audited.value(QStringLiteral("records")).toInteger());
        }
        QCOMPARE(rules, counts.size());
    }

    void problemsAreRankedByRecordsTouched()
    {
        QualityWorkspace ws;
        QualityOverview overview;
        QVERIFY(QualityOverview::load(ws->db(), 0, &overview).ok());
        const QList<QualityProblem> &problems = overview.problems();
        QVERIFY(problems.size() > 3);
        for (int i = 1; i < problems.size(); ++i)
            QVERIFY(problems.at(i - 1).records >= problems.at(i).records);
    }

    void theFlawsOfTheFixtureOfferTheirActions_data()
    {
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("title");
        QTest::newRow("stale contacts") << QStringLiteral("contact.stale") << int(QualityProblem::Action::CleanUpStale)
                                        << QStringLiteral("Not touched in 12 months");
        QTest::newRow("missing owner") << QStringLiteral("contact.owner.required") << int(QualityProblem::Action::FillField)
                                       << QStringLiteral("Missing Owner");
        QTest::newRow("e-mail format") << QStringLiteral("contact.email.format") << int(QualityProblem::Action::ApplyFixes)
                                       << QStringLiteral("E-mail addresses to correct");
    }

    void theFlawsOfTheFixtureOfferTheirActions()
    {
        QFETCH(QString, ruleId);
        QFETCH(int, action);
        QFETCH(QString, title);
        QualityWorkspace ws;
        QualityOverview overview;
        QVERIFY(QualityOverview::load(ws->db(), 0, &overview).ok());
        const auto p = std::find_if(overview.problems().begin(), overview.problems().end(),
                                    [&ruleId](const QualityProblem &p) { return p.ruleId == ruleId; });
        QVERIFY(p != overview.problems().end());
        QCOMPARE(int(p->action), action);
        QCOMPARE(p->title, title);
        QCOMPARE(p->records, qint64(ws.recordsWith(ruleId).size()));
        QCOMPARE(p->entityRecords, overview.records(Entity::Contact));
    }

    void theTrendListsEveryAuditOldestFirst()
    {
        QualityWorkspace ws;
        QVERIFY(ws.audit().ok());
        QualityOverview overview;
        QVERIFY(QualityOverview::load(ws->db(), 0, &overview).ok());
        QCOMPARE(overview.trend().size(), 2);
        QVERIFY(overview.trend().first().id < overview.trend().last().id);
        QCOMPARE(overview.trend().last().id, overview.latest().id);
        QVERIFY(QualityOverview::load(ws->db(), 1, &overview).ok());
        QCOMPARE(overview.trend().size(), 1);
    }

    void anEditAfterTheAuditMakesItOutOfDate()
    {
        QualityWorkspace ws;
        QualityOverview overview;
        QVERIFY(QualityOverview::load(ws->db(), 0, &overview).ok());
        QVERIFY(!overview.outOfDate());
        // The audit is dated to the second; put it safely before the edit.
        QVERIFY(ws->write(BatchKind::System, QStringLiteral("age the audit"), [](QSqlDatabase db) {
                      QSqlQuery q(db);
                      return exec(q, QStringLiteral("UPDATE quality_snapshots SET at = '2001-01-01T00:00:00Z'"));
                  }).ok());
        QVERIFY(QualityOverview::load(ws->db(), 0, &overview).ok());
        QVERIFY(overview.outOfDate());
        QVERIFY(!overview.guideChanged());
    }

    void aNewStyleGuideVersionAsksForAFullAudit()
    {
        QualityWorkspace ws;
        StyleGuide guide = StyleGuideStore(ws->db()).active();
        ws->undoStack()->push(new SaveStyleGuide(ws.get(), guide, QStringLiteral("same rules, new version")));
        QualityOverview overview;
        QVERIFY(QualityOverview::load(ws->db(), 0, &overview).ok());
        QVERIFY(overview.guideChanged());
        QVERIFY(overview.outOfDate());
        QVERIFY(ws.audit().ok());
        QVERIFY(QualityOverview::load(ws->db(), 0, &overview).ok());
        QVERIFY(!overview.guideChanged());
    }
};

QTEST_GUILESS_MAIN(TestQualityOverview)
#include "tst_qualityoverview.moc"
