#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Kempt {

class ImportWizard;

// Step 3: where each column goes. Columns are mapped from their headers; a combo box per
// column changes it (a Kempt field, a custom field, a new custom field or nothing). A
// full name in one column is split, several columns may feed one field. The mapping can
// be saved as a named profile, which is offered again, and chosen by itself, for a file
// with the same headers.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QTableView *view() const { return m_view; }
    QComboBox *profileCombo() const { return m_profiles; }

public Q_SLOTS:
    void saveProfile();
    void deleteProfile();

private:
    void fillProfiles(const QString &select);
    void applyProfile(int index);
    void updateState();

    ImportWizard *m_wizard;
    QComboBox *m_profiles;
    QPushButton *m_save;
    QPushButton *m_delete;
    QLabel *m_profileNote;
    QTableView *m_view;
    QLabel *m_status;
    bool m_filling = false;
};

} // namespace Kempt
