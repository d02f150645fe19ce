#pragma once

#include "audit/qualityoverview.h"
#include "domain/fielddef.h"
#include "stores/recordselection.h"

#include <QObject>
#include <QPointer>

class QDialog;
class QWidget;

namespace Kempt {

class RecordExportJob;
class MessagePresenter;
class Workspace;

// The fixes the dashboard starts for one problem, each an undoable command on the
// workspace's stack: a rule's automatic fixes after a preview (ApplyFixes), a missing
// field filled in on every record that lacks it (UpdateField through the bulk-update
// dialog), and stale contacts flagged with a tag (TagRecords), exported for
// re-confirmation (CSV, on a worker thread) or moved to the trash (DeleteRecords).
// The records are those that have a finding of the rule now, not when it was audited.
class QualityFixActions : public QObject
{
    Q_OBJECT
public:
    QualityFixActions(Workspace *workspace, MessagePresenter *presenter, QWidget *dialogParent, QObject *parent = nullptr);

    // The live records with a finding of the problem's rule, and how many there are.
    RecordSelection selection(const QualityProblem &problem) const;
    qint64 count(const QualityProblem &problem) const;
    // The rule's field when a bulk update can set it: a rule over one field, not e-mail or
    // phone (which are personal).
    QList<FieldDef> fillableFields(const QualityProblem &problem) const;
    bool isExporting() const { return !m_export.isNull(); }

public Q_SLOTS:
    void applyFixes(const Kempt::QualityProblem &problem);
    void fillIn(const Kempt::QualityProblem &problem);
    void flag(const Kempt::QualityProblem &problem);
    void exportRecords(const Kempt::QualityProblem &problem);
    void moveToTrash(const Kempt::QualityProblem &problem);

Q_SIGNALS:
    void dialogOpened(QDialog *dialog);
    void statusMessage(const QString &text);
    // A command changed records (the audit's numbers are out of date).
    void applied();
    void exportProgress(qint64 rows, qint64 total);
    void exportFinished(bool ok, const QString &path);

private:
    bool ready(const QualityProblem &problem) const;

    Workspace *m_workspace;
    MessagePresenter *m_presenter;
    QPointer<QWidget> m_dialogParent;
    QPointer<RecordExportJob> m_export;
};

} // namespace Kempt
