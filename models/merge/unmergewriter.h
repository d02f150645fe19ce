#pragma once

#include "core/result.h"
#include "merge/unmergereport.h"

#include <QSqlDatabase>

namespace Kempt {

// Takes one merge back inside Workspace::write (UnmergeContacts runs it as a batch of
// kind 'unmerge'), long after it happened.
//
// Why the change log, cell by cell: the merge batch's change_log rows are exactly what
// the merge changed (MergeWriter writes only differing values, moves rows instead of
// copying them and deletes nothing but a custom value a pick emptied), each with the
// value before and after. Reverting them restores the merged records with their ids,
// fields and links and the survivor's previous values. Journal::revert would do that
// blindly, which is right for the undo stack (later edits are undone first) but wrong
// here: an unmerge may come after any number of other changes. So each cell is put back
// only while it still holds what the merge wrote:
// - edits of other records, and edits of cells the merge did not touch (a field the merge
//   left alone, a note added later), are not in the merge's log and stay as they are;
// - a cell the merge changed and a later edit changed again keeps the later edit, and
//   the report says so (UnmergeReport::keptEdits) - the person who edited the survivor's
//   job title after the merge meant that title, for the record they were looking at;
// - a moved row that was deleted later stays deleted and is reported; a row the merge
//   added (a custom value) goes only while it is unchanged;
// - bookkeeping (updated_at, list positions) silently keeps the later value.
// The merges row itself is not reverted but marked undone (merges.undone_at), so the
// history shows both the merge and its unmerge.
//
// Refused, with a message saying what to do: a merge that does not exist or was undone
// already; one whose records took part in a later merge that still stands (unmerge that
// first, or the later merge's moves would be split); and one whose records were deleted
// for good afterwards (undo that deletion first).
class UnmergeWriter
{
public:
    explicit UnmergeWriter(QSqlDatabase db);

    Result unmerge(qint64 mergeId, UnmergeReport *report);

private:
    struct LogRow
    {
        qint64 id = 0;
        QString table;
        qint64 rowId = 0;
        QString action;
        QString column;
    };

    struct Kept
    {
        LogRow row;
        bool removed = false;
    };

    // Each appends to kept the log rows whose cell keeps a later edit; they are described
    // once everything else is back, so the report names records as they end up.
    Result revertUpdate(const LogRow &row, QList<Kept> *kept);
    Result revertInsert(const LogRow &row, QList<Kept> *kept);
    Result revertDelete(const LogRow &row, QList<Kept> *kept);
    QStringList loggedColumns(qint64 logId, const QString &valueColumn) const;
    QString cellText(const QString &table, qint64 rowId, const QString &column, bool *exists = nullptr) const;
    UnmergeReport::KeptEdit keptEdit(const LogRow &row, qint64 mergeBatch, bool removed) const;
    QString contactName(qint64 contactId) const;

    QSqlDatabase m_db;
};

} // namespace Kempt
