#pragma once

#include <QString>

namespace Kempt {

// The fields a pair of records is compared on, and the levels of agreement of each. Level
// 0 always means "not known on one side" and weighs nothing; level 1 is exact agreement;
// the last level is disagreement. Stable names are used in model files and JSON output.
class MatchField
{
public:
    enum Field { Given, Surname, Email, Phone, Company, Birthday, Street, City, Postcode, Country, Count };

    // Levels of the fields (level 1 = Exact in every field).
    enum GivenLevel { GivenExact = 1, GivenNickname, GivenSimilar, GivenAlike, GivenInitial, GivenDifferent };
    enum SurnameLevel { SurnameExact = 1, SurnameSimilar, SurnameAlike, SurnameDifferent };
    enum EmailLevel { EmailExact = 1, EmailSameUser, EmailSimilarUser, EmailDifferent };
    enum PhoneLevel { PhoneExact = 1, PhoneOneDigit, PhoneDifferent };
    enum TextLevel { TextExact = 1, TextSimilar, TextDifferent };          // company, city
    enum BirthdayLevel { BirthdayExact = 1, BirthdayNear, BirthdayDifferent };
    enum StreetLevel { StreetExact = 1, StreetSimilar, StreetAlike, StreetDifferent };
    enum PostcodeLevel { PostcodeExact = 1, PostcodeOneTypo, PostcodeDifferent };
    enum CountryLevel { CountrySame = 1, CountryDifferent };

    static constexpr int MaxLevels = 7; // including level 0

    // Levels of a field, level 0 included.
    static int levelCount(int field);
    // Whether level 1 (and for e-mail level 2, the same user part) is weighed by how
    // common the value is.
    static bool usesTermFrequency(int field, int level);
    static QString name(int field);          // "given_name", "email", ...
    static QString label(int field);         // translated, for people
    static QString levelName(int field, int level);  // "exact", "nickname", ...
    static QString levelLabel(int field, int level); // translated
};

} // namespace Kempt
