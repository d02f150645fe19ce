#pragma once

#include "commands/batchcommand.h"
#include "domain/deal.h"

namespace Kempt {

// A new pipeline with its stages; without stages it gets those of PipelineStore::defaultPipeline().
class CreatePipeline : public BatchCommand
{
public:
    CreatePipeline(Workspace *workspace, const Pipeline &pipeline);
    qint64 pipelineId() const { return m_pipeline.id; }

protected:
    Result apply(QSqlDatabase db) override;

private:
    Pipeline m_pipeline;
};

} // namespace Kempt
