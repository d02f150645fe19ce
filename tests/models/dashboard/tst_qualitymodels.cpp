#include "qualityworkspace.h"

#include "audit/qualityoverview.h"
#include "commands/savestyleguide.h"
#include "itemmodels/fixsamplemodel.h"
#include "itemmodels/qualityissuemodel.h"
#include "itemmodels/qualityproblemmodel.h"
#include "itemmodels/styleguidehistorymodel.h"
#include "itemmodels/styleguiderulemodel.h"
#include "stores/styleguidestore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Kempt;
using Tester = QAbstractItemModelTester;

namespace {

QStringList childIds(const StyleGuideRuleModel &model, const QModelIndex &group)
{
    QStringList ids;
    for (int r = 0; r < model.rowCount(group); ++r)
        ids << model.index(r, 0, group).data(StyleGuideRuleModel::RuleIdRole).toString();
    return ids;
}

QModelIndex groupOf(const StyleGuideRuleModel &model, const QString &ruleId)
{
    return model.indexOfRule(ruleId).parent();
}

} // namespace

// The item models of the dashboard, the style-guide editor and the contact editor's
// findings, each under QAbstractItemModelTester.
class TestQualityModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theProblemModelListsTheOverviewInOrder()
    {
        Test::QualityWorkspace ws;
        QualityOverview overview;
        QVERIFY(QualityOverview::load(ws->db(), 0, &overview).ok());
        QualityProblemModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        model.setProblems(overview.problems());
        QCOMPARE(model.rowCount(), overview.problems().size());
        QCOMPARE(model.columnCount(), int(QualityProblemModel::ColumnCount));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QualityProblem &p = overview.problems().at(row);
            QCOMPARE(model.index(row, 0).data().toString(), p.title);
            QCOMPARE(model.index(row, 1).data(QualityProblemModel::RecordsRole).toLongLong(), p.records);
            QCOMPARE(model.index(row, 1).data(QualityProblemModel::RuleIdRole).toString(), p.ruleId);
            const double share = model.index(row, 1).data(QualityProblemModel::ShareRole).toDouble();
            QVERIFY(share > 0 && share <= 1);
        }
        const int stale = model.rowOfRule(QStringLiteral("contact.stale"));
        QVERIFY(stale >= 0);
        QCOMPARE(model.problemAt(stale).action, QualityProblem::Action::CleanUpStale);
        model.setProblems({});
        QCOMPARE(model.rowCount(), 0);
    }

    void rulesAreGroupedByRecordKindAndField()
    {
        StyleGuideRuleModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        const StyleGuide guide = StyleGuide::defaultGuide();
        model.setGuide(guide);
        int rules = 0;
        QStringList labels;
        for (int g = 0; g < model.rowCount(); ++g) {
            const QModelIndex group = model.index(g, 0);
            QVERIFY(group.data(StyleGuideRuleModel::IsGroupRole).toBool());
            QVERIFY(!(model.flags(group) & Qt::ItemIsSelectable));
            labels << group.data().toString();
            rules += model.rowCount(group);
        }
        QCOMPARE(rules, guide.rules().size());
        QVERIFY(labels.contains(QStringLiteral("Contacts · E-mail")));
        QVERIFY(labels.contains(QStringLiteral("Contacts · Every field")));
        QVERIFY(labels.contains(QStringLiteral("Companies · Industry")));
        // Contacts come first, companies after.
        QVERIFY(labels.indexOf(QStringLiteral("Contacts · E-mail")) < labels.indexOf(QStringLiteral("Companies · Industry")));
        const QModelIndex email = groupOf(model, QStringLiteral("contact.email.format"));
        QCOMPARE(email.data().toString(), QStringLiteral("Contacts · E-mail"));
        QVERIFY(childIds(model, groupOf(model, QStringLiteral("contact.whitespace"))).contains(QStringLiteral("contact.unicode")));
        QCOMPARE(model.guide(), guide);
    }

    void switchingARuleOffEditsTheDraft()
    {
        StyleGuideRuleModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        model.setGuide(StyleGuide::defaultGuide());
        QSignalSpy edited(&model, &StyleGuideRuleModel::guideEdited);
        const QModelIndex index = model.indexOfRule(QStringLiteral("contact.stale"));
        QCOMPARE(index.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(model.setData(index, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(edited.count(), 1);
        QVERIFY(!model.guide().rule(QStringLiteral("contact.stale"))->enabled);
        QVERIFY(!model.setData(index.parent(), Qt::Unchecked, Qt::CheckStateRole));
    }

    void aRuleThatChangesFieldMovesToItsGroup()
    {
        StyleGuideRuleModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        model.setGuide(StyleGuide::defaultGuide());
        StyleGuideRule rule = *model.guide().rule(QStringLiteral("contact.lead_source.required"));
        rule.fields = {QStringLiteral("city")};
        QVERIFY(model.updateRule(rule));
        QCOMPARE(groupOf(model, rule.id).data().toString(), QStringLiteral("Contacts · City"));
        rule.severity = StyleGuideRule::Severity::Error;
        QVERIFY(model.updateRule(rule));
        QCOMPARE(model.indexOfRule(rule.id, StyleGuideRuleModel::SeverityColumn).data().toString(), QStringLiteral("Error"));
        StyleGuideRule unknown = rule;
        unknown.id = QStringLiteral("no.such.rule");
        QVERIFY(!model.updateRule(unknown));
    }

    void addedRulesGetUniqueIdsAndCanBeRemoved()
    {
        StyleGuideRuleModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        model.setGuide(StyleGuide::defaultGuide());
        const int before = int(model.guide().rules().size());
        StyleGuideRule rule = *model.guide().rule(QStringLiteral("contact.owner.required"));
        const QString id = model.addRule(rule);
        QCOMPARE(id, QStringLiteral("contact.owner.required-2"));
        QCOMPARE(model.guide().rules().size(), before + 1);
        QVERIFY(model.indexOfRule(id).isValid());
        QVERIFY(model.removeRule(id));
        QVERIFY(!model.removeRule(id));
        QCOMPARE(model.guide().rules().size(), before);
    }

    void theHistoryListsVersionsNewestFirstAndFollowsUndo()
    {
        Test::TestWorkspace ws;
        ws->setAuthor(QStringLiteral("Maria"));
        StyleGuideHistoryModel model(ws.get());
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        ws->undoStack()->push(new SaveStyleGuide(ws.get(), StyleGuide::defaultGuide(), QStringLiteral("first")));
        ws->undoStack()->push(new SaveStyleGuide(ws.get(), StyleGuide::defaultGuide(), QStringLiteral("second")));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.versionAt(0).version, qint64(2));
        QCOMPARE(model.index(0, StyleGuideHistoryModel::CommentColumn).data().toString(), QStringLiteral("second"));
        QCOMPARE(model.index(0, StyleGuideHistoryModel::AuthorColumn).data().toString(), QStringLiteral("Maria"));
        QVERIFY(!model.index(0, StyleGuideHistoryModel::WhenColumn).data().toString().isEmpty());
        ws->undoStack()->undo();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.versionAt(0).comment, QStringLiteral("first"));
    }

    void issuesAreListedErrorsFirst()
    {
        QualityIssueModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        using S = StyleGuideRule::Severity;
        const QList<QualityIssue> issues = {
            {Entity::Contact, 1, QStringLiteral("contact.name.casing"), QStringLiteral("first_name"), S::Fix, QStringLiteral("casing"), QStringLiteral("Ann")},
            {Entity::Contact, 1, QStringLiteral("contact.owner.required"), QStringLiteral("owner"), S::Warning, QStringLiteral("owner"), QString()},
            {Entity::Contact, 1, QStringLiteral("contact.reachable.required"), QStringLiteral("email"), S::Error, QStringLiteral("reach"), QString()},
        };
        model.setIssues(issues);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.issueAt(0).severity, S::Error);
        QCOMPARE(model.issueAt(2).severity, S::Fix);
        QCOMPARE(model.index(2, QualityIssueModel::SuggestionColumn).data().toString(), QStringLiteral("Ann"));
        QCOMPARE(model.index(2, QualityIssueModel::FieldColumn).data().toString(), QStringLiteral("First name"));
        QCOMPARE(model.count(S::Warning), 1);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setIssues(issues);
        QCOMPARE(reset.count(), 0); // the same findings keep the view as it is
        model.setIssues({});
        QCOMPARE(model.rowCount(), 0);
    }

    void fixSamplesShowBeforeAndAfter()
    {
        FixSampleModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        model.setSamples({{Entity::Contact, 7, QStringLiteral("Ann Lee"), QStringLiteral("email"), QStringLiteral("ann@ACME.com"),
                           QStringLiteral("ann@acme.com")},
                          {Entity::Contact, 8, QString(), QStringLiteral("phone"), QStringLiteral("0301234567"), QString()}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, FixSampleModel::FieldColumn).data().toString(), QStringLiteral("E-mail"));
        QCOMPARE(model.index(0, FixSampleModel::AfterColumn).data().toString(), QStringLiteral("ann@acme.com"));
        QCOMPARE(model.index(1, FixSampleModel::RecordColumn).data().toString(), QStringLiteral("#8"));
        QCOMPARE(model.index(1, FixSampleModel::AfterColumn).data().toString(), QStringLiteral("(removed)"));
        QCOMPARE(model.index(1, 0).data(FixSampleModel::IdRole).toLongLong(), qint64(8));
    }
};

QTEST_GUILESS_MAIN(TestQualityModels)
#include "tst_qualitymodels.moc"
