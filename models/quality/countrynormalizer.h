#pragma once

#include "quality/verdict.h"

#include <QLocale>
#include <QString>
#include <QStringList>

namespace Kempt {

// Countries are stored as ISO 3166-1 alpha-2 codes (DE, US, GB) and shown by name in
// the reader's language.
//
// Recognised: alpha-2 and alpha-3 codes; every country's name in English, Arabic,
// Persian, Russian, German, French and Spanish as ICU knows it (with ICU's short and
// variant names: UK, Ivory Coast, Türkiye); the aliases in
// resources/quality/country_aliases.tsv (USA, U.S., America, England → GB, Holland →
// NL, США, الإمارات, امریکا …). Arabic names also match without their article ال.
// Text is compared by UnicodeHygiene::matchKey with everything but letters and digits
// removed. XK (Kosovo, user-assigned but in wide use) is accepted; ICU's DG, EA and IC
// are not countries and are left out. The table is built once, on first use, and is
// read-only afterwards, so any thread may use it.
class CountryNormalizer
{
public:
    // Valid when the value already is an upper-case alpha-2 code; Warning with the code
    // as normalized for any other spelling Kempt recognises; Invalid otherwise, and for a
    // name that could mean two countries (Congo). Empty stays empty and valid.
    Verdict check(const QString &value) const;
    // The alpha-2 code, or empty when the text is not recognised or is ambiguous.
    QString code(const QString &value) const;

    static QString displayName(const QString &code, const QLocale &locale = QLocale());
    static QStringList codes();
};

} // namespace Kempt
