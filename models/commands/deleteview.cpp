#include "commands/deleteview.h"

#include <QCoreApplication>

namespace Kempt {

DeleteView::DeleteView(Workspace *workspace, const SavedView &view)
    : BatchCommand(workspace, QCoreApplication::translate("Command", "Delete view %1").arg(view.name))
    , m_viewId(view.id)
{
}

Result DeleteView::apply(QSqlDatabase db)
{
    return SavedViewStore(db).remove(m_viewId);
}

} // namespace Kempt
