#pragma once

#include "commands/createdeal.h"
#include "domain/deal.h"
#include "storage/workspace.h"
#include "stores/pipelinestore.h"
#include "testworkspace.h"

#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

namespace Kempt::Test {

// The default "Sales" pipeline (Lead 10 %, Qualified 25 %, Proposal 50 % and
// Negotiation 75 %; Proposal and Negotiation require value and expected close).
inline Pipeline addSales(Workspace *ws)
{
    Pipeline p = PipelineStore::defaultPipeline();
    const Result r = ws->write(BatchKind::System, QStringLiteral("pipeline"), [&](QSqlDatabase db) { return PipelineStore(db).insert(p); });
    if (!r)
        qFatal("cannot create the pipeline: %s", qPrintable(r.message()));
    return p;
}

inline Deal makeDeal(const QString &title, qint64 valueMinor, qint64 stageId = 0, const QString &expectedClose = QString(),
                     const QString &company = QString(), const QString &owner = QString())
{
    Deal d;
    d.title = title;
    d.valueMinor = valueMinor;
    d.stageId = stageId;
    d.expectedClose = expectedClose;
    d.companyName = company;
    d.ownerName = owner;
    return d;
}

// Through the undo stack, like the application; 0 when the command failed.
inline qint64 pushDeal(Workspace *ws, const Deal &deal)
{
    auto *command = new CreateDeal(ws, deal);
    ws->undoStack()->push(command);
    // A failed command is dropped by the stack, so read the id from the file.
    QSqlQuery q(ws->db());
    q.prepare(QStringLiteral("SELECT max(id) FROM deals WHERE title = ?"));
    q.addBindValue(deal.title);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

// Sets a deal's open stay to have begun days ago (the board counts days in stage from it).
inline void enteredDaysAgo(Workspace *ws, qint64 dealId, int days)
{
    const QString at = QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODate);
    const Result r = ws->write(BatchKind::System, QStringLiteral("age"), [&](QSqlDatabase db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE deal_stage_history SET entered_at = ? WHERE deal_id = ? AND left_at = ''"));
        q.addBindValue(at);
        q.addBindValue(dealId);
        return q.exec() ? Result::success() : Result::failure(QStringLiteral("cannot age the deal"));
    });
    if (!r)
        qFatal("%s", qPrintable(r.message()));
}

} // namespace Kempt::Test
