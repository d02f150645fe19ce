#pragma once

#include "core/result.h"
#include "merge/mergeplan.h"

#include <QSqlDatabase>

namespace Kempt {

// Writes one merge inside Workspace::write (MergeContacts runs it as a batch of kind
// 'merge'), so the change log holds every cell it changed and unmerge can take exactly
// those back:
// - the chosen values onto the survivor (plain columns, company and owner by id, custom
//   values), and the chosen primary e-mail and phone;
// - every e-mail, phone and profile the survivor lacks (compared as MergeValueKeys does)
//   moves to it as an additional value: the row itself moves, keeping its id;
// - tags and deal links move unless the survivor has them already; notes, activities
//   and deals (deals.contact_id) move;
// - the merged records go to the trash; what they shared with the survivor stays with
//   them, so that nothing is deleted and unmerge finds every row where it was;
// - a row in merges names the survivor, the merged records and this change batch.
class MergeWriter
{
public:
    explicit MergeWriter(QSqlDatabase db);

    // The records are read again inside the transaction; a record that went to the trash
    // or away since the plan was made fails the merge with a message naming it.
    Result merge(const MergePlan &plan, qint64 *mergeId = nullptr);

private:
    Result moveChildren(const QString &table, qint64 survivorId, const QList<qint64> &rowIds, const QList<bool> &primary,
                        const QList<qint64> &ownRowIds, bool hasPrimaryColumn);

    QSqlDatabase m_db;
};

} // namespace Kempt
