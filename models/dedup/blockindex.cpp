#include "dedup/blockindex.h"

#include "dedup/blockingkeys.h"

#include <algorithm>

namespace Kempt {

void BlockIndex::build(std::vector<Entry> &entries, int rowCount)
{
    std::sort(entries.begin(), entries.end(), [](const Entry &x, const Entry &y) {
        return x.key < y.key || (x.key == y.key && x.row < y.row);
    });
    m_blocks.clear();
    m_rows.clear();
    m_blockPairs = 0;
    m_droppedKeys = 0;
    std::vector<qint32> keyCount(size_t(rowCount) + 1, 0);
    // First pass: usable blocks and how many usable keys each row has.
    for (size_t i = 0; i < entries.size();) {
        size_t j = i + 1;
        while (j < entries.size() && entries[j].key == entries[i].key)
            ++j;
        const qint64 n = qint64(j - i);
        if (n >= 2 && n <= BlockingKeys::cap(BlockingKeys::family(entries[i].key))) {
            m_blocks.push_back({entries[i].key, qint64(m_rows.size()), qint32(n)});
            for (size_t k = i; k < j; ++k) {
                m_rows.push_back(entries[k].row);
                ++keyCount[size_t(entries[k].row)];
            }
            m_blockPairs += n * (n - 1) / 2;
        } else if (n > 1) {
            ++m_droppedKeys;
        }
        i = j;
    }
    std::vector<Entry>().swap(entries);
    // Second pass: each row's usable keys, ascending because blocks are in key order.
    m_rowOffsets.assign(size_t(rowCount) + 1, 0);
    for (int r = 0; r < rowCount; ++r)
        m_rowOffsets[size_t(r) + 1] = m_rowOffsets[size_t(r)] + keyCount[size_t(r)];
    m_rowKeys.assign(size_t(m_rowOffsets.back()), 0);
    std::vector<qint64> fill(m_rowOffsets.begin(), m_rowOffsets.end() - 1);
    for (const Block &b : m_blocks)
        for (qint32 k = 0; k < b.size; ++k) {
            const qint32 row = m_rows[size_t(b.start + k)];
            m_rowKeys[size_t(fill[size_t(row)]++)] = b.key;
        }
}

bool BlockIndex::firstSharedKey(int a, int b, quint64 key) const
{
    qint64 i = m_rowOffsets[size_t(a)];
    const qint64 ie = m_rowOffsets[size_t(a) + 1];
    qint64 j = m_rowOffsets[size_t(b)];
    const qint64 je = m_rowOffsets[size_t(b) + 1];
    while (i < ie && j < je) {
        const quint64 x = m_rowKeys[size_t(i)];
        const quint64 y = m_rowKeys[size_t(j)];
        if (x == y)
            return x == key;
        if (x < y)
            ++i;
        else
            ++j;
    }
    return false;
}

} // namespace Kempt
