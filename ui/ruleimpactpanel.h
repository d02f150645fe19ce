#pragma once

#include "audit/ruleimpact.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTableView;
class QTimer;

namespace Kempt {

class FixSampleModel;
class RuleImpactJob;
class Workspace;

// The style-guide editor's live preview of the rule being edited: real values of the
// workspace before → after, and the rule's impact ("would change 8,412 contacts · flag
// 311"). A moment after the last edit it judges a sample of the first records (a few
// milliseconds, so it runs right here), then counts every record on a worker thread. A
// newer edit cancels the count in progress; one count runs at a time.
class RuleImpactPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RuleImpactPanel(QWidget *parent = nullptr);
    ~RuleImpactPanel() override;

    // Starts (after a short pause) working out the impact of ruleId in guide.
    void request(Workspace *workspace, const StyleGuide &guide, const QString &ruleId);
    void clear();
    // Whether the latest request is fully counted.
    bool isComplete() const { return m_complete; }
    const RuleImpact &impact() const { return m_impact; }
    QString summaryText() const;
    FixSampleModel *samples() const { return m_samples; }
    // For tests: how long to wait after an edit before sampling.
    void setDelay(int milliseconds);

Q_SIGNALS:
    void sampled();
    void counted();

private:
    void startPending();
    void startCount();
    void show(const RuleImpact &impact);
    void onFinished(bool ok, const QString &message, const RuleImpact &impact);

    QPointer<Workspace> m_workspace;
    bool m_countPending = false;
    StyleGuide m_guide;
    QString m_ruleId;
    bool m_pending = false;
    bool m_complete = false;
    RuleImpact m_impact;
    QTimer *m_timer;
    QPointer<RuleImpactJob> m_job;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QTableView *m_table;
    QLabel *m_flagged;
    FixSampleModel *m_samples;
};

} // namespace Kempt
