#pragma once

#include "commands/batchcommand.h"
#include "import/mappingprofile.h"

namespace Kempt {

// Saves an import's column mapping under a name (MappingProfileStore); a profile of that
// name is replaced. The import wizard pushes it when a person saves the mapping.
class SaveMappingProfile : public BatchCommand
{
public:
    SaveMappingProfile(Workspace *workspace, const QString &name, const ImportMapping &mapping);
    // The saved profile's id, once redo() has run.
    qint64 profileId() const { return m_profile.id; }

protected:
    Result apply(QSqlDatabase db) override;

private:
    MappingProfile m_profile;
};

} // namespace Kempt
