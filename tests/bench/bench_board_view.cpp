// Measures the pipeline board as a person meets it, widgets included, on 10,000 open
// deals in a pipeline of 8 stages:
//   first paint   from creating the board view to every column on screen and both zones
//                 painted once (columns scrolled out of sight never paint, so they are not
//                 waited for)
//   drop          a card on screen dropped onto a card on screen in the next column (drag
//                 events through the view, the MoveDeal commit, the model update) until the
//                 target column has repainted; only accepted drops are counted
//   keyboard move Ctrl+Right on a focused card on screen until the next column has repainted
// Prints figures and the load average; never fails on time.
//
//   bench_board_view [--deals N] [--stages S] [--runs K]
//
// Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.

#include "dealsfiller.h"
#include "processstats.h"

#include "boardcardlist.h"
#include "boardcolumn.h"
#include "dialogpresenter.h"
#include "pipelineboardview.h"

#include "itemmodels/pipelineboardmodel.h"
#include "storage/workspace.h"

#include <QApplication>
#include <QDragMoveEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace Kempt;

namespace {

using Bench::loadAverage;

QTextStream out(stdout);

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

QString summary(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return QStringLiteral("median %1 ms, max %2 ms (n=%3)")
        .arg(values.at(values.size() / 2), 0, 'f', 1)
        .arg(values.last(), 0, 'f', 1)
        .arg(values.size());
}

// Notes which card lists have painted since the last reset.
class PaintWatch : public QObject
{
public:
    void watch(QWidget *viewport)
    {
        viewport->installEventFilter(this);
    }
    void reset() { m_painted.clear(); }
    bool painted(QWidget *viewport) const { return m_painted.contains(viewport); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            m_painted.insert(static_cast<QWidget *>(watched));
        return QObject::eventFilter(watched, event);
    }

private:
    QSet<QWidget *> m_painted;
};

// True once the board shows something everywhere a person can see: both zones and every
// column at least partly inside the scroll area (there is always one when there are columns).
bool firstPaintDone(const PipelineBoardView &view, const PaintWatch &watch)
{
    if (!watch.painted(view.wonZone()->viewport()) || !watch.painted(view.lostZone()->viewport()))
        return false;
    int shown = 0;
    for (int c = 0; c < view.columnCount(); ++c) {
        QWidget *viewport = view.column(c)->cards()->viewport();
        if (viewport->visibleRegion().isEmpty())
            continue;
        if (!watch.painted(viewport))
            return false;
        ++shown;
    }
    return shown > 0 || view.columnCount() == 0;
}

// Columns entirely on screen, from the first: drops and moves stay among them.
int columnsOnScreen(const PipelineBoardView &view)
{
    int n = 0;
    while (n < view.columnCount()) {
        QWidget *viewport = view.column(n)->cards()->viewport();
        if (viewport->visibleRegion().boundingRect() != viewport->rect())
            break;
        ++n;
    }
    return n;
}

// A card fully inside the list's viewport, somewhere in its upper two thirds: wherever an
// earlier sample left the list scrolled, a person could grab or aim at this one.
QModelIndex cardOnScreen(BoardCardList *list, QRandomGenerator &rng)
{
    const QRect area = list->viewport()->rect();
    QModelIndex card = list->indexAt(QPoint(area.center().x(), int(rng.bounded(std::max(1, area.height() * 2 / 3)))));
    while (card.isValid() && list->visualRect(card).top() < area.top())
        card = card.sibling(card.row() + 1, 0);
    return card.isValid() && area.contains(list->visualRect(card)) ? card : QModelIndex();
}

// Drives the event loop until done() or ten seconds; false when it gave up.
template<typename Done>
bool spinUntil(const Done &done)
{
    // A benchmark may drive the event loop by hand; the application never does.
    QElapsedTimer guard;
    guard.start();
    while (!done()) {
        if (guard.elapsed() > 10000)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int deals = 10000;
    int stages = 8;
    int runs = 9;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--deals"))
            deals = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--stages"))
            stages = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--runs"))
            runs = args.at(i + 1).toInt();
    }
    if (stages < 3 || runs < 1) {
        out << QStringLiteral("bench_board_view needs at least 3 stages and 1 run.") << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    Workspace ws;
    if (const Result r = ws.create(dir.filePath(QStringLiteral("bench.kempt"))); !r) {
        out << r.message() << Qt::endl;
        return 1;
    }
    QElapsedTimer t;
    t.start();
    // Only the last stage is gated, so that drops and moves between the others go through.
    if (const Result r = Bench::fillDeals(ws, deals, stages, stages - 1); !r) {
        out << r.message() << Qt::endl;
        return 1;
    }
    out << QStringLiteral("bench_board_view: %1 open deals in %2 stages (filled in %3 ms), platform %4; load average %5")
               .arg(deals)
               .arg(stages)
               .arg(ms(t), 0, 'f', 0)
               .arg(QGuiApplication::platformName(), loadAverage())
        << Qt::endl;
    DialogPresenter presenter;

    QList<double> first;
    for (int i = 0; i < runs; ++i) {
        PaintWatch watch;
        t.restart();
        auto view = std::make_unique<PipelineBoardView>(&ws, &presenter);
        view->resize(1360, 760);
        for (int c = 0; c < view->columnCount(); ++c)
            watch.watch(view->column(c)->cards()->viewport());
        watch.watch(view->wonZone()->viewport());
        watch.watch(view->lostZone()->viewport());
        view->show();
        if (spinUntil([&] { return firstPaintDone(*view, watch); }))
            first << ms(t);
        else
            out << QStringLiteral("first paint: not every column on screen painted within 10 s") << Qt::endl;
    }
    if (!first.isEmpty())
        out << QStringLiteral("first paint (view built, every column on screen and both zones painted): %1  [target 300 ms]")
                   .arg(summary(first))
            << Qt::endl;

    PipelineBoardView view(&ws, &presenter);
    view.resize(1360, 760);
    PaintWatch watch;
    for (int c = 0; c < view.columnCount(); ++c)
        watch.watch(view.column(c)->cards()->viewport());
    watch.watch(view.wonZone()->viewport());
    watch.watch(view.lostZone()->viewport());
    view.show();
    spinUntil([&] { return firstPaintDone(view, watch); });
    PipelineBoardModel *board = view.model();
    // Sources and targets are among the columns on screen and before the gated last stage,
    // so that every drop and move is one the board accepts and a repaint can be seen.
    const int usable = std::min(columnsOnScreen(view), stages - 1);
    if (usable < 2) {
        out << QStringLiteral("fewer than two ungated columns on screen; no drops measured") << Qt::endl;
        return 1;
    }
    QRandomGenerator rng(7);

    QList<double> drops;
    for (int tries = 0; drops.size() < runs && tries < 4 * runs; ++tries) {
        const int from = int(rng.bounded(usable - 1));
        BoardCardList *source = view.column(from)->cards();
        BoardCardList *target = view.column(from + 1)->cards();
        const QModelIndex card = cardOnScreen(source, rng);
        const QModelIndex onto = cardOnScreen(target, rng);
        if (!card.isValid() || !onto.isValid())
            continue;
        const qint64 id = card.data(PipelineBoardModel::IdRole).toLongLong();
        std::unique_ptr<QMimeData> data(board->mimeData({card}));
        // Just inside the top edge of a card: dropped in front of it.
        const QRect aim = target->visualRect(onto);
        const QPoint at(aim.center().x(), aim.top() + 3);
        watch.reset();
        t.restart();
        QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target->viewport(), &enter);
        QDragMoveEvent move(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target->viewport(), &move);
        QDropEvent drop(QPointF(at), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target->viewport(), &drop);
        const bool landed = board->dealIndex(id).parent() == target->rootIndex();
        if (!drop.isAccepted() || !landed) {
            out << QStringLiteral("drop refused (not counted): deal %1 from column %2 at %3,%4: %5")
                       .arg(id)
                       .arg(from)
                       .arg(at.x())
                       .arg(at.y())
                       .arg(board->dropRefusal())
                << Qt::endl;
            continue;
        }
        if (spinUntil([&] { return watch.painted(target->viewport()); }))
            drops << ms(t);
    }
    if (!drops.isEmpty())
        out << QStringLiteral("drop commits and the target column repaints: %1  [target 100 ms]").arg(summary(drops)) << Qt::endl;

    QList<double> moves;
    for (int tries = 0; moves.size() < runs && tries < 4 * runs; ++tries) {
        const int from = int(rng.bounded(usable - 1));
        BoardCardList *source = view.column(from)->cards();
        BoardCardList *next = view.column(from + 1)->cards();
        const QModelIndex card = cardOnScreen(source, rng);
        if (!card.isValid())
            continue;
        const qint64 id = card.data(PipelineBoardModel::IdRole).toLongLong();
        view.focusDeal(id);
        QCoreApplication::processEvents();
        watch.reset();
        t.restart();
        QTest::keyClick(source, Qt::Key_Right, Qt::ControlModifier);
        if (board->dealIndex(id).parent() != next->rootIndex()) {
            out << QStringLiteral("Ctrl+Right refused (not counted): deal %1 from column %2: %3").arg(id).arg(from).arg(board->dropRefusal())
                << Qt::endl;
            continue;
        }
        if (spinUntil([&] { return watch.painted(next->viewport()); }))
            moves << ms(t);
    }
    if (!moves.isEmpty())
        out << QStringLiteral("Ctrl+Right commits and the next column repaints: %1  [target 100 ms]").arg(summary(moves)) << Qt::endl;
    out << QStringLiteral("load average after: %1").arg(loadAverage()) << Qt::endl;
    return 0;
}
