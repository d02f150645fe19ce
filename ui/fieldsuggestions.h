#pragma once

#include "domain/fielddef.h"

#include <QStringList>

namespace Kempt {

class Workspace;

// Values offered in editable combo boxes: the workspace's owners and companies, a custom
// field's choices, and common values for built-in picklists. Anything else may be typed.
class FieldSuggestions
{
public:
    static QStringList of(const FieldDef &field, Workspace *workspace);

    static QStringList salutations();
    static QStringList leadSources();
    static QStringList industries();
    static QStringList companySizes();
};

} // namespace Kempt
