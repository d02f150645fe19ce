#pragma once

#include "domain/fielddef.h"
#include "itemmodels/entitytablespec.h"
#include "itemmodels/filter.h"
#include "stores/recordselection.h"

#include <QVariant>

namespace Kempt {

// The SQL behind a table view of a million rows: how to count what a filter shows and how
// to read one page of it in order, in the shapes SQLite runs on indexes. A search joins
// the FTS5 table (matches stream in rowid order) instead of collecting every match first.
class RecordQuery
{
public:
    struct Statement {
        QString sql;
        QVariantList binds;
    };

    struct Page {
        QStringList columns;   // SQL expressions read after t.id and the sort value
        QString sortKey;       // ORDER BY expression; empty for id order
        bool descending = false;
        // Keyset paging: only rows that come after (boundaryKey, boundaryId) in this order.
        bool hasBoundary = false;
        QVariant boundaryKey;
        qint64 boundaryId = 0;
        qint64 offset = 0;
        int limit = 256;
        // Hints for choosing a plan: how many rows the filter shows (-1: unknown) and
        // roughly how many the table holds.
        qint64 matches = -1;
        qint64 tableRows = 0;
    };

    RecordQuery(const EntityTableSpec &spec, const Filter &filter, const QList<FieldDef> &fields);

    // fast picks the cheapest shape for common cases (a live-row index, the FTS5 table
    // alone); the plain form is the fallback should that fail.
    Statement count(bool fast = true) const;
    // Columns: t.id, the sort value, then Page::columns.
    Statement page(const Page &page) const;
    // Everything the filter shows, for commands (bulk edits, exports).
    RecordSelection selection() const { return m_full; }
    // The roughly how-many-rows statement behind Page::tableRows (max rowid, instant).
    Statement tableRows() const;

    // The column of a sort expression that is a bare column ("t.name COLLATE NOCASE"
    // -> "name"), which the schema indexes; empty for computed sort expressions.
    static QString plainColumn(const QString &sortKey);

private:
    bool liveOnly() const;
    bool scanSortIndex(const Page &page) const;

    EntityTableSpec m_spec;
    RecordSelection m_where; // without the full-text part
    QString m_match;         // FTS5 MATCH expression; empty without a search
    RecordSelection m_full;
};

} // namespace Kempt
