#pragma once

#include "commands/batchcommand.h"

#include <QList>

namespace Kempt {

// Moves deals to a stage, in the given order, just before the open deal beforeDealId (0:
// at the end of the stage). Entering another stage passes its gate, closes the stay in
// the old stage and opens one in the new; a move within a stage only reorders. Undo
// restores stage, rank and history exactly (the journal replays the batch backwards).
class MoveDeal : public BatchCommand
{
public:
    MoveDeal(Workspace *workspace, const QList<qint64> &dealIds, qint64 stageId, qint64 beforeDealId = 0);

protected:
    Result apply(QSqlDatabase db) override;

private:
    QList<qint64> m_ids;
    qint64 m_stageId;
    qint64 m_beforeId;
};

} // namespace Kempt
