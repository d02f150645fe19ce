#pragma once

#include "dedup/duprecord.h"
#include "dedup/preparedrecord.h"
#include "quality/companynormalizer.h"
#include "quality/countrynormalizer.h"

#include <QHash>

namespace Kempt {

// Normalizes a DupRecord for comparison with the quality engine's rules
// (UnicodeHygiene, PhoneNormalizer, CompanyNormalizer, CountryNormalizer, DateNormalizer):
// - names: a full name alone is split into given name and surname at its last word;
//   placeholders ("n/a", "-") are dropped;
// - e-mail: trimmed, lower case, slips that break an address but keep its owner
//   recognisable ("a@@b.com", a trailing dot) repaired; "+tags" dropped from the user part;
// - phones: their digits (at least six; an extension dropped). Comparing the last eight
//   digits makes one number written nationally, internationally or with the wrong
//   country prefix one number, and costs a fraction of a full parse, which a million
//   records cannot afford; PhoneNormalizer formats them in E.164 for explanations;
// - company: CompanyNormalizer::matchKey (legal form stripped), folded to Latin;
// - birthday: ISO or yyyymmdd to a number; other spellings through DateNormalizer;
// - street, city: folded to Latin; postcode: letters and digits in upper case;
// - country: ISO alpha-2 (CountryNormalizer).
// One preparer per thread: it caches the slow normalizations of repeated values.
class RecordPreparer
{
public:
    PreparedRecord prepare(const DupRecord &record);

    static int birthdayNumber(const QString &value);
    static QString phoneDigits(const QString &raw);

private:
    QString company(const QString &name);
    QString country(const QString &value);
    QString city(const QString &value);

    CompanyNormalizer m_companies;
    CountryNormalizer m_countries;
    QHash<QString, QString> m_companyCache;
    QHash<QString, QString> m_countryCache;
};

} // namespace Kempt
