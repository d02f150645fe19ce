#pragma once

#include "commands/batchcommand.h"

namespace Kempt {

// Removes a stage; its deals move to targetStageId first (refused without one while it holds deals).
class RemoveStage : public BatchCommand
{
public:
    RemoveStage(Workspace *workspace, qint64 stageId, qint64 targetStageId = 0);

protected:
    Result apply(QSqlDatabase db) override;

private:
    qint64 m_stageId;
    qint64 m_targetStageId;
};

} // namespace Kempt
