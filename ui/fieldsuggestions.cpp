#include "fieldsuggestions.h"

#include "domain/fieldcatalog.h"
#include "quality/fieldchoices.h"
#include "storage/workspace.h"

namespace Kempt {

QStringList FieldSuggestions::of(const FieldDef &field, Workspace *workspace)
{
    if (!workspace || !workspace->isOpen())
        return field.choices;
    return FieldChoices::of(field, workspace->db());
}

QStringList FieldSuggestions::of(const QString &fieldKey, Workspace *workspace)
{
    for (Entity entity : {Entity::Contact, Entity::Company}) {
        const FieldDef field = FieldCatalog::find(FieldCatalog::builtIn(entity), fieldKey);
        if (field.isValid())
            return of(field, workspace);
    }
    return {};
}

} // namespace Kempt
