// Measures the pipeline board on 10,000 open deals in a pipeline of 8 stages: the first
// data a board widget needs (every column header and the first cards of each column),
// a drop that commits and updates the model, a keyboard move, a filter change and the
// reports. Prints figures and the load average; never fails on time.
//
//   bench_board [--deals N] [--stages S] [--runs K]

#include "dealsfiller.h"
#include "processstats.h"

#include "commands/movedeal.h"
#include "itemmodels/dealmimedata.h"
#include "itemmodels/pipelineboardmodel.h"
#include "reports/dealreports.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMimeData>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>
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

struct Figures
{
    QList<double> values;
    void add(double v) { values << v; }
    QString summary() const
    {
        QList<double> s = values;
        std::sort(s.begin(), s.end());
        return QStringLiteral("median %1 ms, max %2 ms (n=%3)")
            .arg(s.at(s.size() / 2), 0, 'f', 1)
            .arg(s.last(), 0, 'f', 1)
            .arg(s.size());
    }
};

// What a board widget reads before it can paint: every header and a screenful of cards.
int touchFirstScreen(const PipelineBoardModel &board)
{
    int read = 0;
    for (int s = 0; s < board.rowCount(); ++s) {
        const QModelIndex stage = board.index(s, 0);
        read += stage.data(PipelineBoardModel::CountRole).toInt() >= 0;
        stage.data(PipelineBoardModel::WeightedValueRole);
        for (int r = 0; r < std::min(board.rowCount(stage), 12); ++r) {
            const QModelIndex card = board.index(r, 0, stage);
            card.data(PipelineBoardModel::TitleRole);
            card.data(PipelineBoardModel::FormattedValueRole);
            card.data(PipelineBoardModel::DaysInStageRole);
            ++read;
        }
    }
    return read;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int deals = 10000;
    int stages = 8;
    int runs = 15;
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
    // The second half of the stages is gated; the drops below stay in the first half.
    if (const Result r = Bench::fillDeals(ws, deals, stages, stages / 2); !r) {
        out << r.message() << Qt::endl;
        return 1;
    }
    out << QStringLiteral("bench_board: %1 open deals in %2 stages (filled in %3 ms); load average %4")
               .arg(deals)
               .arg(stages)
               .arg(ms(t), 0, 'f', 0)
               .arg(loadAverage())
        << Qt::endl;

    Figures first;
    for (int i = 0; i < runs; ++i) {
        t.restart();
        PipelineBoardModel board(&ws);
        touchFirstScreen(board);
        first.add(ms(t));
    }
    out << QStringLiteral("first data (model built, headers + 12 cards per column): %1  [target 300 ms]").arg(first.summary()) << Qt::endl;

    PipelineBoardModel board(&ws);
    Figures drops;
    Figures reorders;
    QRandomGenerator rng(7);
    for (int i = 0; i < runs; ++i) {
        // A card from an ungated stage dropped on the next stage, in front of a card there.
        const int from = int(rng.bounded(stages / 2 - 1));
        const QModelIndex source = board.index(int(rng.bounded(std::max(1, board.rowCount(board.index(from, 0))))), 0, board.index(from, 0));
        std::unique_ptr<QMimeData> data(board.mimeData({source}));
        const QModelIndex target = board.index(from + 1, 0);
        t.restart();
        const bool ok = board.dropMimeData(data.get(), Qt::MoveAction, int(rng.bounded(board.rowCount(target) + 1)), 0, target);
        touchFirstScreen(board);
        drops.add(ms(t));
        if (!ok)
            out << QStringLiteral("drop refused: %1").arg(board.dropRefusal()) << Qt::endl;
        // The same card one place up, as Ctrl+Up would.
        const qint64 id = board.index(0, 0, target).data(PipelineBoardModel::IdRole).toLongLong();
        t.restart();
        board.reorderDeal(id, +1);
        reorders.add(ms(t));
    }
    out << QStringLiteral("drop commits and the model updates: %1  [target 100 ms]").arg(drops.summary()) << Qt::endl;
    out << QStringLiteral("keyboard reorder: %1").arg(reorders.summary()) << Qt::endl;

    Figures undos;
    for (int i = 0; i < runs && ws.undoStack()->canUndo(); ++i) {
        t.restart();
        ws.undoStack()->undo();
        undos.add(ms(t));
    }
    out << QStringLiteral("undo of a move: %1").arg(undos.summary()) << Qt::endl;

    Figures filters;
    for (int i = 0; i < runs; ++i) {
        t.restart();
        board.setOwnerFilter(i % 2 ? QString() : QStringLiteral("Owner %1").arg(i % 20));
        touchFirstScreen(board);
        filters.add(ms(t));
    }
    out << QStringLiteral("owner filter on/off: %1").arg(filters.summary()) << Qt::endl;

    Figures reports;
    for (int i = 0; i < runs; ++i) {
        t.restart();
        DealReports r(ws.db());
        QList<DealReports::ForecastMonth> months;
        QList<DealReports::StageTime> times;
        DealReports::WinRate w;
        r.forecast(&months);
        r.timeInStage(&times);
        r.winRate(&w);
        reports.add(ms(t));
    }
    out << QStringLiteral("reports (forecast, time in stage, win rate): %1").arg(reports.summary()) << Qt::endl;
    out << QStringLiteral("load average after: %1").arg(loadAverage()) << Qt::endl;
    return 0;
}
