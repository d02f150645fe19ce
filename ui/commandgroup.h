#pragma once

#include <QList>
#include <QString>

class QUndoCommand;

namespace Kempt {

class Workspace;

// Runs several commands as one undo step, all or nothing: when one fails, those before
// it are undone and the step leaves no trace on the stack. One command is pushed as is.
// Takes ownership of the commands.
class CommandGroup
{
public:
    // False when a command failed; *error then holds the reason the workspace gave.
    static bool run(Workspace *workspace, const QString &text, const QList<QUndoCommand *> &commands,
                    QString *error = nullptr);
};

} // namespace Kempt
