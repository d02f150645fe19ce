#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Kempt {

class ImportWizard;
struct ImportProgress;

// Step 6: the import runs on a worker thread (ImportJob) while this page shows the rows
// read, rows per second and the time left. Cancel Import (or the wizard's Cancel) stops
// it; the workspace is then exactly as it was. When the import is in, the wizard goes on
// to the summary by itself.
class ImportProgressPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportProgressPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *detailLabel() const { return m_detail; }

private:
    void showProgress(const ImportProgress &progress);
    void finished(bool ok, const QString &message);

    ImportWizard *m_wizard;
    QProgressBar *m_bar;
    QLabel *m_detail;
    QLabel *m_message;
    QPushButton *m_cancel;
    bool m_done = false;
    bool m_ok = false;
};

} // namespace Kempt
