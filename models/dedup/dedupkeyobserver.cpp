#include "dedup/dedupkeyobserver.h"

#include "dedup/dedupkeyindex.h"

namespace Kempt {

Result DedupKeyObserver::batchWritten(QSqlDatabase db, const ChangeSet &changes)
{
    return DedupKeyIndex::batchWritten(db, changes.batchId);
}

} // namespace Kempt
