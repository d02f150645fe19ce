#pragma once

#include "itemmodels/recordquery.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVariant>

namespace Kempt {

// The rows of a table view, read page by page and kept in a bounded LRU so that memory
// stays flat however far the view scrolls. A page next to a cached one is read by keyset
// (after its last row, or before its first), so scrolling never pays a growing OFFSET.
class RecordPageCache
{
public:
    struct Page {
        QList<qint64> ids;
        QVariantList values;        // rows x columns
        QVariant firstKey, lastKey; // sort values of the first and last row
        quint64 used = 0;
    };

    struct Stats {
        int keyset = 0; // pages read from a cached neighbour's boundary
        int offset = 0; // pages read with LIMIT/OFFSET from the start
    };

    // What to read: the query, its order and the hints RecordQuery plans with.
    struct Source {
        QSqlDatabase db;
        const RecordQuery *query = nullptr;
        QStringList columns; // SQL expressions
        QString sortKey;     // empty for id order
        bool descending = false;
        bool keysetSafe = true; // false when sort values may be NULL
        qint64 matches = -1;
        qint64 tableRows = 0;
    };

    // The page holding row, or nullptr when it is not cached.
    const Page *find(int row);
    // Reads the page holding row; nullptr (with a warning) when the query fails.
    const Page *load(int row, const Source &source);
    void clear() { m_pages.clear(); }

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);
    void setMaxPages(int pages);
    void setKeysetEnabled(bool enabled) { m_keyset = enabled; }
    int size() const { return int(m_pages.size()); }
    Stats stats() const { return m_stats; }

private:
    bool read(int index, const Source &source, Page &page);

    QHash<int, Page> m_pages;
    int m_pageSize = 256;
    int m_maxPages = 64;
    bool m_keyset = true;
    quint64 m_tick = 0;
    Stats m_stats;
};

} // namespace Kempt
