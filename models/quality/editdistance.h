#pragma once

#include <QStringView>

namespace Kempt {

// Damerau–Levenshtein distance (optimal string alignment: insertions, deletions,
// substitutions and swaps of two neighbours, each costing 1) between a and b, for
// typo detection. Work stops as soon as the distance must exceed `limit`; the result
// is then limit + 1. Strings longer than 64 characters are not compared (limit + 1).
int editDistance(QStringView a, QStringView b, int limit);

} // namespace Kempt
