#pragma once

#include "storage/batchobserver.h"

namespace Kempt {

// Keeps the duplicate-detection index (DedupKeyIndex) current on every write: after each
// change batch it refreshes the keys of the contacts the batch touched, inside the batch's
// own transaction. Does nothing until the index has been built.
class DedupKeyObserver : public BatchObserver
{
public:
    Result batchWritten(QSqlDatabase db, const ChangeSet &changes) override;
};

} // namespace Kempt
