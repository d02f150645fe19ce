#pragma once

#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace Kempt {

// How deals travel through a pipeline: moves between and within stages (through the
// stage gate), winning, losing and reopening. Each keeps the stage history: one row per
// stay in a stage, the open stay with an empty left_at. Moving to another stage closes
// the stay and opens the next; winning or losing closes it; reopening opens a new one.
// Writers run inside Workspace::write; every refusal leaves the file unchanged.
class DealFlow
{
public:
    explicit DealFlow(QSqlDatabase db);

    // Whether the open deals may enter stageId: the message names the deals and the
    // fields the stage requires that they leave empty.
    Result checkMove(const QList<qint64> &ids, qint64 stageId) const;
    // Moves the deals, in this order, into stageId just before the open deal beforeId
    // (0 or a deal not in the stage: at the end). Moving within a stage only reorders.
    Result move(const QList<qint64> &ids, qint64 stageId, qint64 beforeId = 0);
    Result win(const QList<qint64> &ids);
    // reason must come from LostReasons::of(); it is stored as the list spells it.
    Result lose(const QList<qint64> &ids, const QString &reason);
    Result reopen(const QList<qint64> &ids);
    // Moves every deal of stageId (open, closed and trashed) to the end of targetStageId;
    // refused when an open one lacks a field the target requires.
    Result evacuateStage(qint64 stageId, qint64 targetStageId);

private:
    Result requireOpen(const QList<qint64> &ids, bool open) const;
    Result ranksBefore(qint64 stageId, const QList<qint64> &moving, qint64 beforeId, QList<double> *ranks);
    Result closeStay(qint64 dealId, const QString &at);
    Result openStay(qint64 dealId, qint64 stageId, const QString &at);
    QString titleOf(qint64 id) const;

    QSqlDatabase m_db;
};

} // namespace Kempt
