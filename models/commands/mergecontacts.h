#pragma once

#include "commands/batchcommand.h"
#include "merge/mergeplan.h"

namespace Kempt {

// Merges a duplicate group into its survivor as one change batch of kind 'merge' (see
// MergeWriter for what moves). Undo and redo replay the batch like every edit; the
// merge stays in the history for UnmergeContacts, which can take it back much later.
class MergeContacts : public BatchCommand
{
public:
    MergeContacts(Workspace *workspace, const MergePlan &plan);

    // The row in merges, once redo() has run.
    qint64 mergeId() const { return m_mergeId; }
    qint64 survivorId() const { return m_plan.survivorId(); }

protected:
    Result apply(QSqlDatabase db) override;

private:
    MergePlan m_plan;
    qint64 m_mergeId = 0;
};

} // namespace Kempt
