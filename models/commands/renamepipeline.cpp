#include "commands/renamepipeline.h"
#include "stores/pipelinestore.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};
} // namespace

RenamePipeline::RenamePipeline(Workspace *workspace, qint64 pipelineId, const QString &name)
    : BatchCommand(workspace, Tr::tr("Rename pipeline to %1").arg(name.simplified()))
    , m_pipelineId(pipelineId)
    , m_name(name)
{
}

Result RenamePipeline::apply(QSqlDatabase db)
{
    return PipelineStore(db).rename(m_pipelineId, m_name);
}

} // namespace Kempt
