#include "audit/auditjob.h"
#include "audit/auditor.h"
#include "storage/database.h"

#include <QAtomicInt>
#include <QMetaObject>
#include <QPointer>
#include <QSqlDatabase>

namespace Kempt {

namespace {

QAtomicInt s_jobCounter;

// Forwards the auditor's progress to the job's thread, once per percent, and answers
// its question whether to go on from the job's cancel flag.
class JobSink : public ProgressSink
{
public:
    JobSink(AuditJob *job, const std::atomic<bool> *cancel)
        : m_job(job)
        , m_cancel(cancel)
    {
    }
    bool progress(qint64 done, qint64 total) override
    {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (percent != m_percent) {
            m_percent = percent;
            QMetaObject::invokeMethod(m_job, "progress", Qt::QueuedConnection, Q_ARG(qint64, done), Q_ARG(qint64, total));
        }
        return !m_cancel->load();
    }

private:
    AuditJob *m_job;
    const std::atomic<bool> *m_cancel;
    int m_percent = -1;
};

} // namespace

AuditJob::AuditJob(const QString &workspacePath, QObject *parent)
    : QObject(parent)
    , m_path(workspacePath)
{
    qRegisterMetaType<Kempt::AuditResult>();
}

AuditJob::~AuditJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void AuditJob::start()
{
    if (isRunning())
        return;
    delete m_thread;
    m_cancel = false;
    m_thread = QThread::create([this] { work(); });
    m_thread->start();
}

void AuditJob::cancel()
{
    m_cancel = true;
}

bool AuditJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void AuditJob::work()
{
    const QString name = QStringLiteral("kempt-auditjob-%1").arg(s_jobCounter.fetchAndAddRelaxed(1));
    AuditResult result;
    Result r = Database::openConnection(m_path, name);
    if (r) {
        {
            JobSink sink(this, &m_cancel);
            Auditor auditor(QSqlDatabase::database(name, false));
            r = auditor.run(&sink, &result);
        }
        Database::close(name);
    }
    QMetaObject::invokeMethod(this, "finished", Qt::QueuedConnection, Q_ARG(bool, r.ok()), Q_ARG(QString, r.message()),
                              Q_ARG(Kempt::AuditResult, result));
}

} // namespace Kempt
