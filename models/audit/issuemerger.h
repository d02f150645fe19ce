#pragma once

#include "audit/issuerow.h"
#include "audit/issuewriter.h"
#include "audit/sqlitestatement.h"
#include "core/result.h"

#include <QSqlDatabase>
#include <vector>

namespace Kempt {

// Brings the stored findings of a range of records in line with new ones, writing only
// what differs: a record whose findings are the same as stored (as a multiset of rows)
// is left alone, any other has its rows replaced, and rows of ids the range holds no
// record for go. Since the findings are kept current batch by batch, a full audit then
// writes little beyond what actually changed (a new style guide, a new day for the stale
// rule) instead of rewriting millions of rows. The caller owns the transaction.
class IssueMerger
{
public:
    explicit IssueMerger(QSqlDatabase db);

    // rows: the new findings of the records with entity_id in (after, upTo], in id order.
    Result merge(Entity entity, qint64 after, qint64 upTo, const std::vector<IssueRow> &rows);
    // Rows of another kind of record than contacts and companies (a hand-edited file).
    Result removeForeign();

    qint64 inserted() const { return m_inserted; }
    qint64 removed() const { return m_removed; }

private:
    struct Stored
    {
        qint64 rowId;
        IssueRow row;
    };

    QSqlDatabase m_db;
    SqliteStatement m_select;
    SqliteStatement m_delete;
    IssueWriter m_writer;
    qint64 m_inserted = 0;
    qint64 m_removed = 0;
};

} // namespace Kempt
