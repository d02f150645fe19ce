#pragma once

#include "commands/batchcommand.h"

namespace Kempt {

// Deletes a saved column mapping by name (MappingProfileStore).
class DeleteMappingProfile : public BatchCommand
{
public:
    DeleteMappingProfile(Workspace *workspace, const QString &name);

protected:
    Result apply(QSqlDatabase db) override;

private:
    QString m_name;
};

} // namespace Kempt
