#include "commands/renametag.h"
#include "storage/workspace.h"
#include "stores/tagstore.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
QString label(Workspace *workspace, qint64 tagId, const QString &newName)
{
    const QString oldName = workspace ? TagStore(workspace->db()).find(tagId).name : QString();
    return QCoreApplication::translate("Command", "Rename tag %1 to %2").arg(oldName, newName.trimmed());
}
} // namespace

RenameTag::RenameTag(Workspace *workspace, qint64 tagId, const QString &newName)
    : BatchCommand(workspace, label(workspace, tagId, newName))
    , m_tagId(tagId)
    , m_newName(newName)
{
}

Result RenameTag::apply(QSqlDatabase db)
{
    return TagStore(db).rename(m_tagId, m_newName);
}

} // namespace Kempt
