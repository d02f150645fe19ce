#pragma once

#include "commands/batchcommand.h"

namespace Kempt {

// Refused while deals belong to the pipeline, so that none is ever orphaned.
class DeletePipeline : public BatchCommand
{
public:
    DeletePipeline(Workspace *workspace, qint64 pipelineId);

protected:
    Result apply(QSqlDatabase db) override;

private:
    qint64 m_pipelineId;
};

} // namespace Kempt
