#pragma once

#include "audit/guideenginecache.h"
#include "storage/batchobserver.h"

namespace Kempt {

// Keeps quality_issues current on every write: after each change batch (an edit, a bulk
// update, an import, an undo or a redo) it finds the contacts and companies the batch
// touched (AffectedRecords), judges them again with the active style guide and replaces
// their issues, inside the batch's own transaction. Records in the trash have none.
//
// A batch that changes the style guide itself leaves the other records judged by the
// old rules; it marks that a full audit is due (Auditor::needsFullAudit) instead of
// judging every record inside the edit.
class IncrementalAudit : public BatchObserver
{
public:
    Result batchWritten(QSqlDatabase db, const ChangeSet &changes) override;

    // Judges the records listed in temp.audit_affected and replaces their issues.
    static Result refreshAffected(QSqlDatabase db, const RuleEngine &engine);

private:
    GuideEngineCache m_engines;
};

} // namespace Kempt
