#include "commands/editstage.h"
#include "stores/pipelinestore.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};
} // namespace

EditStage::EditStage(Workspace *workspace, const Stage &stage)
    : BatchCommand(workspace, Tr::tr("Edit stage %1").arg(stage.name.simplified()))
    , m_stage(stage)
{
}

Result EditStage::apply(QSqlDatabase db)
{
    return PipelineStore(db).updateStage(m_stage);
}

} // namespace Kempt
