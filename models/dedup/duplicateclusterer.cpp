#include "dedup/duplicateclusterer.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace Kempt {

namespace {

// Largest product of group sizes for which a possible link may still merge two groups:
// beyond it a group is too big to be joined on evidence a person has not confirmed.
constexpr qint64 MaxPossibleMerge = 400;

struct Groups
{
    std::vector<qint32> parent;
    std::vector<QList<qint32>> members;
    std::vector<MatchBand> band;
    std::vector<float> weakest;

    explicit Groups(int n)
        : parent(size_t(n))
        , members(size_t(n))
        , band(size_t(n), MatchBand::Sure)
        , weakest(size_t(n), 0)
    {
        std::iota(parent.begin(), parent.end(), 0);
    }
    qint32 find(qint32 x)
    {
        while (parent[size_t(x)] != x) {
            parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
            x = parent[size_t(x)];
        }
        return x;
    }
    QList<qint32> &list(qint32 root)
    {
        QList<qint32> &l = members[size_t(root)];
        if (l.isEmpty())
            l << root;
        return l;
    }
};

} // namespace

QList<DuplicateGroup> DuplicateClusterer::cluster(int rowCount, std::vector<DuplicatePair> pairs,
                                                  const QSet<quint64> &notDuplicates)
{
    pairs.erase(std::remove_if(pairs.begin(), pairs.end(),
                               [&](const DuplicatePair &p) {
                                   return p.band == MatchBand::None || notDuplicates.contains(key(p.a, p.b));
                               }),
                pairs.end());
    std::sort(pairs.begin(), pairs.end(), [](const DuplicatePair &x, const DuplicatePair &y) {
        return x.score > y.score || (x.score == y.score && key(x.a, x.b) < key(y.a, y.b));
    });
    // Rows that must stay apart, by row.
    QHash<qint32, QList<qint32>> apart;
    for (quint64 k : notDuplicates) {
        apart[qint32(k >> 32)] << qint32(k & 0xffffffffu);
        apart[qint32(k & 0xffffffffu)] << qint32(k >> 32);
    }
    QSet<quint64> linked;
    for (const DuplicatePair &p : pairs)
        linked.insert(key(p.a, p.b));

    Groups g(rowCount);
    const auto conflict = [&](qint32 x, qint32 y) {
        if (apart.isEmpty())
            return false;
        for (qint32 r : g.list(x))
            for (qint32 other : apart.value(r))
                if (g.find(other) == y)
                    return true;
        return false;
    };
    const auto join = [&](qint32 x, qint32 y, MatchBand band, float score) {
        if (g.list(x).size() < g.list(y).size())
            std::swap(x, y);
        QList<qint32> &big = g.list(x);
        QList<qint32> &small = g.list(y);
        big += small;
        small.clear();
        g.parent[size_t(y)] = x;
        if (band == MatchBand::Possible || g.band[size_t(y)] == MatchBand::Possible)
            g.band[size_t(x)] = MatchBand::Possible;
        g.weakest[size_t(x)] = g.weakest[size_t(x)] == 0 ? score : std::min(g.weakest[size_t(x)], score);
        if (g.weakest[size_t(y)] != 0)
            g.weakest[size_t(x)] = std::min(g.weakest[size_t(x)], g.weakest[size_t(y)]);
    };

    for (const DuplicatePair &p : pairs) {
        if (p.band != MatchBand::Sure)
            continue;
        const qint32 x = g.find(p.a);
        const qint32 y = g.find(p.b);
        if (x != y && !conflict(x, y))
            join(x, y, MatchBand::Sure, p.score);
    }
    for (const DuplicatePair &p : pairs) {
        if (p.band != MatchBand::Possible)
            continue;
        const qint32 x = g.find(p.a);
        const qint32 y = g.find(p.b);
        if (x == y)
            continue;
        const QList<qint32> &mx = g.list(x);
        const QList<qint32> &my = g.list(y);
        const qint64 across = qint64(mx.size()) * my.size();
        if (across > MaxPossibleMerge)
            continue;
        qint64 links = 0;
        for (qint32 r : mx)
            for (qint32 s : my)
                links += linked.contains(key(r, s)) ? 1 : 0;
        if (links * 2 > across && !conflict(x, y))
            join(x, y, MatchBand::Possible, p.score);
    }

    QList<DuplicateGroup> groups;
    for (int r = 0; r < rowCount; ++r) {
        if (g.parent[size_t(r)] != r || g.members[size_t(r)].size() < 2)
            continue;
        DuplicateGroup group;
        group.rows = g.members[size_t(r)];
        std::sort(group.rows.begin(), group.rows.end());
        group.band = g.band[size_t(r)];
        group.score = g.weakest[size_t(r)];
        groups << group;
    }
    std::sort(groups.begin(), groups.end(), [](const DuplicateGroup &x, const DuplicateGroup &y) {
        return x.rows.first() < y.rows.first();
    });
    return groups;
}

} // namespace Kempt
