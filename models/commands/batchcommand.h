#pragma once

#include "core/result.h"
#include "storage/batchkind.h"
#include "storage/workspace.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QUndoCommand>

namespace Kempt {



// Base of every user edit. The first redo() runs apply() as one journaled batch; later
// undo()/redo() replay that batch from the change log, so ids and values come back exactly.
class BatchCommand : public QUndoCommand
{
public:
    BatchCommand(Workspace *workspace, const QString &text, BatchKind kind = BatchKind::Edit);

    void undo() override;
    void redo() override;

    qint64 batchId() const { return m_batchId; }
    // False when the first redo() failed; the stack then drops the command.
    bool succeeded() const { return m_batchId > 0; }
    Result lastResult() const { return m_result; }

protected:
    virtual Result apply(QSqlDatabase db) = 0;
    Workspace *workspace() const { return m_workspace; }

private:
    void fail(const Result &result);

    QPointer<Workspace> m_workspace;
    BatchKind m_kind;
    qint64 m_batchId = 0;
    Result m_result;
};

} // namespace Kempt
