#pragma once

#include "import/duplicateaction.h"

#include <QWizardPage>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QTableView;

namespace Kempt {

class ImportWizard;
class PairExplanationModel;

// Step 5: the rows that are one person, with a contact already in the workspace or with
// one another, found on a worker thread before anything is written. Each group says why
// (the fields that agreed, and by how much) and what the import does with it; a default
// policy decides every group not decided by hand. The Import button starts the import.
class ImportDuplicatesPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportDuplicatesPage(ImportWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    // The groups are those of the file as it is now mapped and cleaned.
    bool hasSearched() const { return m_searched; }
    bool isSearching() const { return m_searching; }

    QComboBox *policyCombo() const { return m_policy; }
    QTableView *view() const { return m_view; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    // The chosen policy; no value: the recommended action of each group.
    std::optional<DuplicateAction> policy() const;
    void searchFinished(bool ok, const QString &message);
    void showGroup();
    void showLink();
    void updateSummary();

    ImportWizard *m_wizard;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QComboBox *m_policy;
    QTableView *m_view;
    QLabel *m_meaning;
    QComboBox *m_links;
    PairExplanationModel *m_explanation;
    QTableView *m_explanationView;
    bool m_searched = false;
    bool m_searching = false;
};

} // namespace Kempt
