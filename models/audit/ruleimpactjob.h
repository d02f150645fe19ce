#pragma once

#include "audit/ruleimpact.h"

#include <QObject>
#include <QThread>
#include <atomic>

namespace Kempt {

// Works out a RuleImpact off the GUI thread, on its own connection to the workspace file:
// first a quick sample (sampled()), then, unless switched off, the count over every
// record (progress(), then finished()). Signals arrive on the thread that owns the job.
// Delete it only after finished(); the destructor cancels and waits for the worker.
class RuleImpactJob : public QObject
{
    Q_OBJECT
public:
    RuleImpactJob(const QString &workspacePath, const StyleGuide &guide, const QString &ruleId, QObject *parent = nullptr);
    ~RuleImpactJob() override;

    // Records read for the sample (0: no sample) and whether to count every record.
    void setSample(int minRecords, int maxRecords);
    void setFullCount(bool full) { m_full = full; }
    void setCountFlags(bool count) { m_countFlags = count; }
    void setExamples(int examples) { m_examples = examples; }

    QString ruleId() const { return m_ruleId; }

    void start();
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void sampled(const Kempt::RuleImpact &impact);
    void progress(qint64 done, qint64 total);
    // ok false: message says why (cancelled runs say so).
    void finished(bool ok, const QString &message, const Kempt::RuleImpact &impact);

private:
    void work();

    QString m_path;
    StyleGuide m_guide;
    QString m_ruleId;
    int m_sampleMin = 0;
    int m_sampleMax = 0;
    bool m_full = true;
    bool m_countFlags = true;
    int m_examples = 8;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};

} // namespace Kempt

Q_DECLARE_METATYPE(Kempt::RuleImpact)
