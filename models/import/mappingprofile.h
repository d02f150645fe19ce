#pragma once

#include "import/importmapping.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Kempt {

// A column mapping saved under a name (table mapping_profiles), offered again for files
// whose headers say the same (ImportMapping::headerKey).
struct MappingProfile
{
    qint64 id = 0;
    QString name;
    QString headerKey;
    ImportMapping mapping;
    QString updatedAt; // ISO 8601 UTC

    QJsonObject toJson() const
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("name"), name},
                {QStringLiteral("headers"), QJsonArray::fromStringList(mapping.headers())},
                {QStringLiteral("updated_at"), updatedAt},
                {QStringLiteral("mapping"), mapping.toJson()}};
    }
};

} // namespace Kempt
