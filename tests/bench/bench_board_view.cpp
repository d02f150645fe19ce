// Measures the pipeline board as a person meets it, widgets included, on 10,000 open
// deals in a pipeline of 8 stages:
//   first paint   from creating the board view to every column and both zones painted once
//   drop          a card dropped on the next column (drag events through the view, the
//                 MoveDeal commit, the model update) until the target column has repainted
//   keyboard move Ctrl+Right on a focused card until the target column has repainted
// Prints figures and the load average; never fails on time.
//
//   bench_board_view [--deals N] [--stages S] [--runs K]
//
// Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.

#include "boardcardlist.h"
#include "boardcolumn.h"
#include "dialogpresenter.h"
#include "pipelineboardview.h"

#include "itemmodels/pipelineboardmodel.h"
#include "storage/sqlerror.h"
#include "storage/workspace.h"
#include "stores/pipelinestore.h"

#include <QApplication>
#include <QDragMoveEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace Kempt;

namespace {

QTextStream out(stdout);

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2) : QStringLiteral("n/a");
}

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

Result fill(Workspace &ws, int deals, int stages)
{
    return ws.write(BatchKind::Import, QStringLiteral("bench deals"), [&](QSqlDatabase db) {
        Pipeline p;
        p.name = QStringLiteral("Bench");
        // Only the last stage has a gate, so that drops between the others go through.
        for (int s = 0; s < stages; ++s)
            p.stages << Stage{0, 0, QStringLiteral("Stage %1").arg(s + 1), s, double(s + 1) / (stages + 1), 14,
                              s == stages - 1 ? QStringList{QStringLiteral("value"), QStringLiteral("expected_close")} : QStringList()};
        Result r = PipelineStore(db).insert(p);
        QSqlQuery q(db);
        for (int o = 0; r && o < 20; ++o)
            r = exec(q, QStringLiteral("INSERT INTO users(name) VALUES (?)"), {QStringLiteral("Owner %1").arg(o)});
        for (int c = 0; r && c < 2000; ++c)
            r = exec(q, QStringLiteral("INSERT INTO companies(name) VALUES (?)"), {QStringLiteral("Company %1").arg(c)});
        QRandomGenerator rng(42);
        const QDate today = QDate::currentDate();
        for (int i = 0; r && i < deals; ++i) {
            const int stage = i % stages;
            const QString entered = QDateTime(today.addDays(-int(rng.bounded(60))), QTime(9, 0), Qt::UTC).toString(Qt::ISODate);
            r = exec(q, QStringLiteral("INSERT INTO deals(title, value_minor, company_id, owner_id, pipeline_id, stage_id, rank, "
                                       "expected_close, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {QStringLiteral("Deal %1").arg(i), qint64(100 + rng.bounded(100000)) * 100, qint64(1 + rng.bounded(2000)),
                      qint64(1 + rng.bounded(20)), p.id, p.stages.at(stage).id, double(i / stages + 1),
                      today.addDays(int(rng.bounded(180))).toString(Qt::ISODate), entered});
            if (r)
                r = exec(q, QStringLiteral("INSERT INTO deal_stage_history(deal_id, stage_id, entered_at) VALUES (?, ?, ?)"),
                         {q.lastInsertId(), p.stages.at(stage).id, entered});
        }
        return r;
    });
}

// Notes which card lists have painted since the last reset.
class PaintWatch : public QObject
{
public:
    void watch(QWidget *viewport)
    {
        viewport->installEventFilter(this);
        m_watched.insert(viewport);
    }
    void reset() { m_painted.clear(); }
    bool painted(QWidget *viewport) const { return m_painted.contains(viewport); }
    bool allPainted() const { return m_painted.size() == m_watched.size(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            m_painted.insert(static_cast<QWidget *>(watched));
        return QObject::eventFilter(watched, event);
    }

private:
    QSet<QWidget *> m_watched;
    QSet<QWidget *> m_painted;
};

template<typename Done>
void spinUntil(const Done &done)
{
    // A benchmark may drive the event loop by hand; the application never does.
    QElapsedTimer guard;
    guard.start();
    while (!done() && guard.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
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
    QTemporaryDir dir;
    Workspace ws;
    if (const Result r = ws.create(dir.filePath(QStringLiteral("bench.kempt"))); !r) {
        out << r.message() << Qt::endl;
        return 1;
    }
    QElapsedTimer t;
    t.start();
    if (const Result r = fill(ws, deals, stages); !r) {
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
        spinUntil([&] { return watch.allPainted(); });
        first << ms(t);
    }
    out << QStringLiteral("first paint (view built, every visible column and both zones painted): %1  [target 300 ms]").arg(summary(first))
        << Qt::endl;

    PipelineBoardView view(&ws, &presenter);
    view.resize(1360, 760);
    view.show();
    PaintWatch watch;
    for (int c = 0; c < view.columnCount(); ++c)
        watch.watch(view.column(c)->cards()->viewport());
    spinUntil([&] { return watch.allPainted(); });
    PipelineBoardModel *board = view.model();
    QList<double> drops;
    QList<double> moves;
    QRandomGenerator rng(7);
    // Columns on screen without scrolling: the drop target must be visible to repaint.
    const int visible = std::max(2, std::min(stages - 1, 1360 / (BoardColumn::preferredWidth() + 10)));
    for (int i = 0; i < runs; ++i) {
        const int from = int(rng.bounded(visible - 1));
        BoardCardList *source = view.column(from)->cards();
        BoardCardList *target = view.column(from + 1)->cards();
        const QModelIndex card = board->index(int(rng.bounded(4)), 0, source->rootIndex());
        std::unique_ptr<QMimeData> data(board->mimeData({card}));
        const QRect second = target->visualRect(board->index(1, 0, target->rootIndex()));
        const QPoint at(second.center().x(), second.top() + 3);
        watch.reset();
        t.restart();
        QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target->viewport(), &enter);
        QDragMoveEvent move(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target->viewport(), &move);
        QDropEvent drop(QPointF(at), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target->viewport(), &drop);
        spinUntil([&] { return watch.painted(target->viewport()); });
        drops << ms(t);
        if (!drop.isAccepted())
            out << QStringLiteral("drop refused: %1 move %2 at %3,%4 card %5 from %6").arg(board->dropRefusal()).arg(move.isAccepted()).arg(at.x()).arg(at.y()).arg(card.isValid()).arg(from) << Qt::endl;

        // The card just dropped, one stage further by keyboard.
        const qint64 id = card.isValid() ? target->currentDealId() : 0;
        if (id > 0 && from + 2 < visible) {
            BoardCardList *next = view.column(from + 2)->cards();
            view.focusDeal(id);
            watch.reset();
            t.restart();
            QTest::keyClick(target, Qt::Key_Right, Qt::ControlModifier);
            spinUntil([&] { return watch.painted(next->viewport()); });
            moves << ms(t);
        }
    }
    out << QStringLiteral("drop commits and the target column repaints: %1  [target 100 ms]").arg(summary(drops)) << Qt::endl;
    if (!moves.isEmpty())
        out << QStringLiteral("Ctrl+Right commits and the next column repaints: %1").arg(summary(moves)) << Qt::endl;
    out << QStringLiteral("load average after: %1").arg(loadAverage()) << Qt::endl;
    return 0;
}
