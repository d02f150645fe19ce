#include "audit/ruleimpactjob.h"
#include "storage/database.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QMetaObject>

namespace Kempt {

namespace {

QAtomicInt s_jobCounter;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Audit)
};

// Forwards progress to the job's thread once per percent and answers whether to go on.
class JobSink : public ProgressSink
{
public:
    JobSink(QObject *job, const std::atomic<bool> *cancel) : m_job(job), m_cancel(cancel) {}
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
    QObject *m_job;
    const std::atomic<bool> *m_cancel;
    int m_percent = -1;
};

} // namespace

RuleImpactJob::RuleImpactJob(const QString &workspacePath, const StyleGuide &guide, const QString &ruleId, QObject *parent)
    : QObject(parent)
    , m_path(workspacePath)
    , m_guide(guide)
    , m_ruleId(ruleId)
{
    qRegisterMetaType<Kempt::RuleImpact>();
}

RuleImpactJob::~RuleImpactJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void RuleImpactJob::setSample(int minRecords, int maxRecords)
{
    m_sampleMin = qMax(0, minRecords);
    m_sampleMax = qMax(m_sampleMin, maxRecords);
}

void RuleImpactJob::start()
{
    if (isRunning())
        return;
    delete m_thread;
    m_cancel = false;
    m_thread = QThread::create([this] { work(); });
    m_thread->start();
}

void RuleImpactJob::cancel()
{
    m_cancel = true;
}

bool RuleImpactJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void RuleImpactJob::work()
{
    const QString name = QStringLiteral("kempt-ruleimpact-%1").arg(s_jobCounter.fetchAndAddRelaxed(1));
    RuleImpact impact;
    Result r = Database::openConnection(m_path, name);
    if (r) {
        {
            RuleImpactCounter counter(QSqlDatabase::database(name, false), m_guide, m_ruleId);
            counter.setExamples(m_examples);
            counter.setCountFlags(m_countFlags);
            if (m_sampleMax > 0) {
                RuleImpact sample;
                r = counter.sample(m_sampleMin, m_sampleMax, &sample);
                if (r)
                    QMetaObject::invokeMethod(this, "sampled", Qt::QueuedConnection, Q_ARG(Kempt::RuleImpact, sample));
                impact = sample;
            }
            if (r && m_full && !m_cancel) {
                JobSink sink(this, &m_cancel);
                r = counter.count(&sink, &impact);
            }
            if (r && m_cancel)
                r = Result::failure(Tr::tr("Counting was cancelled."));
        }
        Database::close(name);
    }
    QMetaObject::invokeMethod(this, "finished", Qt::QueuedConnection, Q_ARG(bool, r.ok()), Q_ARG(QString, r.message()),
                              Q_ARG(Kempt::RuleImpact, impact));
}

} // namespace Kempt
