#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace i18n::phonenumbers {
class PhoneNumber;
} // namespace i18n::phonenumbers

namespace Kempt {

// A shortcut past libphonenumber for the common case of the audit: a number typed as
// plain digits (with an optional leading "+") that is valid. libphonenumber spends most
// of its time creating an ICU matcher for each regular expression it tries (and waiting
// on its regex cache's lock); the audit judges a million phones with 800k spellings, so
// caching answers does not help. This class reads the library's own compiled metadata
// and follows Parse, IsValidNumber and Format step by step with patterns compiled once
// per thread (PCRE2, see Pcre2Pattern), so its answers are the library's.
//
// It only ever says "Parse succeeds with this number, which is (not) valid"; whenever the
// input or the metadata leaves any doubt (parse errors, unusual replacement rules, more
// than 17 digits) it answers nothing and the caller asks the library. Thread-safe: the
// metadata is parsed once and only read; compiled patterns belong to one thread.
class PhoneFastPath
{
public:
    // A number as libphonenumber would hold it.
    struct Number
    {
        int countryCode = 0;
        QString nsn; // national significant number, leading zeros kept ("0612345678" for IT)
    };

    // What Parse gives and whether PhoneNormalizer would find it valid.
    struct Parsed
    {
        Number number;
        bool valid = false;
    };

    // The fast path of this thread (patterns are compiled lazily, per region).
    static PhoneFastPath &forThisThread();

    // plain: ASCII digits with an optional leading '+'. region: upper-case ISO 3166 code
    // or empty. A value only when Parse(plain, region or "ZZ") succeeds; valid is
    // IsValidNumberForRegion(region) or IsValidNumber, as PhoneNormalizer asks.
    std::optional<Parsed> parse(QStringView plain, const QString &region);
    // parse(), when the number is valid.
    std::optional<Number> parseValid(QStringView plain, const QString &region);
    // The PhoneNumber Parse sets from these digits without raw input: country code,
    // national number, italian_leading_zero and number_of_leading_zeros.
    static void toPhoneNumber(const Number &number, i18n::phonenumbers::PhoneNumber *out);
    // Off: parse() answers nothing on this thread, so PhoneNormalizer asks only the
    // library (tests compare both ways; nothing else turns it off).
    void setEnabled(bool enabled);

    // "+493012345678".
    static QString e164(const Number &number);
    // Format(number, INTERNATIONAL) and Format(number, NATIONAL); empty when unsure.
    std::optional<QString> international(const Number &number);
    std::optional<QString> national(const Number &number);
    // GetRegionCodeForNumber: "US", "CA", "001" for non-geographic codes, "ZZ" for none;
    // empty when unsure.
    std::optional<QString> regionOf(const Number &number);
    // GetCountryCodeForRegion: 0 for a region the metadata does not know.
    static int countryCodeFor(const QString &region);

    PhoneFastPath(const PhoneFastPath &) = delete;
    PhoneFastPath &operator=(const PhoneFastPath &) = delete;
    ~PhoneFastPath();

private:
    PhoneFastPath();
    struct Tables;
    Tables *m_tables;
    bool m_enabled = true;
};

} // namespace Kempt
