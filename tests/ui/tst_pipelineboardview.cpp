#include "../models/deals/dealfixture.h"
#include "boardcardlist.h"
#include "boardcolumn.h"
#include "boardfilterbar.h"
#include "dealeditor.h"
#include "pipelineboardview.h"
#include "support/dragsimulator.h"
#include "support/scriptedpresenter.h"

#include "commands/movedeal.h"
#include "itemmodels/pipelineboardmodel.h"

#include <QAbstractItemDelegate>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QTest>
#include <QUndoStack>

using namespace Kempt;
using namespace Kempt::Test;
using Board = PipelineBoardModel;

namespace {

// Lead:      A (Acme, 1,000.00, Olga, close 2030-01-15), B (Globex, 0, Piet), C (Acme, 300.00, Olga)
// Qualified: D (Initech, 2,000.00, Piet, close 2030-03-01, probability 40 %)
// Proposal:  E (Initech, 5,000.00, Olga, close 2030-02-10); Proposal and Negotiation require
//            a value and an expected close date.
struct Fixture
{
    TestWorkspace ws;
    Pipeline sales;
    QHash<QString, qint64> id;
    ScriptedPresenter presenter;
    std::unique_ptr<PipelineBoardView> view;
    std::unique_ptr<QAbstractItemModelTester> tester;

    Fixture()
    {
        sales = addSales(ws.get());
        add(QStringLiteral("A"), makeDeal(QStringLiteral("A"), 100000, stage(0), QStringLiteral("2030-01-15"), QStringLiteral("Acme"),
                                          QStringLiteral("Olga")));
        add(QStringLiteral("B"), makeDeal(QStringLiteral("B"), 0, stage(0), QString(), QStringLiteral("Globex"), QStringLiteral("Piet")));
        add(QStringLiteral("C"), makeDeal(QStringLiteral("C"), 30000, stage(0), QString(), QStringLiteral("Acme"), QStringLiteral("Olga")));
        Deal d = makeDeal(QStringLiteral("D"), 200000, stage(1), QStringLiteral("2030-03-01"), QStringLiteral("Initech"), QStringLiteral("Piet"));
        d.probability = 0.4;
        add(QStringLiteral("D"), d);
        add(QStringLiteral("E"), makeDeal(QStringLiteral("E"), 500000, stage(2), QStringLiteral("2030-02-10"), QStringLiteral("Initech"),
                                          QStringLiteral("Olga")));
        ws->undoStack()->clear();
        view = std::make_unique<PipelineBoardView>(ws.get(), &presenter);
        tester = std::make_unique<QAbstractItemModelTester>(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view->resize(1400, 800);
        view->show();
        // Focus checks need the window to be the active one.
        QApplication::setActiveWindow(view.get());
        if (!QTest::qWaitForWindowExposed(view.get()) || !QTest::qWaitForWindowActive(view.get()))
            qWarning("the board was not shown as the active window");
    }
    void add(const QString &title, const Deal &deal) { id[title] = pushDeal(ws.get(), deal); }
    qint64 stage(int i) const { return sales.stages.at(i).id; }
    BoardCardList *cards(int stageRow) const { return view->column(stageRow)->cards(); }
    QModelIndex card(const QString &title) const { return view->model()->dealIndex(id.value(title)); }
    QRect rectOf(const QString &title) const { return cards(card(title).parent().row())->visualRect(card(title)); }
    QStringList titles(int stageRow) const
    {
        QStringList list;
        const QModelIndex parent = view->model()->index(stageRow, 0);
        for (int r = 0; r < view->model()->rowCount(parent); ++r)
            list << view->model()->index(r, 0, parent).data(Board::TitleRole).toString();
        return list;
    }
    QString status(const QString &title) { return ws.scalar(QStringLiteral("SELECT status FROM deals WHERE id = ?"), {id.value(title)}).toString(); }
    // Many plain deals at once, the way an import brings them: in one batch, straight into the file.
    void addMany(int count, qint64 stageId)
    {
        const Result r = ws->write(BatchKind::Import, QStringLiteral("many"), [&](QSqlDatabase db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO deals(title, value_minor, pipeline_id, stage_id, rank) VALUES (?, ?, ?, ?, ?)"));
            for (int i = 0; i < count; ++i) {
                q.addBindValue(QStringLiteral("Bulk %1").arg(i));
                q.addBindValue(qint64(1000 + i));
                q.addBindValue(sales.id);
                q.addBindValue(stageId);
                q.addBindValue(double(100 + i));
                if (!q.exec())
                    return Result::failure(q.lastError().text());
            }
            return Result::success();
        });
        if (!r)
            qFatal("cannot add the deals: %s", qPrintable(r.message()));
    }
};

// Stands in for a column's card delegate, passing everything on, and notes which rows the
// list asked to measure or paint: each of those is a card that cost something.
class CardCostCounter : public QAbstractItemDelegate
{
public:
    explicit CardCostCounter(QAbstractItemDelegate *inner, QObject *parent)
        : QAbstractItemDelegate(parent)
        , m_inner(inner)
    {
    }
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        m_rows.insert(index.row());
        m_inner->paint(painter, option, index);
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        m_rows.insert(index.row());
        return m_inner->sizeHint(option, index);
    }
    QAbstractItemDelegate *inner() const { return m_inner; }
    const QSet<int> &rows() const { return m_rows; }

private:
    QAbstractItemDelegate *m_inner;
    mutable QSet<int> m_rows;
};

} // namespace

