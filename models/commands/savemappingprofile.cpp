#include "commands/savemappingprofile.h"
#include "import/mappingprofilestore.h"

#include <QCoreApplication>

namespace Kempt {

SaveMappingProfile::SaveMappingProfile(Workspace *workspace, const QString &name, const ImportMapping &mapping)
    : BatchCommand(workspace, QCoreApplication::translate("Command", "Save mapping %1").arg(name.simplified()))
{
    m_profile.name = name;
    m_profile.mapping = mapping;
}

Result SaveMappingProfile::apply(QSqlDatabase db)
{
    return MappingProfileStore(db).save(m_profile);
}

} // namespace Kempt
