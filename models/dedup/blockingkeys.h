#pragma once

#include "dedup/preparedrecord.h"

#include <QList>
#include <QString>

namespace Kempt {

// The blocking keys of a record: two records become a candidate pair only when they share
// a key, so that a million contacts never mean half a trillion comparisons. A key is a
// stable 64-bit FNV-1a hash of a normalized value, with its family in the top five bits
// (the same value means different things in different families). Keys are stored in the
// workspace (DedupKeyIndex), so the hash must never change.
//
// Families: the e-mail address; its user part; the phone (last eight digits); the name
// as sorted words (Latin-folded, so Мария Иванова meets Maria Ivanova); the names'
// Double Metaphone codes, sorted; the surname with the given name's initial; the
// surname's code with the company, the birthday, the postcode or the city; the given
// name's code with the birthday, the postcode or the city; birthday with postcode; the
// birthday alone (a date is rarer than a name, and typos in both names then still meet).
class BlockingKeys
{
public:
    enum Family {
        EmailAddress = 1, EmailUser, Phone, Name, NameSound, SurnameInitial, SurnameCompany,
        SurnameBirthday, GivenBirthday, SurnamePostcode, GivenPostcode, SurnameCity, GivenCity,
        BirthdayPostcode, Birthday, FamilyCount
    };
    // Keys that only count how common a value is (term frequency), never used for blocking;
    // e-mails, e-mail users and phones are counted by their blocking keys.
    enum ValueFamily {
        GivenValue = 16, SurnameValue, CompanyValue, CityValue, PostcodeValue, BirthdayValue, StreetValue,
        CountryValue, RecordCount = 31
    };

    static QList<quint64> keys(const PreparedRecord &record);
    static QList<quint64> valueKeys(const PreparedRecord &record);
    // The key under which the number of records with a value of the family is counted;
    // totalKey(RecordCount) counts the records.
    static quint64 totalKey(int family) { return hash(family, QStringLiteral("\u0001total")); }
    static bool isBlocking(quint64 key) { return family(key) < FamilyCount; }
    static int family(quint64 key) { return int(key >> 59); }
    // How many records may share a key of the family before the key is dropped as too
    // common to mean anything (an office switchboard, "John Smith" in a national file).
    static int cap(int family);
    static QString familyName(int family);
    static quint64 hash(int family, const QString &value);
};

} // namespace Kempt
