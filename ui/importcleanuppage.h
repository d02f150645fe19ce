#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QRadioButton;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;

namespace Kempt {

class ImportWizard;

// Step 4: the rows as the style guide leaves them (ImportPreviewModel): every changed cell
// "before → after", issues marked by severity, the problems counted by kind. The person
// chooses to apply the guide's fixes or keep the values as the file has them, and whether
// rows with errors are imported or rejected.
class ImportCleanupPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportCleanupPage(ImportWizard *wizard);

    void initializePage() override;
    bool validatePage() override;

    QRadioButton *applyFixesButton() const { return m_applyFixes; }
    QRadioButton *keepOriginalButton() const { return m_keepOriginal; }
    QCheckBox *skipInvalidBox() const { return m_skipInvalid; }
    QCheckBox *onlyProblemsBox() const { return m_onlyProblems; }
    QTableView *view() const { return m_view; }
    QTreeWidget *problemList() const { return m_problems; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    void optionsChanged();
    void refresh();

    ImportWizard *m_wizard;
    QRadioButton *m_applyFixes;
    QRadioButton *m_keepOriginal;
    QCheckBox *m_skipInvalid;
    QCheckBox *m_onlyProblems;
    QLabel *m_summary;
    QTreeWidget *m_problems;
    QTableView *m_view;
    QSortFilterProxyModel *m_filter;
};

} // namespace Kempt
