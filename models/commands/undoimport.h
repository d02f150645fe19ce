#pragma once

#include "core/result.h"
#include "storage/batchkind.h"

#include <QPointer>
#include <QUndoCommand>

namespace Kempt {

class Workspace;

// Takes an import back: reverts the import's change batch from the journal, so that the
// contacts it created go and the records it updated get their old values back, exactly,
// whatever else was edited since; the Import history then shows it as undone. Undoing
// this command brings the import back the same way.
class UndoImport : public QUndoCommand
{
public:
    UndoImport(Workspace *workspace, qint64 importId);

    void redo() override;
    void undo() override;

    bool succeeded() const { return m_result.ok() && m_revertBatch > 0; }
    Result lastResult() const { return m_result; }

private:
    Result load();
    void revert(BatchKind kind, qint64 source, const QString &status);

    QPointer<Workspace> m_workspace;
    qint64 m_importId;
    qint64 m_importBatch = 0;
    qint64 m_revertBatch = 0;
    QString m_fileName;
    Result m_result;
};

} // namespace Kempt
