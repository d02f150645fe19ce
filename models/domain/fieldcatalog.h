#pragma once

#include "domain/fielddef.h"

#include <QList>
#include <QSqlDatabase>

namespace Kempt {

// The fields of each entity, in display order, including the workspace's custom fields.
class FieldCatalog
{
public:
    static QList<FieldDef> builtIn(Entity entity);
    // Built-in fields followed by the custom fields defined in the workspace.
    static QList<FieldDef> fields(Entity entity, QSqlDatabase db);
    static FieldDef find(const QList<FieldDef> &fields, const QString &key);

    static QString tableOf(Entity entity);
    static QString entityName(Entity entity); // "contact", "company", "deal"
    static QString tagTableOf(Entity entity);  // contact_tags, company_tags
    static QString tagOwnerColumn(Entity entity);
};

} // namespace Kempt
