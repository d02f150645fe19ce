#include "commands/movestage.h"
#include "stores/pipelinestore.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};
} // namespace

MoveStage::MoveStage(Workspace *workspace, qint64 stageId, int position)
    : BatchCommand(workspace, Tr::tr("Reorder stages"))
    , m_stageId(stageId)
    , m_position(position)
{
}

Result MoveStage::apply(QSqlDatabase db)
{
    return PipelineStore(db).moveStage(m_stageId, m_position);
}

} // namespace Kempt
