#pragma once

#include "domain/fielddef.h"

#include <QStringList>

namespace Kempt {

class Workspace;

// Values offered in editable combo boxes; models/ decides them (FieldChoices), this only
// reaches them from a widget. Anything else may still be typed.
class FieldSuggestions
{
public:
    static QStringList of(const FieldDef &field, Workspace *workspace);
    static QStringList of(const QString &fieldKey, Workspace *workspace);
};

} // namespace Kempt
