#pragma once

#include "audit/issuerow.h"
#include "audit/issuewriter.h"
#include "audit/sqlitestatement.h"
#include "core/result.h"

#include <QSqlDatabase>
#include <optional>
#include <vector>

namespace Kempt {

// Brings the stored findings of a range of records in line with new ones, writing only
// what differs: a record whose findings are the same as stored (as a multiset of rows)
// is left alone, any other has its rows replaced, and rows of ids the range holds no
// record for go. Since the findings are kept current batch by batch, a full audit then
// writes little beyond what actually changed (a new style guide, a new day for the stale
// rule) instead of rewriting millions of rows. The caller owns the transaction.
//
// "The same as stored" is decided by the record's digest (quality_digests, IssueDigest)
// wherever one is known, so the stored rows are read only for records whose findings
// someone else wrote since the last full audit. The merger keeps the digests itself:
// the caller suspends the triggers that would otherwise mark them unknown
// (digestTriggers()) for as long as it writes.
class IssueMerger
{
public:
    // The findings of one record: rows [first, first + count) of a block, and their digest.
    struct Record
    {
        qint64 id = 0;
        quint64 digest = 0;
        int first = 0;
        int count = 0;
    };

    explicit IssueMerger(QSqlDatabase db);

    // rows: the new findings of the records with entity_id in (after, upTo], in id order;
    // records: the records among them with at least one row, in the same order.
    Result merge(Entity entity, qint64 after, qint64 upTo, const std::vector<IssueRow> &rows,
                 const std::vector<Record> &records);
    // Rows of another kind of record than contacts and companies (a hand-edited file).
    Result removeForeign();

    // The triggers on quality_issues that mark a digest unknown.
    static QStringList digestTriggers();

    qint64 inserted() const { return m_inserted; }
    qint64 removed() const { return m_removed; }

private:
    struct Stored
    {
        qint64 id;
        std::optional<quint64> digest;
    };

    Result prepare();
    Result readDigests(const QByteArray &entity, qint64 after, qint64 upTo);
    Result sameAsStored(const QByteArray &entity, qint64 id, const IssueRow *first, const IssueRow *last, bool *same);
    Result removeRows(const QByteArray &entity, qint64 id);
    Result storeDigest(const QByteArray &entity, qint64 id, quint64 digest);
    Result forgetDigest(const QByteArray &entity, qint64 id);
    Result step(SqliteStatement &statement);

    QSqlDatabase m_db;
    SqliteStatement m_selectDigests;
    SqliteStatement m_selectRows;
    SqliteStatement m_deleteRows;
    SqliteStatement m_upsertDigest;
    SqliteStatement m_deleteDigest;
    IssueWriter m_writer;
    std::vector<Stored> m_stored; // reused from block to block
    std::vector<IssueRow> m_inserts;
    qint64 m_inserted = 0;
    qint64 m_removed = 0;
};

} // namespace Kempt
