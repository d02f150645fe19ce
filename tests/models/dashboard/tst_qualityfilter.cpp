#include "qualityworkspace.h"

#include "commands/saveview.h"
#include "commands/updatefield.h"
#include "domain/fieldcatalog.h"
#include "itemmodels/qualitycolumn.h"
#include "itemmodels/recordtablemodel.h"
#include "stores/qualityissuestore.h"
#include "stores/savedviewstore.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

using namespace Kempt;
using Kempt::Test::QualityWorkspace;

namespace {

QSet<qint64> shownIds(RecordTableModel &model)
{
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.idAt(row));
    return ids;
}

QSet<qint64> idsWhere(Test::TestWorkspace &ws, const QString &sql, const QVariantList &binds = {})
{
    QSet<qint64> ids;
    QSqlQuery q(ws->db());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (q.exec())
        while (q.next())
            ids.insert(q.value(0).toLongLong());
    return ids;
}

} // namespace

// "Has quality issue": the filter behind the dashboard's click-through and the records
// table's quality menu, and the Quality column itself.
class TestQualityFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRuleFilterShowsExactlyTheRecordsWithThatFinding()
    {
        QualityWorkspace ws;
        QList<QualityIssueStore::RuleIssues> rules;
        QVERIFY(QualityIssueStore(ws->db()).countsByRule(&rules).ok());
        QVERIFY(rules.size() > 3);
        for (const QualityIssueStore::RuleIssues &rule : rules) {
            const Entity entity = rule.rule.startsWith(QLatin1String("company.")) ? Entity::Company : Entity::Contact;
            RecordTableModel model(ws.get(), entity);
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setFilter(QualityColumn::filter(entity, rule.rule));
            const QSet<qint64> expected = ws.recordsWith(rule.rule, FieldCatalog::entityName(entity));
            QCOMPARE(model.totalCount(), qint64(expected.size()));
            QCOMPARE(shownIds(model), expected);
            QCOMPARE(model.totalCount(), rule.records);
        }
    }

    void severityAndAnyFindingFiltersFollowTheIssues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("has");
        QTest::addColumn<QString>("sql");
        const QString live = QStringLiteral(" AND id IN (SELECT id FROM contacts WHERE deleted_at IS NULL)");
        QTest::newRow("errors") << QStringLiteral("error") << true
                                << QStringLiteral("SELECT entity_id AS id FROM quality_issues WHERE entity = 'contact' AND severity = 'error'");
        QTest::newRow("warnings") << QStringLiteral("warning") << true
                                  << QStringLiteral("SELECT entity_id AS id FROM quality_issues WHERE entity = 'contact' AND severity = 'warning'");
        QTest::newRow("fixes") << QStringLiteral("fix") << true
                               << QStringLiteral("SELECT entity_id AS id FROM quality_issues WHERE entity = 'contact' AND severity = 'fix'");
        QTest::newRow("any finding") << QString() << true
                                     << QStringLiteral("SELECT entity_id AS id FROM quality_issues WHERE entity = 'contact'");
        QTest::newRow("no findings") << QString() << false
                                     << QStringLiteral("SELECT id FROM contacts WHERE deleted_at IS NULL AND id NOT IN "
                                                       "(SELECT entity_id FROM quality_issues WHERE entity = 'contact')");
    }

    void severityAndAnyFindingFiltersFollowTheIssues()
    {
        QFETCH(QString, value);
        QFETCH(bool, has);
        QFETCH(QString, sql);
        QualityWorkspace ws;
        RecordTableModel model(ws.get(), Entity::Contact);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Filter f(Entity::Contact);
        f.conditions << FilterCondition{QualityColumn::key(), has ? FilterCondition::Operator::HasIssue : FilterCondition::Operator::LacksIssue, value};
        model.setFilter(f);
        const QSet<qint64> expected = idsWhere(ws, sql);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(shownIds(model), expected);
    }

    void theFilterFollowsEditsThatFixTheRecords()
    {
        QualityWorkspace ws;
        RecordTableModel model(ws.get(), Entity::Contact);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(QualityColumn::filter(Entity::Contact, QStringLiteral("contact.owner.required")));
        const qint64 before = model.totalCount();
        QVERIFY(before >= 5);
        const FieldDef owner = FieldCatalog::find(model.availableFields(), QStringLiteral("owner"));
        ws->undoStack()->push(new UpdateField(ws.get(), Entity::Contact, owner, RecordSelection::ofId(model.idAt(0)),
                                              QStringLiteral("Maria Schneider"), 1));
        QCOMPARE(model.totalCount(), before - 1);
        ws->undoStack()->undo();
        QCOMPARE(model.totalCount(), before);
    }

    void aQualityFilterSurvivesASavedView()
    {
        QualityWorkspace ws;
        SavedView view;
        view.name = QStringLiteral("Missing owner");
        view.filter = QualityColumn::filter(Entity::Contact, QStringLiteral("contact.owner.required"));
        ws->undoStack()->push(new SaveView(ws.get(), view));
        const std::optional<SavedView> stored = SavedViewStore(ws->db()).find(Entity::Contact, view.name);
        QVERIFY(stored);
        QCOMPARE(stored->filter, view.filter);
        RecordTableModel model(ws.get(), Entity::Contact);
        model.setFilter(stored->filter);
        QCOMPARE(shownIds(model), ws.recordsWith(QStringLiteral("contact.owner.required")));
    }

    void issueOperatorsApplyOnlyToTheQualityColumn()
    {
        const FieldDef quality = QualityColumn::field(Entity::Contact);
        const FieldDef city = FieldCatalog::find(FieldCatalog::builtIn(Entity::Contact), QStringLiteral("city"));
        QVERIFY(FilterCondition::appliesTo(FilterCondition::Operator::HasIssue, quality));
        QVERIFY(FilterCondition::appliesTo(FilterCondition::Operator::LacksIssue, quality));
        QVERIFY(!FilterCondition::appliesTo(FilterCondition::Operator::Equals, quality));
        QVERIFY(!FilterCondition::appliesTo(FilterCondition::Operator::HasIssue, city));
        QCOMPARE(FilterCondition::operatorFromName(QStringLiteral("hasIssue")), FilterCondition::Operator::HasIssue);
        QCOMPARE(FilterCondition::operatorName(FilterCondition::Operator::LacksIssue), QStringLiteral("lacksIssue"));
    }

    void theQualityColumnShowsWorstSeverityAndCount()
    {
        QualityWorkspace ws;
        RecordTableModel model(ws.get(), Entity::Contact);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.availableFields().size() > 0);
        model.setColumns({QStringLiteral("display_name"), QualityColumn::key()});
        const int column = model.columnOf(QualityColumn::key());
        QCOMPARE(column, 1);
        QVERIFY(!model.fieldAt(column).sortable());
        for (int row = 0; row < std::min(model.rowCount(), 60); ++row) {
            const qint64 id = model.idAt(row);
            QSqlQuery q(ws->db());
            q.prepare(QStringLiteral("SELECT count(*), min(CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END) "
                                     "FROM quality_issues WHERE entity = 'contact' AND entity_id = ?"));
            q.addBindValue(id);
            QVERIFY(q.exec() && q.next());
            const QualityColumn::Value v = QualityColumn::decode(model.index(row, column).data(Qt::EditRole));
            QCOMPARE(v.findings, q.value(0).toLongLong());
            QCOMPARE(v.any, q.value(0).toLongLong() > 0);
            if (v.any)
                QCOMPARE(int(v.worst), q.value(1).toInt());
        }
    }
};

QTEST_GUILESS_MAIN(TestQualityFilter)
#include "tst_qualityfilter.moc"
