#include "commands/deletetags.h"
#include "storage/workspace.h"
#include "stores/tagstore.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
QString label(Workspace *workspace, const QList<qint64> &tagIds)
{
    if (tagIds.size() == 1 && workspace)
        return QCoreApplication::translate("Command", "Delete tag %1").arg(TagStore(workspace->db()).find(tagIds.first()).name);
    return QCoreApplication::translate("Command", "Delete %Ln tags", nullptr, int(tagIds.size()));
}
} // namespace

DeleteTags::DeleteTags(Workspace *workspace, const QList<qint64> &tagIds)
    : BatchCommand(workspace, label(workspace, tagIds), tagIds.size() == 1 ? BatchKind::Edit : BatchKind::Bulk)
    , m_tagIds(tagIds)
{
}

Result DeleteTags::apply(QSqlDatabase db)
{
    return TagStore(db).remove(m_tagIds);
}

} // namespace Kempt
