#pragma once

#include "core/result.h"
#include "storage/changeset.h"

#include <QSqlDatabase>

namespace Kempt {

// Keeps something derived from the data in step with every change batch. Workspace calls
// each registered observer inside the batch's transaction, after the batch's own changes
// and before the commit, so what an observer writes commits or rolls back together with
// the batch. Storage knows only this interface; the data-quality audit implements it
// (see audit/attachquality.h), so storage does not depend on quality.
class BatchObserver
{
public:
    virtual ~BatchObserver() = default;
    // changes: the batch's id and the journaled tables it touched (never empty). A failure
    // rolls the whole batch back and its message reaches the person who made the change.
    virtual Result batchWritten(QSqlDatabase db, const ChangeSet &changes) = 0;
};

} // namespace Kempt
