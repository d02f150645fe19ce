#pragma once

#include "audit/auditresult.h"
#include "audit/progresssink.h"
#include "core/result.h"

#include <QSqlDatabase>

namespace Kempt {

// The full re-audit: judges every live contact and company with the active style guide,
// replaces quality_issues in one transaction and stores the scores (auditscores.h) as a
// row of quality_snapshots. Headless; kempt-cli and the tests call run() directly, the
// GUI through AuditJob on a worker thread.
//
// Work is split over threads: worker threads, each on a connection of its own, read
// slices of the records, judge them and tally the scores (AuditPipeline), and the
// calling thread writes the findings on another connection. The
// run holds the workspace's write lock from the start (BEGIN IMMEDIATE), so no edit can
// fall between what was read and what is written; edits made meanwhile wait (up to the
// busy timeout). Cancelling, or any failure, rolls back: the previous issues and
// snapshots stay as they were.
class Auditor
{
public:
    // db: an open connection to the workspace, outside any write transaction; the run
    // opens its own connections to the same file and leaves db as it was.
    explicit Auditor(QSqlDatabase db);

    // Threads that read and judge records, beside the writer (default 2).
    void setEvaluators(int count) { m_evaluators = qMax(1, count); }
    // Records per block handed between threads (default 512).
    void setBlockSize(int records) { m_blockSize = qMax(1, records); }

    // How many of the records with most to do to list in the result (default none).
    void setWorstKept(int records) { m_worstKept = qMax(0, records); }

    // sink may be null. A cancelled run returns a failure and sets result->cancelled.
    Result run(ProgressSink *sink, AuditResult *result);

    // Whether the stored issues may be out of date as a whole: the style guide changed
    // since the last full audit, or none has run yet.
    static bool needsFullAudit(QSqlDatabase db);
    static Result markFullAuditNeeded(QSqlDatabase db);
    // The settings key markFullAuditNeeded() sets and a successful run() clears.
    static QString staleKey();

private:
    Result runOn(QSqlDatabase db, ProgressSink *sink, AuditResult *result);
    static Result writeSnapshot(QSqlDatabase db, const AuditResult &result, qint64 *id);

    QSqlDatabase m_db;
    int m_evaluators = 2;
    int m_blockSize = 512;
    int m_worstKept = 0;
};

} // namespace Kempt
