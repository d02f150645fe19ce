#pragma once

#include "audit/fixsummary.h"
#include "commands/batchcommand.h"

namespace Kempt {

// Applies the style guide's fixes to every live record as one undoable batch of kind
// 'fix': all Fix rules, or only ruleId (see FixPlanner::guideFor). The changes are
// worked out inside the batch, so they match the data at that moment; summary() then
// says what changed. A run that changes nothing leaves no undo step.
class ApplyFixes : public BatchCommand
{
public:
    explicit ApplyFixes(Workspace *workspace, const QString &ruleId = QString());

    QString ruleId() const { return m_ruleId; }
    // What the first redo() changed.
    const FixSummary &summary() const { return m_summary; }

protected:
    Result apply(QSqlDatabase db) override;

private:
    QString m_ruleId;
    FixSummary m_summary;
};

} // namespace Kempt
