#include "commands/batchcommand.h"
#include "storage/workspace.h"

#include <QCoreApplication>

namespace Kempt {

BatchCommand::BatchCommand(Workspace *workspace, const QString &text, BatchKind kind)
    : m_workspace(workspace)
    , m_kind(kind)
{
    setText(text);
}

void BatchCommand::redo()
{
    if (!m_workspace)
        return;
    if (m_batchId == 0) {
        qint64 id = 0;
        m_result = m_workspace->write(m_kind, text(), [this](QSqlDatabase db) { return apply(db); }, &id);
        if (!m_result)
            return fail(m_result);
        m_batchId = id;
        // A change that changed nothing is not worth an undo step.
        if (m_batchId == 0)
            setObsolete(true);
        return;
    }
    m_result = m_workspace->replay(m_batchId);
    if (!m_result)
        fail(m_result);
}

void BatchCommand::undo()
{
    if (!m_workspace || m_batchId == 0)
        return;
    m_result = m_workspace->revert(m_batchId);
    if (!m_result)
        fail(m_result);
}

void BatchCommand::fail(const Result &result)
{
    setObsolete(true);
    Q_EMIT m_workspace->errorOccurred(result.message());
}

} // namespace Kempt
