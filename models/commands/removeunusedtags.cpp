#include "commands/removeunusedtags.h"
#include "stores/tagstore.h"

#include <QCoreApplication>

namespace Kempt {

RemoveUnusedTags::RemoveUnusedTags(Workspace *workspace)
    : BatchCommand(workspace, QCoreApplication::translate("Command", "Remove unused tags"), BatchKind::Bulk)
{
}

Result RemoveUnusedTags::apply(QSqlDatabase db)
{
    return TagStore(db).removeUnused(&m_removed);
}

} // namespace Kempt
