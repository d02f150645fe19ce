#pragma once

#include "commands/batchcommand.h"

namespace Kempt {

// Puts a stage at another position of its pipeline.
class MoveStage : public BatchCommand
{
public:
    MoveStage(Workspace *workspace, qint64 stageId, int position);

protected:
    Result apply(QSqlDatabase db) override;

private:
    qint64 m_stageId;
    int m_position;
};

} // namespace Kempt
