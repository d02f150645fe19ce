#pragma once

#include "commands/batchcommand.h"
#include "merge/unmergereport.h"

namespace Kempt {

// Takes a recorded merge back as one change batch of kind 'unmerge': the merged records
// return with their ids, fields and links, the survivor gets its earlier values, and
// later edits of the cells the merge changed are kept and listed in report() (see
// UnmergeWriter). Undo merges again, exactly as before.
class UnmergeContacts : public BatchCommand
{
public:
    UnmergeContacts(Workspace *workspace, qint64 mergeId);

    qint64 mergeId() const { return m_mergeId; }
    // Filled by the first redo().
    const UnmergeReport &report() const { return m_report; }

protected:
    Result apply(QSqlDatabase db) override;

private:
    qint64 m_mergeId;
    UnmergeReport m_report;
};

} // namespace Kempt
