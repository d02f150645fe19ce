#include "quality/editdistance.h"

#include <algorithm>
#include <cstdlib>

namespace Kempt {

int editDistance(QStringView a, QStringView b, int limit)
{
    constexpr int maxLength = 64;
    if (a.size() > maxLength || b.size() > maxLength || std::abs(int(a.size() - b.size())) > limit)
        return limit + 1;
    // What both share at the start and the end costs nothing; only the middle is compared.
    while (!a.isEmpty() && !b.isEmpty() && a.front() == b.front())
        a = a.mid(1), b = b.mid(1);
    while (!a.isEmpty() && !b.isEmpty() && a.back() == b.back())
        a.chop(1), b.chop(1);
    const int n = int(a.size());
    const int m = int(b.size());
    if (n == 0 || m == 0)
        return std::min(std::max(n, m), limit + 1);

    // Three rolling rows on the stack (the checks run for every address, so no heap),
    // and only the diagonal band of width 2 * limit + 1: cells outside it exceed limit.
    constexpr int far = 1 << 20;
    int rows[3][maxLength + 1];
    int *prev2 = rows[0];
    int *prev = rows[1];
    int *cur = rows[2];
    for (int j = 0; j <= m; ++j)
        prev[j] = j <= limit ? j : far;
    for (int i = 1; i <= n; ++i) {
        const int lo = std::max(1, i - limit);
        const int hi = std::min(m, i + limit);
        cur[lo - 1] = lo == 1 ? i : far;
        int rowMin = cur[lo - 1];
        for (int j = lo; j <= hi; ++j) {
            const int up = j <= i - 1 + limit ? prev[j] : far;
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int d = std::min({up + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d = std::min(d, prev2[j - 2] + 1);
            cur[j] = d;
            rowMin = std::min(rowMin, d);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[m], limit + 1);
}

} // namespace Kempt
