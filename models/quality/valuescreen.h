#pragma once

#include <QStringView>

namespace Kempt {

// Cheap tests that tell the rule engine a value is already clean, so the audit of a
// million records spends its time only on the values that need the full normalizers.
// Each answers "certainly unchanged" (false) or "look closer" (true): a true never
// decides anything on its own.
class ValueScreen
{
public:
    // Whether Whitespace::clean() could change the value.
    static bool mayNeedWhitespaceClean(QStringView value);
    // Whether UnicodeHygiene::clean() could change it: only scripts where NFC, invisible
    // characters and Arabic letter forms cannot occur are passed.
    static bool mayNeedUnicodeClean(QStringView value);
    // Whether NameCaser's title case could change a person's name: not when every word is
    // a capital followed by lowercase letters (Ann, Müller, Иван) or has no case at all
    // (محمد), and none starts with Mc (McDonald's inner capital).
    static bool mayNeedPersonTitleCase(QStringView value);
    // yyyy-mm-dd with a real calendar date.
    static bool isIsoDate(QStringView value);
    // Two ASCII capitals (whether they name a country is for CountryNormalizer).
    static bool looksLikeCountryCode(QStringView value);
    // Whether a phone's text spells the E.164 form stored with it, in the international
    // (+CC …) or national (0 …) way: then the number was normalized when it was saved
    // and is not parsed again. Parsing costs libphonenumber tens of microseconds, which
    // an audit of a million contacts cannot spend on numbers that are already right.
    // Only the digits are compared, not how they are grouped.
    static bool spellsStoredPhone(QStringView text, QStringView e164, bool national);
};

} // namespace Kempt
