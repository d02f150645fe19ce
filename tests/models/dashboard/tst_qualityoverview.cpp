#include "duplicatefixture.h"
#include "qualityworkspace.h"

#include "audit/qualityoverview.h"
#include "commands/deleterecords.h"
#include "commands/marknotduplicate.h"
#include "commands/mergecontacts.h"
#include "commands/savestyleguide.h"
#include "commands/skipduplicategroup.h"
#include "dedup/attachdedup.h"
#include "dedup/duplicategroupstore.h"
#include "dedup/duplicatescanjob.h"
#include "merge/mergegrouppreview.h"
#include "stores/recordselection.h"
#include "stores/qualityissuestore.h"
#include "stores/styleguidestore.h"

#include <QJsonObject>
#include <QTest>
#include <QUndoStack>

using namespace Kempt;
using Kempt::Test::QualityWorkspace;

namespace {

// The contacts' duplicates line, or an empty problem when there is none.
QualityProblem duplicatesLine(const QualityOverview &overview)
{
    for (const QualityProblem &p : overview.problems())
        if (p.isDuplicates() && p.entity == Entity::Contact)
            return p;
    return {};
}

qint64 auditedDuplicates(const AuditResult &result)
{
    return result.details.value(QStringLiteral("duplicates")).toObject().value(QStringLiteral("contact")).toInteger();
}

} // namespace

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

    void beforeAnyScanTheDuplicatesAreTheContactsSharingAKey()
    {
        Test::TestWorkspace ws;
        Test::DuplicateFixture f;
        QVERIFY(Test::buildDuplicateFixture(ws.get(), &f).ok());
        AuditResult result;
        QVERIFY(Auditor(ws->db()).run(nullptr, &result).ok());
        // The audit reads what is stored and never scans by itself.
        QVERIFY(!DuplicateGroupStore(ws->db()).lastScan().isValid());
        QualityOverview overview;
        QVERIFY(QualityOverview::load(ws->db(), 0, &overview).ok());
        QVERIFY(!overview.hasDuplicateScan());
        const QualityProblem line = duplicatesLine(overview);
        QVERIFY(line.isDuplicates());
        QVERIFY(!line.fromScan);
        QCOMPARE(line.title, QStringLiteral("Contacts sharing an e-mail address or phone number with another"));
        QVERIFY(line.description.contains(QStringLiteral("a scan")));
        // Karen twice and Ann three times share an e-mail address; Steven and Steve share
        // no key: only the scan sees that they are one person.
        QCOMPARE(line.records, qint64(5));
        QCOMPARE(auditedDuplicates(result), line.records);
        QCOMPARE(result.scores.uniqueness, AuditScores::share(5, result.records()));
    }

    void theDuplicatesAreTheStoredGroupsWaitingForReview_data()
    {
        QTest::addColumn<QString>("decision");
        QTest::addColumn<qint64>("groups");   // on the dashboard, waiting for review
        QTest::addColumn<qint64>("records");  // their contacts
        QTest::addColumn<qint64>("audited");  // the contacts the uniqueness score counts
        QTest::newRow("as scanned") << QString() << qint64(3) << qint64(7) << qint64(7);
        QTest::newRow("Karen merged") << QStringLiteral("merge") << qint64(2) << qint64(5) << qint64(5);
        QTest::newRow("Karen is not a duplicate") << QStringLiteral("apart") << qint64(2) << qint64(5) << qint64(5);
        QTest::newRow("Karen skipped for later") << QStringLiteral("skip") << qint64(2) << qint64(5) << qint64(7);
        QTest::newRow("one Ann in the trash") << QStringLiteral("trash") << qint64(3) << qint64(6) << qint64(6);
    }

    void theDuplicatesAreTheStoredGroupsWaitingForReview()
    {
        QFETCH(QString, decision);
        QFETCH(qint64, groups);
        QFETCH(qint64, records);
        QFETCH(qint64, audited);
        Test::TestWorkspace ws;
        attachDedup(ws.get());
        Test::DuplicateFixture f;
        QVERIFY(Test::buildDuplicateFixture(ws.get(), &f).ok());
        DuplicateScanJob::Summary scan;
        QVERIFY(DuplicateScanJob::run(ws->db(), nullptr, &scan, 2).ok());
        QCOMPARE(scan.groups(), qint64(3));
        QCOMPARE(scan.groupedRecords, qint64(7));
        AuditResult result;
        QVERIFY(Auditor(ws->db()).run(nullptr, &result).ok());
        QCOMPARE(auditedDuplicates(result), scan.groupedRecords);

        const QList<qint64> karen = {f.karen, f.karenTwin};
        if (decision == QLatin1String("merge")) {
            MergeGroupPreview preview;
            QVERIFY(MergeGroupPreview::load(ws->db(), karen, SurvivorshipRules(), &preview).ok());
            ws->undoStack()->push(new MergeContacts(ws.get(), preview.plan()));
        } else if (decision == QLatin1String("apart")) {
            ws->undoStack()->push(new MarkNotDuplicate(ws.get(), Entity::Contact, karen));
        } else if (decision == QLatin1String("skip")) {
            QList<DuplicateGroupStore::Group> list;
            QVERIFY(DuplicateGroupStore(ws->db()).list(&list).ok());
            const auto group = std::find_if(list.cbegin(), list.cend(), [&](const auto &g) { return g.contactIds == karen; });
            QVERIFY(group != list.cend());
            ws->undoStack()->push(new SkipDuplicateGroup(ws.get(), group->id, QStringLiteral("Karen Gomez")));
        } else if (decision == QLatin1String("trash")) {
            ws->undoStack()->push(new DeleteRecords(ws.get(), Entity::Contact, RecordSelection::ofIds({f.ann.first()}), 1));
        }

        QualityOverview overview;
        QVERIFY(QualityOverview::load(ws->db(), 0, &overview).ok());
        QVERIFY(overview.hasDuplicateScan());
        QualityProblem line = duplicatesLine(overview);
        QVERIFY(line.fromScan);
        QCOMPARE(line.groups, groups);
        QCOMPARE(line.records, records);
        QCOMPARE(line.title, QStringLiteral("%1 duplicate groups").arg(groups));
        QCOMPARE(line.action, QualityProblem::Action::ReviewDuplicates);
        // The audit's score is behind exactly when the groups it counted changed.
        QCOMPARE(overview.duplicatesChanged(), audited != scan.groupedRecords);
        QVERIFY(!overview.duplicatesChanged() || overview.outOfDate());

        QVERIFY(Auditor(ws->db()).run(nullptr, &result).ok());
        QCOMPARE(auditedDuplicates(result), audited);
        QCOMPARE(result.scores.uniqueness, AuditScores::share(audited, result.records()));
        QVERIFY(QualityOverview::load(ws->db(), 0, &overview).ok());
        QVERIFY(!overview.duplicatesChanged());
        QCOMPARE(overview.latest().scores.uniqueness, result.scores.uniqueness);

        // Undone, the decision gives the group back.
        if (!decision.isEmpty()) {
            ws->undoStack()->undo();
            QVERIFY(QualityOverview::load(ws->db(), 0, &overview).ok());
            line = duplicatesLine(overview);
            QCOMPARE(line.groups, qint64(3));
            QCOMPARE(line.records, qint64(7));
        }
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
