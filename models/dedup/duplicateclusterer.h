#pragma once

#include "dedup/duplicatepair.h"

#include <QSet>
#include <vector>

namespace Kempt {

// Turns matched pairs into duplicate groups without ever chaining weak links:
// - sure pairs join their groups (transitively: A = B and B = C make one group), strongest
//   first;
// - a possible pair joins two groups only when most pairs across them are matched
//   (possible or sure): a record joins a group of three on possible links only when it
//   matches at least two of its members, so A ~ B ~ C ~ D never becomes one group;
// - two records marked "not a duplicate" never end up in one group, whatever links them.
class DuplicateClusterer
{
public:
    // notDuplicates: row pairs, key() of the smaller row first.
    static QList<DuplicateGroup> cluster(int rowCount, std::vector<DuplicatePair> pairs,
                                         const QSet<quint64> &notDuplicates = {});
    static quint64 key(qint32 a, qint32 b)
    {
        return a < b ? (quint64(quint32(a)) << 32) | quint32(b) : (quint64(quint32(b)) << 32) | quint32(a);
    }
};

} // namespace Kempt
