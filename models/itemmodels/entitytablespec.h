#pragma once

#include "domain/fieldtype.h"

#include <QString>
#include <QStringList>

namespace Kempt {

// Everything the table machinery must know about one entity, kept in one place so that a
// new entity (deals) is one more case here rather than a branch in every model.
struct EntityTableSpec
{
    Entity entity = Entity::Contact;
    QString table;          // the entity's table, aliased "t" in every query
    QString ftsTable;       // its FTS5 index; empty when the entity has none
    QStringList likeSearch; // expressions searched with LIKE when there is no FTS5 index
    QString tagTable;       // link table to tags; empty when the entity has no tags
    QString tagOwner;       // the link table's column holding the entity's id
    QStringList refreshTables; // a change batch touching one of these can change what is shown
    // The narrowest partial index over live rows (WHERE deleted_at IS NULL). Counting live
    // rows scans it instead of the table: SQLite does not pick it by itself because the
    // index lacks deleted_at, although its WHERE already guarantees it.
    QString liveCountIndex;

    static EntityTableSpec of(Entity entity);
};

} // namespace Kempt
