#pragma once

#include <QString>
#include <QStringView>

namespace Kempt {

// Small code-point helpers shared by the data-quality checks. Static only: they
// exist so EmailValidator and EmailDomain describe characters the same way.
class UnicodeText
{
public:
    // “;” for a visible character, "U+200B" for one a person cannot see.
    static QString describe(char32_t c);
    // True for characters that make an address render as something else or not at
    // all: separators, controls, format (bidi, zero-width), private-use, unassigned,
    // and a combining mark with nothing before it to combine with.
    static bool isUnsafe(char32_t c, bool atStart);
    // Removes spaces and tabs (any Zs character) at both ends; keeps line breaks,
    // which mean a cell holds more than one line and must be looked at.
    static QStringView trimSpaces(QStringView s);
    static bool isAscii(QStringView s);
    // The code point at i (a surrogate pair counts as one); moves i past it.
    static char32_t next(QStringView s, qsizetype &i);
    static int utf8Length(QStringView s);
};

} // namespace Kempt
