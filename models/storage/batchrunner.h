#pragma once

#include "core/result.h"
#include "storage/batchkind.h"
#include "storage/changeset.h"

#include <QList>
#include <QSqlDatabase>
#include <functional>

namespace Kempt {

class BatchObserver;

// One journaled change batch on a given connection: a transaction, a change_batches row
// the journal triggers write under, fn, then the observers, then the commit. Workspace
// runs its batches through this on its own connection; long jobs (an import) run theirs
// on the connection of their worker thread, with observers of their own.
class BatchRunner
{
public:
    struct Batch
    {
        BatchKind kind = BatchKind::Edit;
        QString label;
        QString author;
        qint64 origin = 0; // the batch an undo or redo replays
    };
    using Fn = std::function<Result(QSqlDatabase)>;

    // changes: the batch's id and touched tables; id 0 when fn changed nothing (the
    // batch row is then removed). Nothing of a failure stays in the file.
    static Result run(QSqlDatabase db, const Batch &batch, const Fn &fn, const QList<BatchObserver *> &observers,
                      ChangeSet *changes);
};

} // namespace Kempt
