#pragma once

#include <QString>

namespace Kempt {

// Makes text that was typed, pasted or imported store and compare the same way.
//
// clean() keeps what a reader sees and removes what only trips up sorting, searching
// and duplicate detection:
// - NFC composition; Arabic presentation forms (from PDFs) become the ordinary letters.
// - Invisible debris is removed: zero-width space U+200B, word joiner U+2060, U+FEFF
//   anywhere, soft hyphen U+00AD, and bidi controls (U+200E/F, U+061C, U+202A–202E,
//   U+2066–2069). Tatweel U+0640 (a stretching stroke, not a letter) is removed too.
// - ZWNJ U+200C is kept, because in Persian it separates word parts (می‌خواهم), but
//   runs of it become one and it is dropped where it touches no letter on one side.
// - Arabic/Persian letter variants: a value is Persian when it holds a letter only
//   Persian uses (پ چ ژ گ), Persian digits, ZWNJ between letters, or at least as many
//   Persian yeh/keheh (ی ک) as Arabic yeh/kaf (ي ك). Persian text gets ی and ک (its
//   Arabic yeh ي and alef maksura ى become ی, kaf ك becomes ک). Other Arabic-script text
//   gets ي and ك; a Persian ی there becomes ى at the end of a word (where both are
//   drawn without dots, so the reader sees no change) and ي elsewhere. Alef maksura ى
//   is otherwise kept: in Arabic على and علي are different words.
//   Text with Urdu letters (ٹ ڈ ڑ ں ے ھ ۃ) is left as typed: Urdu uses ی and ک too.
class UnicodeHygiene
{
public:
    static QString clean(const QString &text);

    // A key for comparing, never for display: clean(), case folded (ß → ss), ё→е, Latin accents
    // and Arabic harakat (with hamza carriers: أ إ آ → ا, ؤ → و, ئ → ي) dropped, one
    // form for each Arabic/Persian letter variant (ي ى ی → ي, ک → ك, ة ە → ه, ٱ → ا),
    // ZWNJ dropped, Arabic-Indic and Persian digits as 0–9. Cyrillic й stays й.
    static QString matchKey(const QString &text);

    // Whether clean() would choose the Persian letter forms for this text.
    static bool looksPersian(const QString &text);
};

} // namespace Kempt
