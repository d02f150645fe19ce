#pragma once

#include "core/result.h"

#include <QPointer>
#include <QUndoCommand>

namespace Kempt {

class Workspace;

// "Skip": puts a duplicate group of the last scan aside for later, so the review moves on
// and the group is listed after the ones not yet looked at (duplicate_groups.skipped).
// Nothing about the records is decided. The flag is derived data, not journaled, so the
// command keeps its own undo like MarkNotDuplicate, and the workspace emits no changed():
// the duplicate list refreshes itself after pushing it.
class SkipDuplicateGroup : public QUndoCommand
{
public:
    SkipDuplicateGroup(Workspace *workspace, qint64 groupId, const QString &groupName);

    void redo() override;
    void undo() override;

    qint64 groupId() const { return m_groupId; }
    Result lastResult() const { return m_result; }

private:
    void set(bool skipped);

    QPointer<Workspace> m_workspace;
    qint64 m_groupId;
    Result m_result;
};

} // namespace Kempt
