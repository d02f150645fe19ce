#pragma once

#include "core/result.h"
#include "dedup/matchmodel.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace Kempt {

class ProgressSink;

// The blocking keys and value counts of the workspace's contacts, kept in the file
// (tables dedup_keys, dedup_counts, dedup_records and dedup_state of migration 2), so
// that DuplicateChecker finds the candidates of one record among a million without a scan.
//
// The index is built once (rebuild(), on first use), and then kept current batch by batch:
// DedupKeyObserver refreshes the contacts each change batch touched inside the batch's
// transaction, and catchUp() applies any batch written while no observer was attached
// (another program, an older Kempt), so a check never sees stale keys. Contacts in the
// trash have no keys.
class DedupKeyIndex
{
public:
    static bool isBuilt(QSqlDatabase db);
    static Result rebuild(QSqlDatabase db, ProgressSink *progress = nullptr);
    // Builds the index when it is missing, otherwise applies the batches it has not seen.
    static Result ensureCurrent(QSqlDatabase db, ProgressSink *progress = nullptr);
    static Result catchUp(QSqlDatabase db);
    // Refreshes the contacts one batch touched; call inside the batch's transaction.
    static Result batchWritten(QSqlDatabase db, qint64 batchId);

    // Counts of keys (how many contacts have each); 0 for keys no contact has.
    static Result counts(QSqlDatabase db, const QList<quint64> &keys, QHash<quint64, qint64> *out);

    // The model fitted by the last full scan, and the number of records it was fitted on,
    // for the incremental check.
    static Result saveModel(QSqlDatabase db, const MatchModel &model, qint64 records = 0);
    static MatchModel loadModel(QSqlDatabase db, qint64 *records = nullptr, bool *found = nullptr);

private:
    static Result refreshContacts(QSqlDatabase db, const QString &idsSql);
    static Result setState(QSqlDatabase db, const QString &name, const QString &value);
    static QString state(QSqlDatabase db, const QString &name);
};

} // namespace Kempt
