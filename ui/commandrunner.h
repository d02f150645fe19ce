#pragma once

class QUndoCommand;

namespace Kempt {

class Workspace;

// Pushes user edits on the workspace's undo stack and tells whether they worked: a
// failing command reports through Workspace::errorOccurred and drops itself from the stack.
class CommandRunner
{
public:
    // Runs command (push calls redo) and takes ownership; false when it failed.
    static bool push(Workspace *workspace, QUndoCommand *command);
};

} // namespace Kempt
