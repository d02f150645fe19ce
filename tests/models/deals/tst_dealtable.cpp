#include "commands/updatefield.h"
#include "dealfixture.h"
#include "domain/fieldcatalog.h"
#include "itemmodels/recordtablemodel.h"
#include "quality/fieldchoices.h"
#include "stores/dealstore.h"
#include "stores/savedviewstore.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

using namespace Kempt;
using namespace Kempt::Test;
using Op = FilterCondition::Operator;

namespace {

// Lead: Alpha (Acme, 1,000.00, Olga), Bravo (Globex, 0), Charlie (Acme, 250.50 USD, Piet)
// Qualified: Delta (Initech, 2,000.00, Piet, 40 %)
// Proposal: Echo (Initech, 5,000.00, Olga, close 2030-02-10)
struct Fixture
{
    TestWorkspace ws;
    Pipeline sales;
    QHash<QString, qint64> id;

    Fixture()
    {
        sales = addSales(ws.get());
        id[QStringLiteral("Alpha")] = pushDeal(ws.get(), makeDeal(QStringLiteral("Alpha"), 100000, stage(0), QStringLiteral("2030-01-15"),
                                                                   QStringLiteral("Acme"), QStringLiteral("Olga")));
        id[QStringLiteral("Bravo")] = pushDeal(ws.get(), makeDeal(QStringLiteral("Bravo"), 0, stage(0), QString(), QStringLiteral("Globex")));
        Deal c = makeDeal(QStringLiteral("Charlie"), 25050, stage(0), QString(), QStringLiteral("Acme"), QStringLiteral("Piet"));
        c.currency = QStringLiteral("USD");
        id[QStringLiteral("Charlie")] = pushDeal(ws.get(), c);
        Deal d = makeDeal(QStringLiteral("Delta"), 200000, stage(1), QStringLiteral("2030-03-01"), QStringLiteral("Initech"), QStringLiteral("Piet"));
        d.probability = 0.4;
        id[QStringLiteral("Delta")] = pushDeal(ws.get(), d);
        id[QStringLiteral("Echo")] = pushDeal(ws.get(), makeDeal(QStringLiteral("Echo"), 500000, stage(2), QStringLiteral("2030-02-10"),
                                                                  QStringLiteral("Initech"), QStringLiteral("Olga")));
    }
    qint64 stage(int i) const { return sales.stages.at(i).id; }
};

QStringList column(const RecordTableModel &model, const QString &key, int role = Qt::EditRole)
{
    QStringList values;
    const int c = model.columnOf(key);
    for (int r = 0; r < model.rowCount(); ++r)
        values << model.data(model.index(r, c), role).toString();
    return values;
}

int rowOf(const RecordTableModel &model, qint64 id)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.idAt(r) == id)
            return r;
    return -1;
}

} // namespace

class TestDealTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theDealCatalogDescribesEveryDealField()
    {
        QStringList keys;
        for (const FieldDef &f : FieldCatalog::builtIn(Entity::Deal))
            keys << f.key;
        QCOMPARE(keys, QStringList({QStringLiteral("title"), QStringLiteral("value"), QStringLiteral("currency"), QStringLiteral("company"),
                                    QStringLiteral("contact"), QStringLiteral("owner"), QStringLiteral("pipeline"), QStringLiteral("stage"),
                                    QStringLiteral("expected_close"), QStringLiteral("probability"), QStringLiteral("status"),
                                    QStringLiteral("lost_reason"), QStringLiteral("source"), QStringLiteral("created_at"),
                                    QStringLiteral("updated_at"), QStringLiteral("closed_at")}));
        Fixture f;
        const QList<FieldDef> fields = FieldCatalog::fields(Entity::Deal, f.ws->db());
        QVERIFY(FieldChoices::of(FieldCatalog::find(fields, QStringLiteral("lost_reason")), f.ws->db()).contains(QStringLiteral("No budget")));
        QCOMPARE(FieldChoices::of(FieldCatalog::find(fields, QStringLiteral("stage")), f.ws->db()),
                 QStringList({QStringLiteral("Lead"), QStringLiteral("Qualified"), QStringLiteral("Proposal"), QStringLiteral("Negotiation")}));
    }

    void theTableShowsDealsInMajorUnitsAndPercent()
    {
        Fixture f;
        RecordTableModel model(f.ws.get(), Entity::Deal);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columns(), QStringList({QStringLiteral("title"), QStringLiteral("value"), QStringLiteral("currency"),
                                               QStringLiteral("company"), QStringLiteral("owner"), QStringLiteral("stage"),
                                               QStringLiteral("expected_close"), QStringLiteral("probability"), QStringLiteral("status")}));
        QCOMPARE(column(model, QStringLiteral("title")),
                 QStringList({QStringLiteral("Alpha"), QStringLiteral("Bravo"), QStringLiteral("Charlie"), QStringLiteral("Delta"), QStringLiteral("Echo")}));
        QCOMPARE(model.data(model.index(0, model.columnOf(QStringLiteral("value"))), Qt::EditRole).toDouble(), 1000.0);
        QCOMPARE(model.data(model.index(2, model.columnOf(QStringLiteral("value"))), Qt::EditRole).toDouble(), 250.5);
        QCOMPARE(column(model, QStringLiteral("probability")),
                 QStringList({QStringLiteral("10"), QStringLiteral("10"), QStringLiteral("10"), QStringLiteral("40"), QStringLiteral("50")}));
        QCOMPARE(column(model, QStringLiteral("stage")),
                 QStringList({QStringLiteral("Lead"), QStringLiteral("Lead"), QStringLiteral("Lead"), QStringLiteral("Qualified"), QStringLiteral("Proposal")}));
        QCOMPARE(column(model, QStringLiteral("company")).at(3), QStringLiteral("Initech"));
        QVERIFY(!(model.flags(model.index(0, model.columnOf(QStringLiteral("status")))) & Qt::ItemIsEditable));
    }

    void sortingOrdersByTheFieldsMeaning_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("value descending") << QStringLiteral("value") << int(Qt::DescendingOrder)
                                          << QStringList({QStringLiteral("Echo"), QStringLiteral("Delta"), QStringLiteral("Alpha"),
                                                          QStringLiteral("Charlie"), QStringLiteral("Bravo")});
        QTest::newRow("stage in pipeline order, descending") << QStringLiteral("stage") << int(Qt::DescendingOrder)
                                                             << QStringList({QStringLiteral("Echo"), QStringLiteral("Delta"), QStringLiteral("Charlie"),
                                                                             QStringLiteral("Bravo"), QStringLiteral("Alpha")});
        QTest::newRow("company") << QStringLiteral("company") << int(Qt::AscendingOrder)
                                 << QStringList({QStringLiteral("Alpha"), QStringLiteral("Charlie"), QStringLiteral("Bravo"),
                                                 QStringLiteral("Delta"), QStringLiteral("Echo")});
        QTest::newRow("probability") << QStringLiteral("probability") << int(Qt::DescendingOrder)
                                     << QStringList({QStringLiteral("Echo"), QStringLiteral("Delta"), QStringLiteral("Charlie"),
                                                     QStringLiteral("Bravo"), QStringLiteral("Alpha")});
    }

    void sortingOrdersByTheFieldsMeaning()
    {
        QFETCH(QString, key);
        QFETCH(int, order);
        QFETCH(QStringList, titles);
        Fixture f;
        RecordTableModel model(f.ws.get(), Entity::Deal);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sortBy(key, Qt::SortOrder(order));
        QCOMPARE(model.sortColumnKey(), key);
        QCOMPARE(column(model, QStringLiteral("title")), titles);
    }

    void searchMatchesTitleAndCompany_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("title") << QStringLiteral("elt") << QStringList{QStringLiteral("Delta")};
        QTest::newRow("company") << QStringLiteral("acme") << QStringList({QStringLiteral("Alpha"), QStringLiteral("Charlie")});
        QTest::newRow("two words") << QStringLiteral("initech cho") << QStringList{QStringLiteral("Echo")};
        QTest::newRow("wildcards are literal") << QStringLiteral("%") << QStringList();
    }

    void searchMatchesTitleAndCompany()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, titles);
        Fixture f;
        RecordTableModel model(f.ws.get(), Entity::Deal);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearch(search);
        QCOMPARE(column(model, QStringLiteral("title")), titles);
    }

    void filtersWorkOnDealFields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("op");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("stage equals") << QStringLiteral("stage") << int(Op::Equals) << QVariant(QStringLiteral("lead"))
                                      << QStringList({QStringLiteral("Alpha"), QStringLiteral("Bravo"), QStringLiteral("Charlie")});
        QTest::newRow("value above") << QStringLiteral("value") << int(Op::After) << QVariant(1500)
                                     << QStringList({QStringLiteral("Delta"), QStringLiteral("Echo")});
        QTest::newRow("owner") << QStringLiteral("owner") << int(Op::Equals) << QVariant(QStringLiteral("Piet"))
                               << QStringList({QStringLiteral("Charlie"), QStringLiteral("Delta")});
        QTest::newRow("no expected close") << QStringLiteral("expected_close") << int(Op::IsEmpty) << QVariant()
                                           << QStringList({QStringLiteral("Bravo"), QStringLiteral("Charlie")});
        QTest::newRow("closing before March") << QStringLiteral("expected_close") << int(Op::Before) << QVariant(QDate(2030, 3, 1))
                                              << QStringList({QStringLiteral("Alpha"), QStringLiteral("Echo")});
        QTest::newRow("probability above 20 %") << QStringLiteral("probability") << int(Op::After) << QVariant(20)
                                                << QStringList({QStringLiteral("Delta"), QStringLiteral("Echo")});
        QTest::newRow("currency") << QStringLiteral("currency") << int(Op::Equals) << QVariant(QStringLiteral("usd"))
                                  << QStringList{QStringLiteral("Charlie")};
        QTest::newRow("status") << QStringLiteral("status") << int(Op::Equals) << QVariant(QStringLiteral("open"))
                                << QStringList({QStringLiteral("Alpha"), QStringLiteral("Bravo"), QStringLiteral("Charlie"),
                                                QStringLiteral("Delta"), QStringLiteral("Echo")});
    }

    void filtersWorkOnDealFields()
    {
        QFETCH(QString, field);
        QFETCH(int, op);
        QFETCH(QVariant, value);
        QFETCH(QStringList, titles);
        Fixture f;
        RecordTableModel model(f.ws.get(), Entity::Deal);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Filter filter(Entity::Deal);
        filter.conditions << FilterCondition{field, Op(op), value};
        model.setFilter(filter);
        QCOMPARE(column(model, QStringLiteral("title")), titles);
    }

    void aSavedViewOfDealsComesBack()
    {
        Fixture f;
        SavedView view;
        view.entity = Entity::Deal;
        view.name = QStringLiteral("Big Initech deals");
        view.filter = Filter(Entity::Deal);
        view.filter.search = QStringLiteral("initech");
        view.filter.conditions << FilterCondition{QStringLiteral("value"), Op::After, 3000};
        view.columns = {QStringLiteral("title"), QStringLiteral("value")};
        view.sortKey = QStringLiteral("value");
        QVERIFY(f.ws->write(BatchKind::Edit, QStringLiteral("view"), [&](QSqlDatabase db) { return SavedViewStore(db).save(view); }));
        const SavedView stored = *SavedViewStore(f.ws->db()).find(Entity::Deal, view.name);
        RecordTableModel model(f.ws.get(), Entity::Deal);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(stored.filter);
        model.setColumns(stored.columns);
        model.sortBy(stored.sortKey, stored.sortOrder);
        QCOMPARE(model.columns(), view.columns);
        QCOMPARE(column(model, QStringLiteral("title")), QStringList{QStringLiteral("Echo")});
    }

    void editingTheValueInPlaceStoresMinorUnits()
    {
        Fixture f;
        RecordTableModel model(f.ws.get(), Entity::Deal);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex value = model.index(rowOf(model, f.id.value(QStringLiteral("Bravo"))), model.columnOf(QStringLiteral("value")));
        QVERIFY(model.setData(value, QStringLiteral("1234.5")));
        QCOMPARE(f.ws.scalar(QStringLiteral("SELECT value_minor FROM deals WHERE id = ?"), {f.id.value(QStringLiteral("Bravo"))}).toLongLong(),
                 qint64(123450));
        QCOMPARE(model.data(value, Qt::EditRole).toDouble(), 1234.5);
        QVERIFY(!model.setData(value, QStringLiteral("-5")));
        QVERIFY(!model.setData(value, QStringLiteral("lots")));
        f.ws->undoStack()->undo();
        QCOMPARE(model.data(value, Qt::EditRole).toDouble(), 0.0);
    }

    void editingTheProbabilityInPlaceTakesPercent()
    {
        Fixture f;
        RecordTableModel model(f.ws.get(), Entity::Deal);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 delta = f.id.value(QStringLiteral("Delta"));
        const QModelIndex p = model.index(rowOf(model, delta), model.columnOf(QStringLiteral("probability")));
        QVERIFY(model.setData(p, QStringLiteral("65 %")));
        QCOMPARE(f.ws.scalar(QStringLiteral("SELECT probability FROM deals WHERE id = ?"), {delta}).toDouble(), 0.65);
        QVERIFY(model.setData(p, QString())); // back to the stage's default
        QVERIFY(f.ws.scalar(QStringLiteral("SELECT probability FROM deals WHERE id = ?"), {delta}).isNull());
        QCOMPARE(model.data(p, Qt::EditRole).toDouble(), 25.0);
        QVERIFY(!model.setData(p, QStringLiteral("140")));
    }

    void editingTheStageInPlacePassesTheGate()
    {
        Fixture f;
        RecordTableModel model(f.ws.get(), Entity::Deal);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 bravo = f.id.value(QStringLiteral("Bravo"));
        const qint64 alpha = f.id.value(QStringLiteral("Alpha"));
        QVERIFY(!model.setData(model.index(rowOf(model, bravo), model.columnOf(QStringLiteral("stage"))), QStringLiteral("Proposal")));
        QCOMPARE(DealStore(f.ws->db()).load(bravo)->stageId, f.stage(0));
        QVERIFY(!model.setData(model.index(rowOf(model, alpha), model.columnOf(QStringLiteral("stage"))), QStringLiteral("Nowhere")));
        QVERIFY(model.setData(model.index(rowOf(model, alpha), model.columnOf(QStringLiteral("stage"))), QStringLiteral("proposal")));
        QCOMPARE(DealStore(f.ws->db()).load(alpha)->stageId, f.stage(2));
        QCOMPARE(f.ws.scalar(QStringLiteral("SELECT stage_id FROM deal_stage_history WHERE deal_id = ? AND left_at = ''"), {alpha}).toLongLong(),
                 f.stage(2));
    }

    void aBulkCurrencyChangeKeepsTheAmount()
    {
        Fixture f;
        RecordTableModel model(f.ws.get(), Entity::Deal);
        const FieldDef currency = FieldCatalog::find(model.availableFields(), QStringLiteral("currency"));
        const QList<qint64> ids{f.id.value(QStringLiteral("Alpha")), f.id.value(QStringLiteral("Charlie"))};
        f.ws->undoStack()->push(new UpdateField(f.ws.get(), Entity::Deal, currency, RecordSelection::ofIds(ids), QStringLiteral("jpy"), 2));
        // 1,000.00 EUR -> 1,000 JPY; 250.50 USD -> 251 JPY (no minor unit)
        QCOMPARE(f.ws.scalar(QStringLiteral("SELECT group_concat(currency || ' ' || value_minor, ', ') FROM (SELECT * FROM deals WHERE id IN (?, ?) ORDER BY id)"),
                             {ids.at(0), ids.at(1)})
                     .toString(),
                 QStringLiteral("JPY 1000, JPY 251"));
        const FieldDef value = FieldCatalog::find(model.availableFields(), QStringLiteral("value"));
        f.ws->undoStack()->push(new UpdateField(f.ws.get(), Entity::Deal, value, model.selectionForAll(), 99.99, 5));
        QCOMPARE(f.ws.scalar(QStringLiteral("SELECT group_concat(value_minor, ',') FROM (SELECT * FROM deals ORDER BY id)")).toString(),
                 QStringLiteral("100,9999,100,9999,9999")); // yen round to whole units
        f.ws->undoStack()->undo();
        f.ws->undoStack()->undo();
        QCOMPARE(f.ws.scalar(QStringLiteral("SELECT group_concat(currency || ' ' || value_minor, ', ') FROM (SELECT * FROM deals WHERE id IN (?, ?) ORDER BY id)"),
                             {ids.at(0), ids.at(1)})
                     .toString(),
                 QStringLiteral("EUR 100000, USD 25050"));
    }
};

QTEST_GUILESS_MAIN(TestDealTable)
#include "tst_dealtable.moc"
