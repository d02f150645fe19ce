#pragma once

#include "commands/batchcommand.h"
#include "domain/deal.h"

namespace Kempt {

// Adds a stage to stage.pipelineId at position (-1: at the end).
class AddStage : public BatchCommand
{
public:
    AddStage(Workspace *workspace, const Stage &stage, int position = -1);
    qint64 stageId() const { return m_stage.id; }

protected:
    Result apply(QSqlDatabase db) override;

private:
    Stage m_stage;
    int m_position;
};

} // namespace Kempt
