#include "commands/deletepipeline.h"
#include "stores/pipelinestore.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};
} // namespace

DeletePipeline::DeletePipeline(Workspace *workspace, qint64 pipelineId)
    : BatchCommand(workspace, Tr::tr("Delete pipeline"))
    , m_pipelineId(pipelineId)
{
}

Result DeletePipeline::apply(QSqlDatabase db)
{
    return PipelineStore(db).remove(m_pipelineId);
}

} // namespace Kempt
