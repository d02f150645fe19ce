#include "commands/removestage.h"
#include "stores/pipelinestore.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};
} // namespace

RemoveStage::RemoveStage(Workspace *workspace, qint64 stageId, qint64 targetStageId)
    : BatchCommand(workspace, Tr::tr("Remove stage"))
    , m_stageId(stageId)
    , m_targetStageId(targetStageId)
{
}

Result RemoveStage::apply(QSqlDatabase db)
{
    return PipelineStore(db).removeStage(m_stageId, m_targetStageId);
}

} // namespace Kempt
