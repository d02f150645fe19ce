#pragma once

#include "core/result.h"
#include "import/mappingprofile.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace Kempt {

// Reads and writes the saved column mappings (mapping_profiles). A profile is keyed to the
// headers it was made for, so the wizard offers it again for a file with the same headers
// (forHeaders()) and kempt-cli takes it by name (import --mapping NAME). Names are unique,
// compared without case; saving under an existing name replaces that profile. Writers run
// inside Workspace::write: in the GUI through SaveMappingProfile and DeleteMappingProfile,
// so a saved profile can be undone; the table is journaled.
//
//   MappingProfileStore store(db);
//   for (const MappingProfile &p : store.forHeaders(probe.headers)) offer(p.name);
//   ImportMapping mapping;
//   MappingProfileStore::apply(*store.find(name), headers, &mapping);
class MappingProfileStore
{
public:
    explicit MappingProfileStore(QSqlDatabase db);

    // By name.
    QList<MappingProfile> list() const;
    // Profiles made for these headers, most recently saved first.
    QList<MappingProfile> forHeaders(const QStringList &headers) const;
    std::optional<MappingProfile> find(const QString &name) const;

    // Sets profile.id, headerKey and updatedAt. A name must have a letter or digit and at
    // most 100 characters; the mapping must map something.
    Result save(MappingProfile &profile);
    // Fails, naming it, when there is no profile of that name.
    Result remove(const QString &name);

    // The profile's mapping for a file with these headers; fails, naming the profile and
    // the first column that differs, when the file is another one.
    static Result apply(const MappingProfile &profile, const QStringList &headers, ImportMapping *mapping);

private:
    QList<MappingProfile> query(const QString &where, const QVariantList &binds, const QString &order) const;

    QSqlDatabase m_db;
};

} // namespace Kempt
