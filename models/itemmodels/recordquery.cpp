#include "itemmodels/recordquery.h"

#include <QRegularExpression>
#include <algorithm>

namespace Kempt {

namespace {
const QString kLive = QStringLiteral("t.deleted_at IS NULL");
}

RecordQuery::RecordQuery(const EntityTableSpec &spec, const Filter &filter, const QList<FieldDef> &fields)
    : m_spec(spec)
    , m_where(filter.toSelectionWithoutFullText(fields))
    , m_match(spec.ftsTable.isEmpty() ? QString() : filter.fullTextMatch())
    , m_full(filter.toSelection(fields))
{
}

bool RecordQuery::liveOnly() const
{
    return m_where.where == kLive && m_where.binds.isEmpty();
}

RecordQuery::Statement RecordQuery::count(bool fast) const
{
    const QString table = m_spec.table;
    if (m_match.isEmpty()) {
        if (fast && liveOnly() && !m_spec.liveCountIndex.isEmpty())
            return {QStringLiteral("SELECT count(*) FROM %1 t INDEXED BY %2 WHERE %3").arg(table, m_spec.liveCountIndex, kLive), {}};
        return {QStringLiteral("SELECT count(*) FROM %1 t WHERE %2").arg(table, m_where.where), m_where.binds};
    }
    const QString fts = m_spec.ftsTable;
    if (fast && liveOnly()) {
        // The index also holds trashed records: count its matches alone, and only when the
        // trash is not empty subtract those (without a lookup per live match).
        return {QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM %1 WHERE deleted_at IS NOT NULL) "
                               "THEN (SELECT count(*) FROM %2 f WHERE f.%2 MATCH ? AND "
                               "+f.rowid NOT IN (SELECT id FROM %1 WHERE deleted_at IS NOT NULL)) "
                               "ELSE (SELECT count(*) FROM %2 WHERE %2 MATCH ?) END")
                    .arg(table, fts),
                {m_match, m_match}};
    }
    return {QStringLiteral("SELECT count(*) FROM %1 f CROSS JOIN %2 t ON t.id = f.rowid WHERE f.%1 MATCH ? AND %3")
                .arg(fts, table, m_where.where),
            QVariantList{m_match} + m_where.binds};
}

RecordQuery::Statement RecordQuery::tableRows() const
{
    return {QStringLiteral("SELECT coalesce(max(rowid), 0) FROM %1").arg(m_spec.table), {}};
}

QString RecordQuery::plainColumn(const QString &sortKey)
{
    static const QRegularExpression bare(QStringLiteral("^t\\.(\\w+)( COLLATE NOCASE)?$"));
    const QRegularExpressionMatch m = bare.match(sortKey);
    return m.hasMatch() ? m.captured(1) : QString();
}

// A search sorted by an indexed column has two plans. Driving from the FTS5 matches costs
// a table lookup per match, fine for a few thousand. For many matches it is cheaper to walk
// the column's index in order and test each entry against the set of matches: the index
// holds key and id, so the table is never read, and the first screenful comes early.
// The crossover sits near sqrt(page size x table size) matches.
bool RecordQuery::scanSortIndex(const Page &p) const
{
    if (m_match.isEmpty() || p.sortKey.isEmpty() || plainColumn(p.sortKey).isEmpty() || p.matches < 0)
        return false;
    return double(p.matches) * double(p.matches) > double(p.limit) * double(std::max<qint64>(p.tableRows, 1));
}

RecordQuery::Statement RecordQuery::page(const Page &p) const
{
    const bool search = !m_match.isEmpty();
    const bool sorted = !p.sortKey.isEmpty();
    const bool viaIndex = scanSortIndex(p);
    const bool viaFts = search && !viaIndex;
    // Driving from the FTS5 table, ordering by its rowid lets the matches stream.
    const QString id = viaFts ? QStringLiteral("f.rowid") : QStringLiteral("t.id");
    const QString dir = p.descending ? QStringLiteral(" DESC") : QString();
    const QString cmp = p.descending ? QStringLiteral("<") : QStringLiteral(">");

    Statement s;
    QString from;
    if (viaFts) {
        from = QStringLiteral("%1 f CROSS JOIN %2 t ON t.id = f.rowid WHERE f.%1 MATCH ? AND (%3)")
                   .arg(m_spec.ftsTable, m_spec.table, m_where.where);
        s.binds << m_match;
        s.binds += m_where.binds;
    } else {
        from = QStringLiteral("%1 t WHERE (%2)").arg(m_spec.table, m_where.where);
        s.binds += m_where.binds;
        if (viaIndex) {
            // The unary + keeps SQLite from driving the query from the match list.
            from += QStringLiteral(" AND +t.id IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)").arg(m_spec.ftsTable);
            s.binds << m_match;
        }
    }
    if (p.hasBoundary) {
        if (sorted) {
            // Not the row value (key, t.id) > (?, ?): SQLite does not seek an index with a
            // row value whose column carries a COLLATE, and would scan from the start.
            from += QStringLiteral(" AND %1 %2= ? AND (%1 %2 ? OR t.id %2 ?)").arg(p.sortKey, cmp);
            s.binds << p.boundaryKey << p.boundaryKey << p.boundaryId;
        } else {
            from += QStringLiteral(" AND %1 %2 ?").arg(id, cmp);
            s.binds << p.boundaryId;
        }
    }
    QString columns;
    for (const QString &c : p.columns)
        columns += QStringLiteral(", ") + (c.isEmpty() ? QStringLiteral("NULL") : c);
    const QString order = sorted ? QStringLiteral("%1%2, t.id%2").arg(p.sortKey, dir) : id + dir;
    // Rows that come straight off an index in order need one step: SQLite computes the
    // displayed columns only for the rows it returns.
    const bool oneStep = !sorted || (!search && !plainColumn(p.sortKey).isEmpty() && p.offset == 0);
    if (oneStep) {
        s.sql = QStringLiteral("SELECT t.id, %1%2 FROM %3 ORDER BY %4 LIMIT ? OFFSET ?")
                    .arg(sorted ? p.sortKey : QStringLiteral("t.id"), columns, from, order);
    } else {
        // Two steps: find the page's ids by sort key alone (sorting, or skipping an OFFSET
        // along an index without reading the table), then read the displayed columns
        // (subqueries for tags and owner among them) for those rows only.
        s.sql = QStringLiteral("SELECT t.id, %1%2 FROM (SELECT t.id AS id FROM %3 ORDER BY %4 LIMIT ? OFFSET ?) p "
                               "CROSS JOIN %5 t ON t.id = p.id ORDER BY %4")
                    .arg(p.sortKey, columns, from, order, m_spec.table);
    }
    s.binds << p.limit << p.offset;
    return s;
}

} // namespace Kempt
