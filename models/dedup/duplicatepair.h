#pragma once

#include "dedup/matchband.h"

#include <QList>

namespace Kempt {

// A scored candidate pair of a run, by row of the run's corpus (DuplicateFinder::id()).
struct DuplicatePair
{
    qint32 a = -1;
    qint32 b = -1;
    float score = 0;        // match weight in bits, prior included
    float probability = 0;
    MatchBand band = MatchBand::None;
};

// Records that are duplicates of one another. A group is Sure when sure links alone hold
// it together, Possible when a possible link joined it.
struct DuplicateGroup
{
    QList<qint32> rows;     // ascending
    MatchBand band = MatchBand::None;
    float score = 0;        // the weakest link that joined the group
};

} // namespace Kempt
