#pragma once

#include "commands/batchcommand.h"
#include "stores/savedviewstore.h"

namespace Kempt {

// Saves the current table setup under a name; an existing view of that name is replaced.
class SaveView : public BatchCommand
{
public:
    SaveView(Workspace *workspace, const SavedView &view);
    // The saved view's id, once redo() has run.
    qint64 viewId() const { return m_view.id; }

protected:
    Result apply(QSqlDatabase db) override;

private:
    SavedView m_view;
};

} // namespace Kempt
