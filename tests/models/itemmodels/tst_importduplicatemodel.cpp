#include "itemmodels/importduplicatemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Kempt;

// The import wizard's duplicate groups: a default policy for every group, a decision by
// hand for one, and what each means.
class TestImportDuplicateModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sureGroupsFillEmptyFieldsAndPossibleOnesAreNewUntilAPolicyIsChosen();
    void everyGroupTakesThePolicyChosen();
    void theDefaultPolicySparesGroupsDecidedByHand();
    void anActionIsChosenThroughSetData_data();
    void anActionIsChosenThroughSetData();
    void aNumberThatIsNoActionIsRefused();
    void groupsSayWhoTheyAre();
    void theMeaningOfAnActionNamesTheExistingContact();

private:
    static ImportDuplicateGroup group(const QList<qint64> &rows, const QStringList &names, qint64 contact = 0,
                                      const QString &contactName = QString(), MatchBand band = MatchBand::Sure)
    {
        ImportDuplicateGroup g;
        g.rows = rows;
        g.rowNames = names;
        if (contact > 0) {
            g.contactIds = {contact};
            g.contactNames = {contactName};
        }
        g.band = band;
        g.probability = band == MatchBand::Sure ? 0.99 : 0.8;
        return g;
    }

    ImportDuplicateModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestImportDuplicateModel::init()
{
    m_model = new ImportDuplicateModel;
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setGroups({group({2, 9}, {QStringLiteral("Anna Berg"), QStringLiteral("anna berg")}, 12, QStringLiteral("Anna Berg")),
                        group({4, 5}, {QStringLiteral("Carl Meer"), QStringLiteral("Karl Meer")}, 0, QString(), MatchBand::Possible),
                        group({7}, {QStringLiteral("Dana Scully")}, 30, QStringLiteral("Dana K. Scully"))});
}

void TestImportDuplicateModel::cleanup()
{
    delete m_tester;
    delete m_model;
    m_tester = nullptr;
    m_model = nullptr;
}

void TestImportDuplicateModel::sureGroupsFillEmptyFieldsAndPossibleOnesAreNewUntilAPolicyIsChosen()
{
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(!m_model->defaultAction().has_value());
    QCOMPARE(m_model->groupAt(0).action, DuplicateAction::Update);
    QCOMPARE(m_model->groupAt(1).action, DuplicateAction::Create);
    QCOMPARE(m_model->groupAt(2).action, DuplicateAction::Update);
}

void TestImportDuplicateModel::everyGroupTakesThePolicyChosen()
{
    QSignalSpy changed(m_model, &ImportDuplicateModel::actionsChanged);
    m_model->setDefaultAction(DuplicateAction::Update);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->groupsWith(DuplicateAction::Update), 3);
    for (const ImportDuplicateGroup &g : m_model->groups())
        QCOMPARE(g.action, DuplicateAction::Update);
    // Groups found later start with the policy too.
    m_model->setGroups({group({3, 8}, {QStringLiteral("Eva"), QStringLiteral("Eva")})});
    QCOMPARE(m_model->groupAt(0).action, DuplicateAction::Update);
    // Back to the recommendation, group by group.
    m_model->setDefaultAction(std::nullopt);
    m_model->setGroups({group({3, 8}, {QStringLiteral("Eva"), QStringLiteral("Eve")}, 0, QString(), MatchBand::Possible)});
    QCOMPARE(m_model->groupAt(0).action, DuplicateAction::Create);
}

void TestImportDuplicateModel::theDefaultPolicySparesGroupsDecidedByHand()
{
    QVERIFY(m_model->setAction(1, DuplicateAction::Merge));
    QVERIFY(m_model->index(1, 0).data(ImportDuplicateModel::DecidedRole).toBool());
    m_model->setDefaultAction(DuplicateAction::Skip);
    QCOMPARE(m_model->groupAt(0).action, DuplicateAction::Skip);
    QCOMPARE(m_model->groupAt(1).action, DuplicateAction::Merge);
    QCOMPARE(m_model->groupAt(2).action, DuplicateAction::Skip);
}

void TestImportDuplicateModel::anActionIsChosenThroughSetData_data()
{
    QTest::addColumn<int>("action");
    for (DuplicateAction a : DuplicateActions::all())
        QTest::newRow(qPrintable(DuplicateActions::name(a))) << int(a);
}

void TestImportDuplicateModel::anActionIsChosenThroughSetData()
{
    QFETCH(int, action);
    const QModelIndex cell = m_model->index(2, ImportDuplicateModel::ActionColumn);
    QVERIFY(m_model->flags(cell) & Qt::ItemIsEditable);
    QVERIFY(m_model->setData(cell, action));
    QCOMPARE(cell.data(Qt::EditRole).toInt(), action);
    QCOMPARE(cell.data().toString(), DuplicateActions::label(DuplicateAction(action)));
    QCOMPARE(int(m_model->groups().at(2).action), action);
}

void TestImportDuplicateModel::aNumberThatIsNoActionIsRefused()
{
    QVERIFY(!m_model->setData(m_model->index(0, ImportDuplicateModel::ActionColumn), 42));
    QVERIFY(!m_model->setData(m_model->index(0, ImportDuplicateModel::RowsColumn), int(DuplicateAction::Skip)));
    QCOMPARE(m_model->groupAt(0).action, DuplicateAction::Update);
}

void TestImportDuplicateModel::groupsSayWhoTheyAre()
{
    QCOMPARE(m_model->index(0, ImportDuplicateModel::RowsColumn).data().toString(), QStringLiteral("Row 2: Anna Berg; Row 9: anna berg"));
    QCOMPARE(m_model->index(0, ImportDuplicateModel::ContactColumn).data().toString(), QStringLiteral("Anna Berg"));
    QCOMPARE(m_model->index(1, ImportDuplicateModel::ContactColumn).data().toString(), QStringLiteral("Only in the file"));
    QVERIFY(m_model->index(0, ImportDuplicateModel::MatchColumn).data().toString().startsWith(QStringLiteral("Sure")));
    QVERIFY(m_model->index(1, ImportDuplicateModel::MatchColumn).data().toString().startsWith(QStringLiteral("Possible")));
    QCOMPARE(m_model->groupsMatchingWorkspace(), 2);
}

void TestImportDuplicateModel::theMeaningOfAnActionNamesTheExistingContact()
{
    const ImportDuplicateGroup existing = m_model->groupAt(2);
    QVERIFY(ImportDuplicateModel::actionMeaning(existing, DuplicateAction::Update).contains(QStringLiteral("Dana K. Scully")));
    QVERIFY(ImportDuplicateModel::actionMeaning(existing, DuplicateAction::Merge).contains(QStringLiteral("Dana K. Scully")));
    const ImportDuplicateGroup inFile = m_model->groupAt(1);
    QVERIFY(ImportDuplicateModel::actionMeaning(inFile, DuplicateAction::Skip).contains(QStringLiteral("first row")));
    m_model->setAction(2, DuplicateAction::Overwrite);
    QCOMPARE(m_model->index(2, ImportDuplicateModel::ActionColumn).data(Qt::ToolTipRole).toString(),
             ImportDuplicateModel::actionMeaning(existing, DuplicateAction::Overwrite));
}

QTEST_GUILESS_MAIN(TestImportDuplicateModel)
#include "tst_importduplicatemodel.moc"
