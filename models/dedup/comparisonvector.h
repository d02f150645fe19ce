#pragma once

#include "dedup/matchfield.h"

#include <QtGlobal>

namespace Kempt {

// How two records compare, field by field: the level of agreement of each field and, for
// levels weighed by term frequency, how common the agreeing value is.
struct ComparisonVector
{
    quint8 level[MatchField::Count] = {};
    float frequency[MatchField::Count] = {};
    bool namesSwapped = false;

    // The levels packed three bits each, for counting comparison patterns.
    quint32 pattern() const
    {
        quint32 p = 0;
        for (int f = 0; f < MatchField::Count; ++f)
            p |= quint32(level[f]) << (3 * f);
        return p;
    }
    static int levelOf(quint32 pattern, int field) { return int((pattern >> (3 * field)) & 7u); }
};

} // namespace Kempt
