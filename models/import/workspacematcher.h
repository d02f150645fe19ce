#pragma once

#include "core/result.h"
#include "dedup/duplicatechecker.h"
#include "dedup/duprecord.h"

#include <QList>
#include <QSqlDatabase>
#include <functional>
#include <vector>

namespace Kempt {

// The best existing contact for each of many records (DuplicateChecker against the
// workspace's stored index), for ImportDuplicates. With many records the work is shared
// with a second thread that reads the workspace file on a connection of its own (WAL
// lets both read at once), since each check is a handful of small queries and a big
// import file has thousands of rows.
class WorkspaceMatcher
{
public:
    // Fewer records are checked on the calling thread alone.
    static constexpr int ParallelFrom = 1000;

    explicit WorkspaceMatcher(QSqlDatabase db);

    // best[i] is the best match of records[i] (contactId 0: none). progress is told
    // (records checked, all records) now and then on the calling thread; false cancels.
    Result match(const QList<DupRecord> &records, std::vector<DuplicateChecker::Match> *best,
                 const std::function<bool(qint64, qint64)> &progress);
    bool wasCancelled() const { return m_cancelled; }

private:
    QSqlDatabase m_db;
    bool m_cancelled = false;
};

} // namespace Kempt
