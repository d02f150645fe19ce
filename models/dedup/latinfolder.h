#pragma once

#include <QString>

namespace Kempt {

// Folds a name or place to lowercase ASCII Latin for comparing across scripts and
// spellings: UnicodeHygiene::matchKey, then ICU's "Any-Latin; Latin-ASCII" transliteration
// for anything that is not ASCII (Мария Иванова → maria ivanova, München → munchen,
// محمد → mhmd). Apostrophes and dots vanish (O'Brien → obrien), other punctuation
// separates words. Transliteration is slow, so results are cached per thread; any thread
// may call it.
class LatinFolder
{
public:
    static QString fold(const QString &text);
    // matchKey with punctuation as single spaces: equality in the text's own script.
    static QString nativeKey(const QString &text);
};

} // namespace Kempt
