#include "commandgroup.h"

#include "storage/workspace.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace Kempt {

bool CommandGroup::run(Workspace *workspace, const QString &text, const QList<QUndoCommand *> &commands, QString *error)
{
    if (!workspace || !workspace->isOpen() || commands.isEmpty()) {
        qDeleteAll(commands);
        return false;
    }
    QString failure;
    bool failed = false;
    const auto watch = QObject::connect(workspace, &Workspace::errorOccurred, workspace, [&](const QString &message) {
        failed = true;
        if (failure.isEmpty())
            failure = message;
    });
    QUndoStack *stack = workspace->undoStack();
    const bool grouped = commands.size() > 1;
    if (grouped)
        stack->beginMacro(text);
    for (QUndoCommand *command : commands) {
        if (failed) {
            delete command;
            continue;
        }
        stack->push(command);
    }
    if (grouped) {
        stack->endMacro();
        if (failed) {
            // Take back what went through, then let the empty step drop itself.
            auto *macro = const_cast<QUndoCommand *>(stack->command(stack->index() - 1));
            if (macro && macro->childCount() > 0) {
                stack->undo();
                macro->setObsolete(true);
                stack->redo();
            } else if (macro) {
                macro->setObsolete(true);
                stack->undo();
            }
        }
    }
    QObject::disconnect(watch);
    if (error)
        *error = failure;
    return !failed;
}

} // namespace Kempt
