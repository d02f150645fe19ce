#pragma once

#include <QString>

namespace Kempt {

// One value a style-guide fix changed, so that the editor can show it, the import can
// count it and the audit can list "before -> after" for the person to confirm.
struct FieldChange
{
    QString field;  // QualityRecord key ("phone")
    int index = 0;  // which of several values (e-mail, phone); 0 for the others
    QString ruleId; // the rule whose fix changed it
    QString before;
    QString after;

    bool operator==(const FieldChange &o) const
    {
        return field == o.field && index == o.index && ruleId == o.ruleId && before == o.before && after == o.after;
    }
};

} // namespace Kempt
