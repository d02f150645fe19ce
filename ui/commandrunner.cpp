#include "commandrunner.h"

#include "storage/workspace.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace Kempt {

bool CommandRunner::push(Workspace *workspace, QUndoCommand *command)
{
    if (!workspace || !workspace->isOpen()) {
        delete command;
        return false;
    }
    bool failed = false;
    const auto watch = QObject::connect(workspace, &Workspace::errorOccurred, workspace,
                                        [&failed](const QString &) { failed = true; });
    workspace->undoStack()->push(command);
    QObject::disconnect(watch);
    return !failed;
}

} // namespace Kempt
