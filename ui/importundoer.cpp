#include "importundoer.h"
#include "commandrunner.h"
#include "messagepresenter.h"

#include "commands/undoimport.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace Kempt {

bool ImportUndoer::undo(Workspace *workspace, MessagePresenter *presenter, qint64 importId)
{
    if (!workspace || !workspace->isOpen() || importId <= 0)
        return false;
    QUndoStack *stack = workspace->undoStack();
    const int before = stack->count();
    if (!CommandRunner::push(workspace, new UndoImport(workspace, importId)))
        return false; // the workspace reported it through errorOccurred
    // UndoImport keeps its result instead of signalling it: look at the command the
    // stack now holds (a command that drops itself leaves the count as it was).
    const auto *command = stack->count() > before ? dynamic_cast<const UndoImport *>(stack->command(stack->count() - 1)) : nullptr;
    if (command && command->succeeded())
        return true;
    if (presenter)
        presenter->error(command ? command->lastResult().message()
                                 : QCoreApplication::translate("ImportUndoer", "The import could not be undone."));
    return false;
}

} // namespace Kempt
