#pragma once

#include <QByteArray>
#include <QString>

namespace Kempt {

// Lawrence Philips' Double Metaphone (2000): a primary and an alternate phonetic code for
// a name, so that Smith/Smyth/Schmidt, Catherine/Kathryn and Jon/John meet in one block.
// Kempt writes it itself because Debian ships it for no C or C++ library (only as Perl
// and Python modules). The rules follow the published algorithm; codes are at most four
// characters. Input is folded to ASCII Latin first (LatinFolder), so it applies to names
// transliterated from Cyrillic, Arabic or Persian too.
class DoubleMetaphone
{
public:
    struct Codes
    {
        QByteArray primary;
        QByteArray alternate; // equal to primary when the name has one pronunciation
    };

    // word: letters A–Z (any case); other characters are ignored.
    static Codes encode(const QString &word, int maxLength = 4);
};

} // namespace Kempt
