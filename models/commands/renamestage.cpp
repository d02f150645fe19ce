#include "commands/renamestage.h"
#include "stores/pipelinestore.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};
} // namespace

RenameStage::RenameStage(Workspace *workspace, qint64 stageId, const QString &name)
    : BatchCommand(workspace, Tr::tr("Rename stage to %1").arg(name.simplified()))
    , m_stageId(stageId)
    , m_name(name)
{
}

Result RenameStage::apply(QSqlDatabase db)
{
    std::optional<Stage> stage = PipelineStore(db).stage(m_stageId);
    if (!stage)
        return Result::failure(Tr::tr("The stage no longer exists; it may have been removed."));
    stage->name = m_name;
    return PipelineStore(db).updateStage(*stage);
}

} // namespace Kempt
