#pragma once

#include <QWizardPage>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Kempt {

class ImportWizard;

// Step 1: the file, chosen with Browse…, typed, or dropped onto the page (or onto the
// main window, which opens the wizard with it), and what Kempt found in it: the format,
// encoding, delimiter, sheets and header row.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard *wizard);

    bool isComplete() const override;
    QLineEdit *pathEdit() const { return m_path; }
    QLabel *detectedLabel(const QString &name) const;

public Q_SLOTS:
    void browse();
    void choose(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showDetected();
    void addRow(const QString &label, const QString &name, const QString &text);

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_error;
    QGroupBox *m_detectedBox;
    QFormLayout *m_detected;
};

} // namespace Kempt
