#pragma once

// Fills an empty workspace with one pipeline of open deals for the board benchmarks
// (bench_board, bench_board_view), so that both measure the same data: 20 owners, 2,000
// companies and `deals` deals spread round-robin over `stages` stages, with random values,
// close dates in the next six months and 0..59 days in their stage. Header-only so that
// any bench_*.cpp can use it.

#include "core/result.h"
#include "domain/deal.h"
#include "storage/sqlerror.h"
#include "storage/workspace.h"
#include "stores/pipelinestore.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace Kempt::Bench {

// Stages from firstGatedStage on require a value and an expected close date, so a benchmark
// chooses which moves a gate may refuse (stages for none). The pipeline as stored (with
// its ids) goes to *pipeline when given.
inline Result fillDeals(Workspace &ws, int deals, int stages, int firstGatedStage, Pipeline *pipeline = nullptr)
{
    return ws.write(BatchKind::Import, QStringLiteral("bench deals"), [&](QSqlDatabase db) {
        Pipeline p;
        p.name = QStringLiteral("Bench");
        for (int s = 0; s < stages; ++s)
            p.stages << Stage{0, 0, QStringLiteral("Stage %1").arg(s + 1), s, double(s + 1) / (stages + 1), 14,
                              s >= firstGatedStage ? QStringList{QStringLiteral("value"), QStringLiteral("expected_close")}
                                                   : QStringList()};
        Result r = PipelineStore(db).insert(p);
        if (!r)
            return r;
        if (pipeline)
            *pipeline = p;
        QSqlQuery q(db);
        for (int o = 0; r && o < 20; ++o)
            r = exec(q, QStringLiteral("INSERT INTO users(name) VALUES (?)"), {QStringLiteral("Owner %1").arg(o)});
        for (int c = 0; r && c < 2000; ++c)
            r = exec(q, QStringLiteral("INSERT INTO companies(name) VALUES (?)"), {QStringLiteral("Company %1").arg(c)});
        // A fixed seed: every run, and both benchmarks, see the same deals.
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

} // namespace Kempt::Bench
