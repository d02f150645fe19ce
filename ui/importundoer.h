#pragma once

#include <QtGlobal>

namespace Kempt {

class MessagePresenter;
class Workspace;

// Takes an import back through the undo stack (UndoImport), from the wizard's summary or
// the Import history, and tells the person when that failed.
class ImportUndoer
{
public:
    // True when the import was undone; a failure is shown through presenter.
    static bool undo(Workspace *workspace, MessagePresenter *presenter, qint64 importId);
};

} // namespace Kempt
