#include "commands/createpipeline.h"
#include "stores/pipelinestore.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};
} // namespace

CreatePipeline::CreatePipeline(Workspace *workspace, const Pipeline &pipeline)
    : BatchCommand(workspace, Tr::tr("Create pipeline %1").arg(pipeline.name.simplified()))
    , m_pipeline(pipeline)
{
}

Result CreatePipeline::apply(QSqlDatabase db)
{
    return PipelineStore(db).insert(m_pipeline);
}

} // namespace Kempt
