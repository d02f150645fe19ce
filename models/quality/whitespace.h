#pragma once

#include <QString>

namespace Kempt {

// Spacing as a person means it: no leading or trailing space, one space between words.
// Every Unicode space counts (NBSP, thin and ideographic spaces, tabs, line breaks,
// U+2028/2029); control characters are removed. ZWNJ is not a space: it stays (see
// UnicodeHygiene), as do the other format characters.
class Whitespace
{
public:
    static QString clean(const QString &text);
};

} // namespace Kempt
