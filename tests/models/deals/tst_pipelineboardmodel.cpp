#include "commands/createpipeline.h"
#include "commands/deletedeals.h"
#include "commands/editdeal.h"
#include "commands/movedeal.h"
#include "dealfixture.h"
#include "itemmodels/dealmimedata.h"
#include "io/sampledata.h"
#include "itemmodels/pipelineboardmodel.h"
#include "stores/dealstore.h"
#include "stores/stagegate.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace Kempt;
using namespace Kempt::Test;
using Board = PipelineBoardModel;

namespace {

// Lead:      A (Acme, 1,000.00, Olga, close 2030-01-15), B (Globex, 0, Piet), C (Acme, 300.00 USD, Olga)
// Qualified: D (Initech, 2,000.00, Piet, close 2030-03-01, probability 40 %)
// Proposal:  E (Initech, 5,000.00, Olga, close 2030-02-10)
// Negotiation: nothing
struct Fixture
{
    TestWorkspace ws;
    Pipeline sales;
    QHash<QString, qint64> id;

    Fixture()
    {
        sales = addSales(ws.get());
        id[QStringLiteral("A")] = pushDeal(ws.get(), makeDeal(QStringLiteral("A"), 100000, stage(0), QStringLiteral("2030-01-15"),
                                                               QStringLiteral("Acme"), QStringLiteral("Olga")));
        id[QStringLiteral("B")] = pushDeal(ws.get(), makeDeal(QStringLiteral("B"), 0, stage(0), QString(), QStringLiteral("Globex"),
                                                               QStringLiteral("Piet")));
        Deal c = makeDeal(QStringLiteral("C"), 30000, stage(0), QString(), QStringLiteral("Acme"), QStringLiteral("Olga"));
        c.currency = QStringLiteral("USD");
        id[QStringLiteral("C")] = pushDeal(ws.get(), c);
        Deal d = makeDeal(QStringLiteral("D"), 200000, stage(1), QStringLiteral("2030-03-01"), QStringLiteral("Initech"), QStringLiteral("Piet"));
        d.probability = 0.4;
        id[QStringLiteral("D")] = pushDeal(ws.get(), d);
        id[QStringLiteral("E")] = pushDeal(ws.get(), makeDeal(QStringLiteral("E"), 500000, stage(2), QStringLiteral("2030-02-10"),
                                                               QStringLiteral("Initech"), QStringLiteral("Olga")));
    }
    qint64 stage(int i) const { return sales.stages.at(i).id; }
};

QStringList titles(const Board &board, int stageRow)
{
    QStringList list;
    const QModelIndex parent = board.index(stageRow, 0);
    for (int r = 0; r < board.rowCount(parent); ++r)
        list << board.index(r, 0, parent).data(Board::TitleRole).toString();
    return list;
}

std::unique_ptr<QMimeData> dragOf(const Board &board, const QList<qint64> &ids)
{
    QModelIndexList indexes;
    for (qint64 id : ids)
        indexes << board.dealIndex(id);
    return std::unique_ptr<QMimeData>(board.mimeData(indexes));
}

} // namespace

class TestPipelineBoardModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheStagesThenTheWonAndLostZones()
    {
        Fixture f;
        Board board(f.ws.get());
        QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(board.stageCount(), 4);
        QCOMPARE(board.rowCount(), 6);
        QStringList names;
        for (int r = 0; r < board.rowCount(); ++r)
            names << board.index(r, 0).data().toString();
        QCOMPARE(names, QStringList({QStringLiteral("Lead"), QStringLiteral("Qualified"), QStringLiteral("Proposal"),
                                     QStringLiteral("Negotiation"), QStringLiteral("Won"), QStringLiteral("Lost")}));
        QCOMPARE(board.index(4, 0).data(Board::KindRole).toInt(), int(Board::RowKind::Won));
        QCOMPARE(board.index(5, 0).data(Board::KindRole).toInt(), int(Board::RowKind::Lost));
        QCOMPARE(board.rowCount(board.wonIndex()), 0);
        QCOMPARE(titles(board, 0), QStringList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
        QCOMPARE(board.index(2, 0).data(Board::RequiredFieldsRole).toStringList(),
                 QStringList({QStringLiteral("value"), QStringLiteral("expected_close")}));
    }

    void columnHeadersAddUpCountTotalAndWeightedValue_data()
    {
        QTest::addColumn<int>("stageRow");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("weighted");
        QTest::addColumn<int>("otherCurrency");
        // Lead: A 100000 × 10 % + B 0; C is in USD. Qualified: D 200000 × 40 % (its own).
        QTest::newRow("Lead") << 0 << 3 << qint64(100000) << qint64(10000) << 1;
        QTest::newRow("Qualified") << 1 << 1 << qint64(200000) << qint64(80000) << 0;
        QTest::newRow("Proposal") << 2 << 1 << qint64(500000) << qint64(250000) << 0;
        QTest::newRow("Negotiation") << 3 << 0 << qint64(0) << qint64(0) << 0;
    }

    void columnHeadersAddUpCountTotalAndWeightedValue()
    {
        QFETCH(int, stageRow);
        QFETCH(int, count);
        QFETCH(qint64, total);
        QFETCH(qint64, weighted);
        QFETCH(int, otherCurrency);
        Fixture f;
        Board board(f.ws.get());
        QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(board.currency(), QStringLiteral("EUR"));
        const QModelIndex stage = board.index(stageRow, 0);
        QCOMPARE(stage.data(Board::CountRole).toInt(), count);
        QCOMPARE(stage.data(Board::TotalValueRole).toLongLong(), total);
        QCOMPARE(stage.data(Board::WeightedValueRole).toLongLong(), weighted);
        QCOMPARE(stage.data(Board::OtherCurrencyRole).toInt(), otherCurrency);
    }

    void cardsCarryWhatACardShows()
    {
        Fixture f;
        enteredDaysAgo(f.ws.get(), f.id.value(QStringLiteral("A")), 20);
        enteredDaysAgo(f.ws.get(), f.id.value(QStringLiteral("D")), 5);
        Board board(f.ws.get());
        QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex a = board.dealIndex(f.id.value(QStringLiteral("A")));
        QCOMPARE(a.data(Board::KindRole).toInt(), int(Board::RowKind::Deal));
        QCOMPARE(a.data().toString(), QStringLiteral("A"));
        QCOMPARE(a.data(Board::CompanyRole).toString(), QStringLiteral("Acme"));
        QCOMPARE(a.data(Board::ValueRole).toLongLong(), qint64(100000));
        QCOMPARE(a.data(Board::CurrencyRole).toString(), QStringLiteral("EUR"));
        QCOMPARE(a.data(Board::OwnerRole).toString(), QStringLiteral("Olga"));
        QCOMPARE(a.data(Board::ExpectedCloseRole).toDate(), QDate(2030, 1, 15));
        QCOMPARE(a.data(Board::ProbabilityRole).toDouble(), 0.10);
        QCOMPARE(a.data(Board::DaysInStageRole).toInt(), 20);
        QCOMPARE(a.data(Board::RottingRole).toBool(), true); // Lead rots after 14 days
        QVERIFY(a.data(Board::QualityBadgeRole).toStringList().isEmpty()); // the style guide has no deal rules
        QVERIFY(!a.data(Board::FormattedValueRole).toString().isEmpty());
        const QModelIndex d = board.dealIndex(f.id.value(QStringLiteral("D")));
        QCOMPARE(d.data(Board::DaysInStageRole).toInt(), 5);
        QCOMPARE(d.data(Board::RottingRole).toBool(), false);
        QCOMPARE(d.data(Board::ProbabilityRole).toDouble(), 0.4);
        QCOMPARE(d.parent(), board.index(1, 0));
    }

    void aDragCarriesStableDealIds()
    {
        Fixture f;
        Board board(f.ws.get());
        QCOMPARE(board.mimeTypes(), QStringList{QStringLiteral("application/x-kempt-deal-ids")});
        const qint64 a = f.id.value(QStringLiteral("A"));
        const qint64 d = f.id.value(QStringLiteral("D"));
        // Given in selection order; carried in board order.
        const auto data = dragOf(board, {d, a});
        QVERIFY(data && data->hasFormat(DealMimeData::mimeType()));
        QString path;
        QList<qint64> ids;
        QVERIFY(DealMimeData::decode(data.get(), &path, &ids));
        QCOMPARE(ids, QList<qint64>({a, d}));
        QCOMPARE(path, f.ws->path());
        QVERIFY(!board.mimeData({board.index(0, 0)})); // a column is not dragged
    }

    void droppingOnAStageMovesTheDealThereAndUndoMovesItBack()
    {
        Fixture f;
        Board board(f.ws.get());
        QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&board, &QAbstractItemModel::modelReset);
        const qint64 b = f.id.value(QStringLiteral("B"));
        const auto data = dragOf(board, {b});
        const QModelIndex qualified = board.index(1, 0);
        QVERIFY(board.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, qualified));
        QVERIFY(board.dropMimeData(data.get(), Qt::MoveAction, 0, 0, qualified));
        QCOMPARE(titles(board, 0), QStringList({QStringLiteral("A"), QStringLiteral("C")}));
        QCOMPARE(titles(board, 1), QStringList({QStringLiteral("B"), QStringLiteral("D")}));
        QCOMPARE(board.index(0, 0).data(Board::CountRole).toInt(), 2);
        QCOMPARE(board.index(1, 0).data(Board::CountRole).toInt(), 2);
        QCOMPARE(f.ws.scalar(QStringLiteral("SELECT stage_id FROM deal_stage_history WHERE deal_id = ? AND left_at = ''"), {b}).toLongLong(),
                 f.stage(1));
        f.ws->undoStack()->undo();
        QCOMPARE(titles(board, 0), QStringList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
        QCOMPARE(titles(board, 1), QStringList({QStringLiteral("D")}));
        QCOMPARE(resets.count(), 0); // rows moved in place
    }

    void droppingOnACardPlacesTheDealInFrontOfIt()
    {
        Fixture f;
        Board board(f.ws.get());
        QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto data = dragOf(board, {f.id.value(QStringLiteral("C"))});
        QVERIFY(board.dropMimeData(data.get(), Qt::MoveAction, -1, 0, board.dealIndex(f.id.value(QStringLiteral("A")))));
        QCOMPARE(titles(board, 0), QStringList({QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B")}));
        // Between two cards of the same stage, and at the end (row -1 on the stage).
        const auto again = dragOf(board, {f.id.value(QStringLiteral("C"))});
        QVERIFY(board.dropMimeData(again.get(), Qt::MoveAction, 2, 0, board.index(0, 0)));
        QCOMPARE(titles(board, 0), QStringList({QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B")}));
        const auto last = dragOf(board, {f.id.value(QStringLiteral("A"))});
        QVERIFY(board.dropMimeData(last.get(), Qt::MoveAction, -1, 0, board.index(0, 0)));
        QCOMPARE(titles(board, 0), QStringList({QStringLiteral("C"), QStringLiteral("B"), QStringLiteral("A")}));
        // The order is the file's, not only the model's.
        QCOMPARE(Board(f.ws.get()).dealIds(f.stage(0)), board.dealIds(f.stage(0)));
    }

    void aBlockedDropExplainsWhy()
    {
        Fixture f;
        Board board(f.ws.get());
        QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refused(&board, &Board::moveRefused);
        const auto data = dragOf(board, {f.id.value(QStringLiteral("B"))});
        const QModelIndex proposal = board.index(2, 0);
        QVERIFY(!board.canDropMimeData(data.get(), Qt::MoveAction, -1, 0, proposal));
        QVERIFY2(board.dropRefusal().contains(QStringLiteral("Proposal")) && board.dropRefusal().contains(QStringLiteral("Value"))
                     && board.dropRefusal().contains(QStringLiteral("Expected close")),
                 qPrintable(board.dropRefusal()));
        const int steps = f.ws->undoStack()->count();
        QVERIFY(!board.dropMimeData(data.get(), Qt::MoveAction, -1, 0, proposal));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.first().first().toString(), board.dropRefusal());
        QCOMPARE(f.ws->undoStack()->count(), steps);
        QCOMPARE(titles(board, 0), QStringList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
        // A deal that fills the gate passes; a reorder inside a gated stage is no entry.
        const auto ok = dragOf(board, {f.id.value(QStringLiteral("A"))});
        QVERIFY(board.canDropMimeData(ok.get(), Qt::MoveAction, -1, 0, proposal));
        QVERIFY(board.dropRefusal().isEmpty());
    }

    void droppingOnWonWinsAndOnLostAsksForTheReason()
    {
        Fixture f;
        Board board(f.ws.get());
        QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy asked(&board, &Board::lostReasonRequested);
        const qint64 a = f.id.value(QStringLiteral("A"));
        const qint64 b = f.id.value(QStringLiteral("B"));
        const auto win = dragOf(board, {a});
        QVERIFY(board.dropMimeData(win.get(), Qt::MoveAction, -1, 0, board.wonIndex()));
        QCOMPARE(f.ws.scalar(QStringLiteral("SELECT status FROM deals WHERE id = ?"), {a}).toString(), QStringLiteral("won"));
        QCOMPARE(board.wonIndex().data(Board::CountRole).toInt(), 1);
        QCOMPARE(board.wonIndex().data(Board::TotalValueRole).toLongLong(), qint64(100000));
        QCOMPARE(titles(board, 0), QStringList({QStringLiteral("B"), QStringLiteral("C")}));

        const auto lose = dragOf(board, {b});
        QVERIFY(!board.dropMimeData(lose.get(), Qt::MoveAction, -1, 0, board.lostIndex()));
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().first().value<QList<qint64>>(), QList<qint64>{b});
        QCOMPARE(f.ws.scalar(QStringLiteral("SELECT status FROM deals WHERE id = ?"), {b}).toString(), QStringLiteral("open"));
        QVERIFY(board.lostReasons().contains(QStringLiteral("Price")));
        QVERIFY(board.loseDeals({b}, QStringLiteral("Price")));
        QCOMPARE(board.lostIndex().data(Board::CountRole).toInt(), 1);
        QCOMPARE(titles(board, 0), QStringList({QStringLiteral("C")}));
        QVERIFY(!board.loseDeals({f.id.value(QStringLiteral("C"))}, QStringLiteral("Because")));
        QVERIFY(board.dropRefusal().contains(QStringLiteral("lost reasons")));
    }

    void aDropFromAnotherWorkspaceIsRefused()
    {
        Fixture f;
        Board board(f.ws.get());
        std::unique_ptr<QMimeData> foreign(DealMimeData::encode(QStringLiteral("/elsewhere/other.kempt"), {f.id.value(QStringLiteral("A"))}));
        QVERIFY(!board.canDropMimeData(foreign.get(), Qt::MoveAction, -1, 0, board.index(1, 0)));
        QVERIFY(board.dropRefusal().contains(QStringLiteral("another workspace")));
        QMimeData text;
        text.setText(QStringLiteral("12"));
        QVERIFY(!board.canDropMimeData(&text, Qt::MoveAction, -1, 0, board.index(1, 0)));
    }

    void theKeyboardMovesCardsBetweenAndWithinStages()
    {
        Fixture f;
        Board board(f.ws.get());
        QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refused(&board, &Board::moveRefused);
        const qint64 a = f.id.value(QStringLiteral("A"));
        const qint64 c = f.id.value(QStringLiteral("C"));
        QPersistentModelIndex card = board.dealIndex(a);
        QVERIFY(board.moveDeal(a, +1));
        // The view's selection follows the card, because the row moved rather than vanished.
        QVERIFY(card.isValid());
        QCOMPARE(card.data(Board::IdRole).toLongLong(), a);
        QCOMPARE(card.parent(), board.index(1, 0));
        QCOMPARE(titles(board, 1), QStringList({QStringLiteral("D"), QStringLiteral("A")}));
        QVERIFY(board.moveDeal(a, +1)); // A has value and close date: the gate lets it in
        QVERIFY(board.moveDeal(a, +1));
        QVERIFY(!board.moveDeal(a, +1)); // no stage after Negotiation
        QVERIFY(board.moveDeal(a, -3));
        QCOMPARE(card.parent(), board.index(0, 0));
        QVERIFY(!board.moveDeal(c, +2)); // C has no close date
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.first().first().toString().contains(QStringLiteral("Expected close")));
        QCOMPARE(titles(board, 0), QStringList({QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("A")}));
        QVERIFY(board.reorderDeal(a, -2));
        QCOMPARE(titles(board, 0), QStringList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
        QVERIFY(board.reorderDeal(a, +1));
        QCOMPARE(titles(board, 0), QStringList({QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("C")}));
        QVERIFY(!board.reorderDeal(f.id.value(QStringLiteral("C")), +1)); // already last
    }

    void filtersNarrowTheCards_data()
    {
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("shown");
        QTest::newRow("no filter") << QString() << QString() << QDate() << QDate()
                                   << QStringList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("E")});
        QTest::newRow("owner") << QStringLiteral("olga") << QString() << QDate() << QDate()
                               << QStringList({QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("E")});
        QTest::newRow("company text") << QString() << QStringLiteral("acm") << QDate() << QDate()
                                      << QStringList({QStringLiteral("A"), QStringLiteral("C")});
        QTest::newRow("title or company text") << QString() << QStringLiteral("b") << QDate() << QDate() << QStringList({QStringLiteral("B")});
        QTest::newRow("close from") << QString() << QString() << QDate(2030, 2, 1) << QDate()
                                    << QStringList({QStringLiteral("D"), QStringLiteral("E")});
        QTest::newRow("close range") << QString() << QString() << QDate(2030, 1, 1) << QDate(2030, 2, 10)
                                     << QStringList({QStringLiteral("A"), QStringLiteral("E")});
        QTest::newRow("owner and text") << QStringLiteral("Piet") << QStringLiteral("initech") << QDate() << QDate()
                                        << QStringList({QStringLiteral("D")});
    }

    void filtersNarrowTheCards()
    {
        QFETCH(QString, owner);
        QFETCH(QString, text);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, shown);
        Fixture f;
        Board board(f.ws.get());
        QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        board.setOwnerFilter(owner);
        board.setTextFilter(text);
        board.setCloseDateRange(from, to);
        QStringList all;
        for (int s = 0; s < board.stageCount(); ++s)
            all += titles(board, s);
        QCOMPARE(all, shown);
        // An edit to a filtered-out deal does not bring it onto the board.
        Deal b = *DealStore(f.ws->db()).load(f.id.value(QStringLiteral("B")));
        b.title = QStringLiteral("B2");
        f.ws->undoStack()->push(new EditDeal(f.ws.get(), b));
        all.clear();
        for (int s = 0; s < board.stageCount(); ++s)
            all += titles(board, s);
        if (!shown.contains(QStringLiteral("B")))
            QVERIFY(!all.contains(QStringLiteral("B2")));
    }

    void switchingPipelinesShowsTheirStages()
    {
        Fixture f;
        Pipeline other;
        other.name = QStringLiteral("Partners");
        other.stages = {Stage{0, 0, QStringLiteral("Intro"), 0, 0.2, 0, {}}, Stage{0, 0, QStringLiteral("Signed"), 1, 0.9, 0, {}}};
        auto *create = new CreatePipeline(f.ws.get(), other);
        f.ws->undoStack()->push(create);
        Board board(f.ws.get());
        QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(board.pipelines().size(), 2);
        QCOMPARE(board.pipelineId(), f.sales.id);
        const qint64 partners = board.pipelines().at(1).id;
        board.setPipeline(partners);
        QCOMPARE(board.stageCount(), 2);
        QCOMPARE(board.index(1, 0).data().toString(), QStringLiteral("Signed"));
        QCOMPARE(board.rowCount(board.index(0, 0)), 0);
        // A deal dragged from the Sales board into a Partners stage changes pipeline.
        Board sales(f.ws.get());
        const auto data = dragOf(sales, {f.id.value(QStringLiteral("A"))});
        QVERIFY(board.dropMimeData(data.get(), Qt::MoveAction, -1, 0, board.index(0, 0)));
        QCOMPARE(titles(board, 0), QStringList{QStringLiteral("A")});
        QCOMPARE(titles(sales, 0), QStringList({QStringLiteral("B"), QStringLiteral("C")}));
        QCOMPARE(f.ws.scalar(QStringLiteral("SELECT pipeline_id FROM deals WHERE id = ?"), {f.id.value(QStringLiteral("A"))}).toLongLong(), partners);
    }

    void theSampleDataFillsTheBoardWithinItsGates()
    {
        TestWorkspace ws;
        QVERIFY(SampleData::load(ws.get(), 150));
        Board board(ws.get());
        QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(board.stageCount(), 4);
        int cards = 0;
        for (int s = 0; s < board.stageCount(); ++s)
            cards += board.rowCount(board.index(s, 0));
        QCOMPARE(cards, ws.scalar(QStringLiteral("SELECT count(*) FROM deals WHERE status = 'open'")).toInt());
        QVERIFY(cards > 0);
        QVERIFY(board.wonIndex().data(Board::CountRole).toInt() > 0);
        // Every open deal in a gated stage passes that stage's gate.
        int gated = 0;
        for (const Stage &s : board.pipeline().stages)
            for (qint64 id : board.dealIds(s.id)) {
                QStringList missing;
                QVERIFY(StageGate(ws->db()).missing(id, s.requiredFields, &missing));
                QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char(','))));
                gated += !s.requiredFields.isEmpty();
            }
        QVERIFY(gated > 0);
    }

    void editsElsewhereUpdateTheBoardInPlace()
    {
        Fixture f;
        Board board(f.ws.get());
        QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&board, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&board, &QAbstractItemModel::rowsRemoved);
        QSignalSpy resets(&board, &QAbstractItemModel::modelReset);
        const qint64 g = pushDeal(f.ws.get(), makeDeal(QStringLiteral("G"), 700, f.stage(3), QStringLiteral("2030-04-01"),
                                                        QStringLiteral("Brand new company"), QStringLiteral("New owner")));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(titles(board, 3), QStringList{QStringLiteral("G")});
        QCOMPARE(board.dealIndex(g).data(Board::CompanyRole).toString(), QStringLiteral("Brand new company"));
        QCOMPARE(board.index(3, 0).data(Board::TotalValueRole).toLongLong(), qint64(700));
        Deal e = *DealStore(f.ws->db()).load(f.id.value(QStringLiteral("E")));
        e.valueMinor = 600000;
        f.ws->undoStack()->push(new EditDeal(f.ws.get(), e));
        QCOMPARE(board.index(2, 0).data(Board::TotalValueRole).toLongLong(), qint64(600000));
        f.ws->undoStack()->push(new DeleteDeals(f.ws.get(), {g}));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!board.dealIndex(g).isValid());
        QCOMPARE(resets.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPipelineBoardModel)
#include "tst_pipelineboardmodel.moc"
