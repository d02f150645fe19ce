#pragma once

#include "audit/ruleimpact.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QTableView;

namespace Kempt {

class FixSampleModel;
class RuleImpactJob;
class Workspace;

// Shows what applying one rule's fixes would change before anything is written: the
// number of records (FixPlanner's dry run, worked out on a worker thread), the fields
// and real values before → after. Accepting leaves the writing to the caller, which
// pushes ApplyFixes as one undoable batch.
class FixPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    FixPreviewDialog(Workspace *workspace, const QString &ruleId, QWidget *parent = nullptr);
    ~FixPreviewDialog() override;

    QString ruleId() const { return m_ruleId; }
    bool isCounted() const { return m_counted; }
    const RuleImpact &impact() const { return m_impact; }
    FixSampleModel *samples() const { return m_samples; }

Q_SIGNALS:
    void counted();

private:
    void onFinished(bool ok, const QString &message, const RuleImpact &impact);

    QString m_ruleId;
    QLabel *m_summary;
    QLabel *m_fields;
    QProgressBar *m_busy;
    QTableView *m_table;
    FixSampleModel *m_samples;
    QDialogButtonBox *m_buttons;
    QPointer<RuleImpactJob> m_job;
    RuleImpact m_impact;
    bool m_counted = false;
};

} // namespace Kempt
