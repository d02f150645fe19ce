#pragma once

#include "domain/fielddef.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Kempt {

// The values an editor offers for a field: the owners and companies of the workspace, a
// custom field's choices, and the style guide's picklist for the field. Picklist values
// are stored exactly as the guide spells them, never translated, so every locale writes
// the same data.
class FieldChoices
{
public:
    static QStringList of(const FieldDef &field, QSqlDatabase db);
};

} // namespace Kempt
