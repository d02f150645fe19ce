#pragma once

#include "core/result.h"

#include <QMetaType>
#include <QObject>
#include <QSqlDatabase>
#include <QThread>
#include <atomic>

namespace Kempt {

class DuplicateFinder;
class ProgressSink;

// A full duplicate scan of the workspace's contacts (DuplicateFinder) that keeps what it
// found (DuplicateGroupStore): the Duplicates section runs it off the GUI thread on a
// connection of its own, with progress and cancel.
//
// Nothing is half-written: the groups, the match model the scan fitted (for the checks of
// new contacts) and the scan's bookkeeping replace the last scan's in one transaction at
// the very end; a scan cancelled or failed before leaves them as they were. The blocking
// index the checks use is built on the way when the workspace has none.
//
// Signals arrive on the thread that owns the job. Delete it only after finished(); the
// destructor cancels and waits for the worker.
class DuplicateScanJob : public QObject
{
    Q_OBJECT
public:
    struct Summary
    {
        qint64 records = 0;
        qint64 pairs = 0;
        qint64 sure = 0;       // groups
        qint64 possible = 0;
        qint64 groupedRecords = 0;
        qint64 milliseconds = 0;
        bool cancelled = false;
        qint64 groups() const { return sure + possible; }
    };

    // progress() counts up to this.
    static constexpr qint64 ProgressTotal = 1000;

    explicit DuplicateScanJob(const QString &workspacePath, QObject *parent = nullptr);
    ~DuplicateScanJob() override;

    void start();
    void cancel();
    bool isRunning() const;

    // The whole scan on the calling thread with db, a connection of that thread. progress
    // runs to ProgressTotal; answering false stops the scan (summary->cancelled is set).
    // threads 0: every core.
    static Result run(QSqlDatabase db, ProgressSink *progress, Summary *summary, int threads = 0);
    // The same with the caller's finder, for whoever shows its pairs and explanations
    // afterwards (kempt-cli dedupe): the groups are kept all the same.
    static Result run(QSqlDatabase db, ProgressSink *progress, Summary *summary, int threads, DuplicateFinder *finder);

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // ok false: message says why; a cancelled scan says so and summary.cancelled is set.
    void finished(bool ok, const QString &message, const Kempt::DuplicateScanJob::Summary &summary);

private:
    void work();

    QString m_path;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};

} // namespace Kempt

Q_DECLARE_METATYPE(Kempt::DuplicateScanJob::Summary)
