#pragma once

#include <QString>

namespace Kempt {

// Puts names of people and companies into the casing a style guide asks for.
//
// Title is careful, because names carry meaning in their capitals:
// - Only words typed in ALL CAPITALS or all lowercase are re-cased. A word someone
//   capitalised themselves ("Van", "Jean-luc") only gets its inner capitals fixed
//   (Jean-Luc, O'Brien, McDonald); any other mixed case (iPhone, DeVito, McDONALD)
//   is kept as typed.
// - Hyphenated parts and initials each get a capital: Smith-Jones, Jean-Luc, J.R.
// - O'Brien, D'Angelo, L'Oréal: one letter, an apostrophe, then a capitalised word.
// - Mc + capital always (McDonald); Mac + capital only for the surnames listed in
//   resources/quality/name_casing.tsv (MacArthur), so Mack and Macy stay as they are.
// - Particles (van, der, de, la, von, da, di, du, le, bin, ibn, al-, …) are lowercase
//   when another word follows: van der Berg, de la Cruz, al-Hassan. In a person's name
//   that holds even at the start of the value (the surname field "van der Berg"); a
//   company capitalises its first word (De Beers, Al-Futtaim Group). A value that is
//   only a particle ("Van" as a given name) is capitalised.
// - Companies: legal forms get their exact spelling at the end of the name (GmbH, LLC,
//   Ltd, Inc., S.A., AB, GmbH & Co. KG) and Russian forms at its start (ООО, ЗАО);
//   listed acronyms are capitals (IBM, BMW, SAP, NASA); a word in capitals stays so
//   when the rest of the value has lowercase letters (it was meant: "Bosch IT Services")
//   or when it has three or more Latin consonants and no vowel (KPMG, HSBC);
//   connectives are lowercase inside (Bank of America).
// - Roman numerals after a person's name stay capitals (John Smith III).
// - Scripts without case (Arabic, Persian, …) are never changed; Cyrillic, Greek and
//   the other cased scripts follow the same rules (ИВАН ИВАНОВ → Иван Иванов).
// Upper and Lower change every letter; Keep changes nothing.
class NameCaser
{
public:
    enum Casing { Title, Upper, Lower, Keep };
    enum Kind { Person, Company };

    static QString apply(const QString &value, Casing casing, Kind kind = Person);
    // The letters and digits of word with the capitals of pattern's, one by one, so
    // punctuation someone typed survives: ("s.a.", "SA") → "S.A.".
    static QString withCapitalsOf(const QString &word, const QString &pattern);

    // Stable names for style-guide files: "title", "upper", "lower", "keep".
    static QString casingName(Casing casing);
    static bool casingFromName(const QString &name, Casing *casing);
};

} // namespace Kempt
