#pragma once

#include <QStringView>

namespace Kempt {

// Similarity of short strings for record linkage, from 0 (nothing alike) to 1 (equal).
class StringSimilarity
{
public:
    // Jaro–Winkler with the usual prefix scale 0.1 over at most four characters: typos
    // near the end of a name cost less than at its start, as in the census linkage work
    // it was made for.
    static double jaroWinkler(QStringView a, QStringView b);
    // For multi-word values (streets, company names): every word of the shorter value
    // is paired with its most similar word (Jaro–Winkler) in the other, and the pairs are
    // averaged (Monge–Elkan). A missing word in the longer value costs nothing, so
    // "6 tullaroop street" and "6 tullaroop street willaroo" are alike.
    static double tokenSimilarity(QStringView a, QStringView b);
};

} // namespace Kempt
