#include "commands/createtag.h"
#include "stores/tagstore.h"

#include <QCoreApplication>

namespace Kempt {

CreateTag::CreateTag(Workspace *workspace, const QString &name, const QString &color)
    : BatchCommand(workspace, QCoreApplication::translate("Command", "Create tag %1").arg(name.trimmed()))
    , m_name(name)
    , m_color(color)
{
}

Result CreateTag::apply(QSqlDatabase db)
{
    return TagStore(db).create(m_name, m_color);
}

} // namespace Kempt