class TestPipelineBoardView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsAColumnPerStageWithCountTotalAndWeightedValue()
    {
        Fixture f;
        QCOMPARE(f.view->columnCount(), 4);
        QCOMPARE(f.cards(0)->model()->rowCount(f.cards(0)->rootIndex()), 3);
        BoardColumn *qualified = f.view->column(1);
        QCOMPARE(qualified->nameLabel()->text(), QStringLiteral("Qualified"));
        QCOMPARE(qualified->countLabel()->text(), QStringLiteral("1"));
        // 2,000.00 at 40 %: 800 weighted.
        QVERIFY2(qualified->totalsLabel()->text().contains(QStringLiteral("2,000")), qPrintable(qualified->totalsLabel()->text()));
        QVERIFY2(qualified->totalsLabel()->text().contains(QStringLiteral("800")), qPrintable(qualified->totalsLabel()->text()));
        QVERIFY(f.view->wonZone()->isVisible());
        QVERIFY(f.view->lostZone()->isVisible());
        QVERIFY(!f.view->emptyState()->isVisible());
    }

    void draggingACardOntoAnotherStageMovesItThereAndUndoMovesItBack()
    {
        Fixture f;
        // Onto the upper edge of D: in front of it.
        const QRect d = f.rectOf(QStringLiteral("D"));
        const auto outcome = DragSimulator::drag(f.cards(0), f.card(QStringLiteral("A")), f.cards(1), QPoint(d.center().x(), d.top() + 4));
        QVERIFY(outcome.moveAccepted);
        QVERIFY(outcome.dropAccepted);
        QCOMPARE(f.titles(0), QStringList({QStringLiteral("B"), QStringLiteral("C")}));
        QCOMPARE(f.titles(1), QStringList({QStringLiteral("A"), QStringLiteral("D")}));
        QCOMPARE(f.ws.scalar(QStringLiteral("SELECT stage_id FROM deals WHERE id = ?"), {f.id.value(QStringLiteral("A"))}).toLongLong(),
                 f.stage(1));
        // The dropped card is selected where it landed.
        QCOMPARE(f.cards(1)->selectedDealIds(), QList<qint64>{f.id.value(QStringLiteral("A"))});
        QCOMPARE(f.view->column(1)->countLabel()->text(), QStringLiteral("2"));
        QCOMPARE(f.ws->undoStack()->count(), 1);
        f.ws->undoStack()->undo();
        QCOMPARE(f.titles(0), QStringList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
        QCOMPARE(f.titles(1), QStringList({QStringLiteral("D")}));
    }

    void draggingWithinAStageKeepsTheOrderWhereTheCardIsDropped()
    {
        Fixture f;
        // C onto the upper edge of A: first.
        const QRect a = f.rectOf(QStringLiteral("A"));
        const auto outcome = DragSimulator::drag(f.cards(0), f.card(QStringLiteral("C")), f.cards(0), QPoint(a.center().x(), a.top() + 3));
        QVERIFY(outcome.dropAccepted);
        QCOMPARE(f.titles(0), QStringList({QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B")}));
        // The order is stored: a fresh board reads it back.
        f.view->model()->reload();
        QCOMPARE(f.titles(0), QStringList({QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B")}));
        // A below the last card: last.
        const QRect b = f.rectOf(QStringLiteral("B"));
        QVERIFY(DragSimulator::drag(f.cards(0), f.card(QStringLiteral("A")), f.cards(0), QPoint(b.center().x(), b.bottom() + 20)).dropAccepted);
        QCOMPARE(f.titles(0), QStringList({QStringLiteral("C"), QStringLiteral("B"), QStringLiteral("A")}));
    }

    void droppingOnWonWinsTheDeal()
    {
        Fixture f;
        const auto outcome = DragSimulator::drag(f.cards(1), f.card(QStringLiteral("D")), f.view->wonZone(),
                                                 f.view->wonZone()->viewport()->rect().center());
        QVERIFY(outcome.dropAccepted);
        QCOMPARE(f.status(QStringLiteral("D")), QStringLiteral("won"));
        QCOMPARE(f.titles(1), QStringList());
        QCOMPARE(f.view->model()->wonIndex().data(Board::CountRole).toInt(), 1);
    }

    void droppingOnLostAsksForTheReasonFromThePicklist()
    {
        Fixture f;
        f.presenter.choices.enqueue(QStringLiteral("Chose a competitor"));
        DragSimulator::drag(f.cards(0), f.card(QStringLiteral("B")), f.view->lostZone(), f.view->lostZone()->viewport()->rect().center());
        // The question comes once the drop is over.
        QTRY_COMPARE(f.status(QStringLiteral("B")), QStringLiteral("lost"));
        QCOMPARE(f.presenter.questions, QStringList{QStringLiteral("Why was “B” lost?")});
        QCOMPARE(f.presenter.offered, f.view->model()->lostReasons());
        QCOMPARE(f.ws.scalar(QStringLiteral("SELECT lost_reason FROM deals WHERE id = ?"), {f.id.value(QStringLiteral("B"))}).toString(),
                 QStringLiteral("Chose a competitor"));
        QCOMPARE(f.titles(0), QStringList({QStringLiteral("A"), QStringLiteral("C")}));
    }

    void cancellingTheLostReasonLeavesTheDealOpen()
    {
        Fixture f;
        QSignalSpy asked(f.view->model(), &Board::lostReasonRequested);
        DragSimulator::drag(f.cards(0), f.card(QStringLiteral("A")), f.view->lostZone(), f.view->lostZone()->viewport()->rect().center());
        QCOMPARE(asked.count(), 1);
        QTRY_COMPARE(f.presenter.questions.size(), 1);
        QCOMPARE(f.status(QStringLiteral("A")), QStringLiteral("open"));
        QCOMPARE(f.ws->undoStack()->count(), 0);
        QCOMPARE(f.titles(0), QStringList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    }

    void aDropTheStageGateRefusesSaysWhyAndMovesNothing()
    {
        Fixture f;
        BoardCardList *proposal = f.cards(2);
        // B has no value and no close date; Proposal requires both.
        QTest::mouseClick(f.cards(0)->viewport(), Qt::LeftButton, Qt::NoModifier, f.rectOf(QStringLiteral("B")).center());
        QString shown;
        const bool hovered = DragSimulator::hover(f.cards(0), proposal, proposal->viewport()->rect().center(),
                                                  [&] { shown = proposal->refusalShown(); });
        QVERIFY(hovered);
        QVERIFY2(shown.contains(QStringLiteral("Value")) && shown.contains(QStringLiteral("Expected close")), qPrintable(shown));
        QVERIFY(proposal->refusalShown().isEmpty()); // gone once the card leaves

        const auto outcome = DragSimulator::drag(f.cards(0), f.card(QStringLiteral("B")), proposal, proposal->viewport()->rect().center());
        QVERIFY(!outcome.dropAccepted);
        QTRY_COMPARE(f.presenter.errors.size(), 1);
        QVERIFY2(f.presenter.errors.first().contains(QStringLiteral("Proposal")), qPrintable(f.presenter.errors.first()));
        QCOMPARE(f.titles(0), QStringList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
        QCOMPARE(f.titles(2), QStringList({QStringLiteral("E")}));
        QCOMPARE(f.ws->undoStack()->count(), 0);
    }

    void ctrlArrowsMoveTheFocusedCardAndTheFocusFollowsIt()
    {
        Fixture f;
        const qint64 a = f.id.value(QStringLiteral("A"));
        QVERIFY(f.view->focusDeal(a));
        QTRY_VERIFY(f.cards(0)->hasFocus());
        QTest::keyClick(f.cards(0), Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(f.titles(1), QStringList({QStringLiteral("D"), QStringLiteral("A")}));
        QVERIFY(f.cards(1)->hasFocus());
        QCOMPARE(f.cards(1)->currentDealId(), a);
        QCOMPARE(f.view->currentDealId(), a);

        QTest::keyClick(f.cards(1), Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(f.titles(1), QStringList({QStringLiteral("A"), QStringLiteral("D")}));
        QCOMPARE(f.cards(1)->currentDealId(), a);
        QTest::keyClick(f.cards(1), Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(f.titles(1), QStringList({QStringLiteral("D"), QStringLiteral("A")}));

        // A has a value and a close date, so it passes Proposal's gate.
        QTest::keyClick(f.cards(1), Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(f.titles(2), QStringList({QStringLiteral("E"), QStringLiteral("A")}));
        QVERIFY(f.cards(2)->hasFocus());
        QTest::keyClick(f.cards(2), Qt::Key_Left, Qt::ControlModifier);
        QTest::keyClick(f.cards(1), Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(f.titles(0), QStringList({QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("A")}));
        QCOMPARE(f.cards(0)->currentDealId(), a);
        // Before the first stage there is nowhere to go.
        const int steps = f.ws->undoStack()->count();
        QTest::keyClick(f.cards(0), Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(f.ws->undoStack()->count(), steps);
        QVERIFY(f.presenter.errors.isEmpty());
    }

    void aKeyboardMoveTheGateRefusesSaysWhy()
    {
        Fixture f;
        const qint64 b = f.id.value(QStringLiteral("B"));
        QVERIFY(f.view->focusDeal(b));
        QTest::keyClick(f.cards(0), Qt::Key_Right, Qt::ControlModifier);
        QTest::keyClick(f.cards(1), Qt::Key_Right, Qt::ControlModifier);
        QTRY_COMPARE(f.presenter.errors.size(), 1);
        QVERIFY2(f.presenter.errors.first().contains(QStringLiteral("Value")), qPrintable(f.presenter.errors.first()));
        QCOMPARE(f.titles(1), QStringList({QStringLiteral("D"), QStringLiteral("B")}));
        QCOMPARE(f.cards(1)->currentDealId(), b);
    }

    void arrowKeysWalkBetweenColumns()
    {
        Fixture f;
        QVERIFY(f.view->focusDeal(f.id.value(QStringLiteral("A"))));
        QTest::keyClick(f.cards(0), Qt::Key_Right);
        QVERIFY(f.cards(1)->hasFocus());
        QCOMPARE(f.cards(1)->currentDealId(), f.id.value(QStringLiteral("D")));
        QTest::keyClick(f.cards(1), Qt::Key_Left);
        QVERIFY(f.cards(0)->hasFocus());
    }

    void doubleClickingACardOpensTheDealEditor()
    {
        Fixture f;
        QSignalSpy opened(f.view.get(), &PipelineBoardView::dialogOpened);
        const QPoint at = f.rectOf(QStringLiteral("E")).center();
        QTest::mouseClick(f.cards(2)->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QTest::mouseDClick(f.cards(2)->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(opened.count(), 1);
        auto *editor = qobject_cast<DealEditor *>(opened.first().first().value<QDialog *>());
        QVERIFY(editor);
        QCOMPARE(editor->dealId(), f.id.value(QStringLiteral("E")));
        QCOMPARE(editor->deal().title, QStringLiteral("E"));
        editor->reject();
    }

    void filtersByOwnerTextAndCloseDateNarrowTheColumns()
    {
        Fixture f;
        BoardFilterBar *filters = f.view->filterBar();
        QVERIFY(filters->ownerCombo()->findData(QStringLiteral("Olga")) > 0);
        filters->setOwner(QStringLiteral("Olga"));
        QCOMPARE(f.titles(0), QStringList({QStringLiteral("A"), QStringLiteral("C")}));
        QCOMPARE(f.view->column(0)->countLabel()->text(), QStringLiteral("2"));
        QCOMPARE(f.titles(1), QStringList());
        filters->setOwner(QString());
        QTest::keyClicks(filters->searchEdit(), QStringLiteral("initech"));
        QTest::keyClick(filters->searchEdit(), Qt::Key_Return);
        QCOMPARE(f.titles(0), QStringList());
        QCOMPARE(f.titles(1), QStringList{QStringLiteral("D")});
        QCOMPARE(f.titles(2), QStringList{QStringLiteral("E")});
        filters->searchEdit()->clear();
        QTest::keyClick(filters->searchEdit(), Qt::Key_Return);
        filters->setCustomRange(QDate(2030, 2, 1), QDate(2030, 3, 31));
        QCOMPARE(f.titles(0), QStringList());
        QCOMPARE(f.titles(1), QStringList{QStringLiteral("D")});
        QCOMPARE(f.titles(2), QStringList{QStringLiteral("E")});
        filters->setPeriod(BoardFilterBar::Period::Any);
        QCOMPARE(f.titles(0), QStringList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    }

    void thePeriodsCoverTheirDays_data()
    {
        QTest::addColumn<int>("period");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        using P = BoardFilterBar::Period;
        QTest::newRow("any") << int(P::Any) << QDate() << QDate();
        QTest::newRow("overdue") << int(P::Overdue) << QDate() << QDate(2025, 5, 13);
        QTest::newRow("this month") << int(P::ThisMonth) << QDate(2025, 5, 1) << QDate(2025, 5, 31);
        QTest::newRow("next month") << int(P::NextMonth) << QDate(2025, 6, 1) << QDate(2025, 6, 30);
        QTest::newRow("this quarter") << int(P::ThisQuarter) << QDate(2025, 4, 1) << QDate(2025, 6, 30);
        QTest::newRow("90 days") << int(P::Next90Days) << QDate(2025, 5, 14) << QDate(2025, 8, 12);
    }

    void thePeriodsCoverTheirDays()
    {
        QFETCH(int, period);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QDate f;
        QDate t;
        BoardFilterBar::periodRange(BoardFilterBar::Period(period), QDate(2025, 5, 14), &f, &t);
        QCOMPARE(f, from);
        QCOMPARE(t, to);
    }

    void editsElsewhereUpdateTheColumnsInPlace()
    {
        Fixture f;
        const qint64 e = f.id.value(QStringLiteral("E"));
        f.ws->undoStack()->push(new MoveDeal(f.ws.get(), {e}, f.stage(3)));
        QCOMPARE(f.titles(3), QStringList{QStringLiteral("E")});
        QCOMPARE(f.view->column(3)->countLabel()->text(), QStringLiteral("1"));
        QCOMPARE(f.view->column(2)->countLabel()->text(), QStringLiteral("0"));
    }

    void switchingThePipelineRebuildsTheColumns()
    {
        Fixture f;
        Pipeline small;
        small.name = QStringLiteral("Renewals");
        small.stages << Stage{0, 0, QStringLiteral("Due"), 0, 0.5, 0, {}} << Stage{0, 0, QStringLiteral("Signed"), 1, 0.9, 0, {}};
        QVERIFY(f.ws->write(BatchKind::System, QStringLiteral("p"), [&](QSqlDatabase db) { return PipelineStore(db).insert(small); }));
        QSignalSpy rebuilt(f.view.get(), &PipelineBoardView::columnsRebuilt);
        f.view->setPipeline(small.id);
        QCOMPARE(rebuilt.count(), 1);
        QCOMPARE(f.view->columnCount(), 2);
        QCOMPARE(f.view->column(1)->nameLabel()->text(), QStringLiteral("Signed"));
        QCOMPARE(f.titles(0), QStringList());
    }

    void showingABoardOfThousandsOfDealsMeasuresAndPaintsOnlyTheCardsOnScreen()
    {
        Fixture f;
        f.addMany(1500, f.stage(0));
        f.addMany(1500, f.stage(1));
        PipelineBoardView board(f.ws.get(), &f.presenter);
        QList<CardCostCounter *> counters;
        for (int c = 0; c < board.columnCount(); ++c) {
            BoardCardList *list = board.column(c)->cards();
            counters << new CardCostCounter(list->itemDelegate(), list);
            list->setItemDelegate(counters.last());
        }
        board.resize(1400, 800);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        // Every column is on screen at this width; painting it all once more must not widen the set.
        board.grab();
        QCOMPARE(board.model()->rowCount(board.model()->index(0, 0)), 1503);
        for (int c = 0; c < board.columnCount(); ++c) {
            BoardCardList *list = board.column(c)->cards();
            const QModelIndex first = board.model()->index(0, 0, list->rootIndex());
            if (!first.isValid())
                continue;
            QStyleOptionViewItem option;
            option.initFrom(list);
            const int cardHeight = counters.at(c)->inner()->sizeHint(option, first).height();
            // The cards that fit, one cut at the top and one at the bottom.
            const int onScreen = list->viewport()->height() / cardHeight + 2;
            const QSet<int> &rows = counters.at(c)->rows();
            QVERIFY2(!rows.isEmpty(), qPrintable(QStringLiteral("column %1 painted no card").arg(c)));
            QVERIFY2(rows.size() <= onScreen,
                     qPrintable(QStringLiteral("column %1 measured or painted %2 cards, %3 fit on screen").arg(c).arg(rows.size()).arg(onScreen)));
        }
    }

    void aWorkspaceWithoutPipelinesShowsHowToStart()
    {
        TestWorkspace ws;
        ScriptedPresenter presenter;
        PipelineBoardView view(ws.get(), &presenter);
        view.show();
        QCOMPARE(view.columnCount(), 0);
        QVERIFY(view.emptyState()->isVisible());
        QVERIFY(!view.wonZone()->isVisible());
        // The first deal brings the default pipeline, and the board to life.
        pushDeal(ws.get(), makeDeal(QStringLiteral("First"), 100));
        QCOMPARE(view.columnCount(), 4);
        QVERIFY(!view.emptyState()->isVisible());
    }
};

QTEST_MAIN(TestPipelineBoardView)
#include "tst_pipelineboardview.moc"
