#include "commands/saveview.h"

#include <QCoreApplication>

namespace Kempt {

SaveView::SaveView(Workspace *workspace, const SavedView &view)
    : BatchCommand(workspace, QCoreApplication::translate("Command", "Save view %1").arg(view.name.trimmed()))
    , m_view(view)
{
}

Result SaveView::apply(QSqlDatabase db)
{
    return SavedViewStore(db).save(m_view);
}

} // namespace Kempt
