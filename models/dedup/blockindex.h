#pragma once

#include <QtGlobal>
#include <vector>

namespace Kempt {

// The blocks of one run in memory: for every blocking key shared by at least two and at
// most BlockingKeys::cap() records, the records that have it. Each record also keeps its
// own usable keys, sorted, so that a pair found in several blocks is compared only once:
// in the block of the smallest key the two share (firstSharedKey).
class BlockIndex
{
public:
    struct Entry
    {
        quint64 key;
        qint32 row;
    };
    struct Block
    {
        quint64 key;
        qint64 start;
        qint32 size;
    };

    // entries: every (key, row) of the run, in any order; consumed.
    void build(std::vector<Entry> &entries, int rowCount);

    const std::vector<Block> &blocks() const { return m_blocks; }
    const qint32 *rows(const Block &block) const { return m_rows.data() + block.start; }
    bool firstSharedKey(int a, int b, quint64 key) const;
    // Comparisons the blocks ask for, pairs repeated across blocks included.
    qint64 blockPairs() const { return m_blockPairs; }
    // Keys dropped because too many records share them.
    qint64 droppedKeys() const { return m_droppedKeys; }

private:
    std::vector<Block> m_blocks;
    std::vector<qint32> m_rows;
    std::vector<qint64> m_rowOffsets;
    std::vector<quint64> m_rowKeys;
    qint64 m_blockPairs = 0;
    qint64 m_droppedKeys = 0;
};

} // namespace Kempt
