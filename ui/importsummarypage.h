#pragma once

#include <QWizardPage>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace Kempt {

class ImportWizard;

// Step 7: what the import did (created, updated, merged, skipped, rejected; values the
// style guide fixed; issues left), the rejected rows with their reasons, saved as CSV on
// request, and "Undo This Import".
class ImportSummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportSummaryPage(ImportWizard *wizard);

    void initializePage() override;
    QPushButton *undoButton() const { return m_undo; }
    QPushButton *saveRejectedButton() const { return m_saveRejected; }
    QLabel *countLabel(const QString &name) const;

public Q_SLOTS:
    void saveRejected();
    void undoImport();

private:
    ImportWizard *m_wizard;
    QFormLayout *m_counts;
    QTreeWidget *m_issues;
    QTableWidget *m_rejected;
    QLabel *m_undone;
    QPushButton *m_saveRejected;
    QPushButton *m_undo;
};

} // namespace Kempt
