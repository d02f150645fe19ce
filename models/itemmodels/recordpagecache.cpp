#include "itemmodels/recordpagecache.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace Kempt {

void RecordPageCache::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
    m_pages.clear();
}

void RecordPageCache::setMaxPages(int pages)
{
    m_maxPages = std::max(2, pages);
    m_pages.clear();
}

const RecordPageCache::Page *RecordPageCache::find(int row)
{
    const auto it = m_pages.find(row / m_pageSize);
    if (it == m_pages.end())
        return nullptr;
    it->used = ++m_tick;
    return &*it;
}

const RecordPageCache::Page *RecordPageCache::load(int row, const Source &source)
{
    if (const Page *cached = find(row))
        return cached;
    const int index = row / m_pageSize;
    Page page;
    if (!read(index, source, page))
        return nullptr;
    // Least recently used pages go first.
    while (m_pages.size() >= m_maxPages) {
        auto oldest = m_pages.begin();
        for (auto i = m_pages.begin(); i != m_pages.end(); ++i)
            if (i->used < oldest->used)
                oldest = i;
        m_pages.erase(oldest);
    }
    page.used = ++m_tick;
    return &*m_pages.insert(index, page);
}

bool RecordPageCache::read(int index, const Source &source, Page &page)
{
    RecordQuery::Page request;
    request.columns = source.columns;
    request.sortKey = source.sortKey;
    request.descending = source.descending;
    request.limit = m_pageSize;
    request.offset = qint64(index) * m_pageSize;
    request.matches = source.matches;
    request.tableRows = source.tableRows;
    bool reverse = false;

    const auto startAt = [&](const Page &p, bool backwards, qint64 skip) {
        request.hasBoundary = true;
        request.boundaryKey = backwards ? p.firstKey : p.lastKey;
        request.boundaryId = backwards ? p.ids.first() : p.ids.last();
        request.offset = skip;
        request.descending = source.descending != backwards;
        reverse = backwards;
    };
    if (m_keyset && source.keysetSafe && index > 0) {
        const auto prev = m_pages.constFind(index - 1);
        const auto next = m_pages.constFind(index + 1);
        if (prev != m_pages.constEnd() && prev->ids.size() == m_pageSize) {
            startAt(*prev, false, 0);
        } else if (next != m_pages.constEnd() && !next->ids.isEmpty()) {
            startAt(*next, true, 0);
        } else {
            // A jump: start from the nearest cached page above, which still saves its OFFSET.
            int nearest = -1;
            for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it)
                if (it.key() < index && it.key() > nearest && it->ids.size() == m_pageSize)
                    nearest = it.key();
            if (nearest >= 0)
                startAt(m_pages.value(nearest), false, qint64(index - nearest - 1) * m_pageSize);
        }
    }
    if (request.hasBoundary)
        ++m_stats.keyset;
    else
        ++m_stats.offset;

    const RecordQuery::Statement s = source.query->page(request);
    QSqlQuery q(source.db);
    q.setForwardOnly(true);
    bool ok = q.prepare(s.sql);
    for (const QVariant &b : s.binds)
        q.addBindValue(b);
    if (!ok || !q.exec()) {
        qWarning("RecordPageCache: reading rows failed: %s", qPrintable(q.lastError().text()));
        return false;
    }
    const int columns = int(source.columns.size());
    QVariantList keys;
    page.ids.reserve(m_pageSize);
    page.values.reserve(qsizetype(m_pageSize) * columns);
    while (q.next()) {
        page.ids << q.value(0).toLongLong();
        keys << q.value(1);
        for (int c = 0; c < columns; ++c)
            page.values << q.value(2 + c);
    }
    if (reverse) {
        std::reverse(page.ids.begin(), page.ids.end());
        std::reverse(keys.begin(), keys.end());
        QVariantList flipped;
        flipped.reserve(page.values.size());
        for (qsizetype r = page.ids.size() - 1; r >= 0; --r)
            flipped += page.values.mid(r * columns, columns);
        page.values = flipped;
    }
    if (!keys.isEmpty()) {
        page.firstKey = keys.first();
        page.lastKey = keys.last();
    }
    return true;
}

} // namespace Kempt
