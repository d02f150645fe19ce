#include "commands/deletemappingprofile.h"
#include "import/mappingprofilestore.h"

#include <QCoreApplication>

namespace Kempt {

DeleteMappingProfile::DeleteMappingProfile(Workspace *workspace, const QString &name)
    : BatchCommand(workspace, QCoreApplication::translate("Command", "Delete mapping %1").arg(name.simplified()))
    , m_name(name)
{
}

Result DeleteMappingProfile::apply(QSqlDatabase db)
{
    return MappingProfileStore(db).remove(m_name);
}

} // namespace Kempt
