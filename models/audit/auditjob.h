#pragma once

#include "audit/auditresult.h"

#include <QObject>
#include <QThread>
#include <atomic>

namespace Kempt {

// Runs the full audit (Auditor) off the GUI thread on its own connection to the
// workspace file. Signals arrive on the thread that owns the job; progress is sent only
// when the percentage changes. Delete the job only after finished() (or call cancel()
// and wait for it): the destructor cancels and waits for the worker.
class AuditJob : public QObject
{
    Q_OBJECT
public:
    explicit AuditJob(const QString &workspacePath, QObject *parent = nullptr);
    ~AuditJob() override;

    void start();
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // ok false: message says why (a cancelled run says so and result.cancelled is set).
    void finished(bool ok, const QString &message, const Kempt::AuditResult &result);

private:
    void work();

    QString m_path;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};

} // namespace Kempt

Q_DECLARE_METATYPE(Kempt::AuditResult)
