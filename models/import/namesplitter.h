#pragma once

#include <QString>

namespace Kempt {

// Splits a full name from a single column into its parts, the way a person reading the
// list would: "Berg, Anna Maria" is last name first; "Dr. Anna van der Berg" has a
// salutation and a particle that belongs to the last name; "Anna" alone is a first name.
// Scripts without spaces between names are left whole, as the first name.
class NameSplitter
{
public:
    struct Parts
    {
        QString salutation;
        QString first;
        QString middle;
        QString last;
    };
    static Parts split(const QString &fullName);
};

} // namespace Kempt
