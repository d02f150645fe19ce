#include "commands/addstage.h"
#include "stores/pipelinestore.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};
} // namespace

AddStage::AddStage(Workspace *workspace, const Stage &stage, int position)
    : BatchCommand(workspace, Tr::tr("Add stage %1").arg(stage.name.simplified()))
    , m_stage(stage)
    , m_position(position)
{
}

Result AddStage::apply(QSqlDatabase db)
{
    return PipelineStore(db).insertStage(m_stage, m_position);
}

} // namespace Kempt
