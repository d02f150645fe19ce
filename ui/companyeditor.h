#pragma once

#include "core/result.h"
#include "domain/company.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTableView;

namespace Kempt {

class CountryComboBox;
class CustomFieldForm;
class MessagePresenter;
class RecordHeader;
class RecordTableModel;
class TagListModel;
class TagsLineEdit;
class TimelineWidget;
class Workspace;

// Every field of one company, its contacts (read-only) and its timeline. Save is one
// undo step (CreateCompany or EditCompany).
class CompanyEditor : public QDialog
{
    Q_OBJECT
public:
    // companyId 0 edits a new company.
    CompanyEditor(Workspace *workspace, MessagePresenter *presenter, qint64 companyId = 0, QWidget *parent = nullptr);

    qint64 companyId() const { return m_company.id; }
    Company company() const;
    void setCompany(const Company &company);

    bool save();
    void accept() override;
    void reject() override;
    bool hasChanges() const;

    QTabWidget *tabs() const { return m_tabs; }
    RecordTableModel *contactsModel() const { return m_contactsModel; }
    CustomFieldForm *customFields() const { return m_custom; }

private:
    QWidget *buildDetails();
    QWidget *buildAddress();
    QWidget *buildContacts();
    QLineEdit *addLine(const QString &objectName);
    QComboBox *addCombo(const QString &objectName, const QStringList &items);
    void updateHeader();
    void showError(const QString &message, QWidget *field);

    Workspace *m_workspace;
    MessagePresenter *m_presenter;
    Company m_company;
    Company m_shown;

    RecordHeader *m_header;
    QLabel *m_error;
    QTabWidget *m_tabs;
    QLineEdit *m_name;
    QLineEdit *m_legalForm;
    QComboBox *m_industry;
    QComboBox *m_size;
    QLineEdit *m_website;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QComboBox *m_owner;
    TagsLineEdit *m_tags;
    TagListModel *m_tagModel;
    QPlainTextEdit *m_description;
    QLineEdit *m_street;
    QLineEdit *m_postcode;
    QLineEdit *m_city;
    QLineEdit *m_region;
    CountryComboBox *m_country;
    CustomFieldForm *m_custom;
    QWidget *m_customPage = nullptr;
    RecordTableModel *m_contactsModel;
    QTableView *m_contactsView = nullptr;
    QWidget *m_contactsPage = nullptr;
    TimelineWidget *m_timeline;
};

} // namespace Kempt
