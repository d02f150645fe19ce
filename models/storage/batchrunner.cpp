#include "storage/batchrunner.h"
#include "storage/batchobserver.h"
#include "storage/journal.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace Kempt {

Result BatchRunner::run(QSqlDatabase db, const Batch &batch, const Fn &fn, const QList<BatchObserver *> &observers,
                        ChangeSet *changes)
{
    *changes = ChangeSet();
    Transaction tx(db);
    Result r = tx.begin();
    if (!r)
        return r;
    QSqlQuery q(db);
    r = exec(q, QStringLiteral("INSERT INTO change_batches(kind, label, author, origin_id) VALUES (?, ?, ?, ?)"),
             {batchKindName(batch.kind), batch.label, batch.author,
              batch.origin > 0 ? QVariant(batch.origin) : QVariant(QMetaType(QMetaType::LongLong))});
    if (!r)
        return r;
    const qint64 id = q.lastInsertId().toLongLong();
    if (!(r = Journal::setCurrentBatch(db, id)))
        return r;
    if (!(r = fn(db)))
        return r;
    if (!(r = Journal::clearCurrentBatch(db)))
        return r;
    ChangeSet done;
    done.batchId = id;
    done.tables = Journal::touchedTables(db, id);
    if (done.tables.isEmpty() && !(r = exec(q, QStringLiteral("DELETE FROM change_batches WHERE id = ?"), {id})))
        return r;
    // Derived data (the data-quality issues) follows the batch inside its transaction, so
    // the two never disagree; storage knows only the BatchObserver interface.
    if (!done.tables.isEmpty())
        for (BatchObserver *observer : observers)
            if (!(r = observer->batchWritten(db, done)))
                return r;
    if (!(r = tx.commit()))
        return r;
    if (done.tables.isEmpty())
        done.batchId = 0;
    *changes = done;
    return Result::success();
}

} // namespace Kempt
