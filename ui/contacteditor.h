#pragma once

#include "core/result.h"
#include "domain/contact.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStringListModel;
class QTabWidget;

namespace Kempt {

class CountryComboBox;
class CustomFieldForm;
class DuplicateWarning;
class LabeledValueList;
class LiveQualityCheck;
class MessagePresenter;
class OptionalDateEdit;
class RecordHeader;
class TagListModel;
class TagsLineEdit;
class TimelineWidget;
class Workspace;

// Every field of one contact. Save is one undo step (CreateContact or EditContact);
// notes and activities on the Timeline tab are steps of their own.
class ContactEditor : public QDialog
{
    Q_OBJECT
public:
    // contactId 0 edits a new contact.
    ContactEditor(Workspace *workspace, MessagePresenter *presenter, qint64 contactId = 0, QWidget *parent = nullptr);

    qint64 contactId() const { return m_contact.id; }
    // The contact as the inputs describe it now.
    Contact contact() const;
    void setContact(const Contact &contact);

    // Checks the input and pushes the command; false (with the reason shown) when not saved.
    bool save();
    // Saves the contact and merges it with another one as one undo step, then closes:
    // a new contact goes into the one already there, an edited one into whichever the
    // merge rules keep. False (with the reason shown) when nothing was merged.
    bool saveAndMergeWith(qint64 otherContactId);
    void accept() override;
    void reject() override;
    bool hasChanges() const;
    QString errorText() const;

    QTabWidget *tabs() const { return m_tabs; }
    LabeledValueList *emailList() const { return m_emails; }
    LabeledValueList *phoneList() const { return m_phones; }
    LabeledValueList *socialList() const { return m_socials; }
    TagsLineEdit *tagsEdit() const { return m_tags; }
    CustomFieldForm *customFields() const { return m_custom; }
    TimelineWidget *timeline() const { return m_timeline; }
    // The style guide's findings on the contact as typed, marked on its fields.
    LiveQualityCheck *qualityCheck() const { return m_quality; }
    // "Possible duplicate of ..." while the contact is typed or edited.
    DuplicateWarning *duplicateWarning() const { return m_duplicates; }

private:
    QWidget *buildDetails();
    QWidget *buildContactInfo();
    QWidget *buildAddress();
    QWidget *buildConsent();
    QLineEdit *addLine(const QString &objectName);
    QComboBox *addCombo(const QString &objectName, const QStringList &items);
    Result validate() const;
    // Validation and the style guide's errors; false with the reason shown.
    bool checkInput();
    // Pushes CreateContact or EditContact; false when it failed.
    bool pushSave();
    void openOther(qint64 contactId);
    void showError(const QString &message, QWidget *field);
    void updateHeader();
    void updateCompanyCompletions(const QString &prefix);
    void loadFields();

    Workspace *m_workspace;
    MessagePresenter *m_presenter;
    Contact m_contact; // as stored; id 0 until a new contact is saved
    Contact m_shown;   // as the inputs showed it after loading, to tell whether anything changed

    RecordHeader *m_header;
    QLabel *m_error;
    QTabWidget *m_tabs;
    QComboBox *m_salutation;
    QLineEdit *m_firstName;
    QLineEdit *m_middleName;
    QLineEdit *m_lastName;
    QLineEdit *m_displayName;
    QLineEdit *m_jobTitle;
    QLineEdit *m_department;
    QLineEdit *m_company;
    QStringListModel *m_companyNames;
    QComboBox *m_owner;
    QComboBox *m_leadSource;
    TagsLineEdit *m_tags;
    TagListModel *m_tagModel;
    QLineEdit *m_website;
    OptionalDateEdit *m_birthday;
    QLabel *m_stamps;
    LabeledValueList *m_emails;
    LabeledValueList *m_phones;
    LabeledValueList *m_socials;
    QLineEdit *m_street;
    QLineEdit *m_postcode;
    QLineEdit *m_city;
    QLineEdit *m_region;
    CountryComboBox *m_country;
    QCheckBox *m_doNotEmail;
    QCheckBox *m_doNotCall;
    OptionalDateEdit *m_unsubscribedAt;
    QLineEdit *m_unsubscribeReason;
    CustomFieldForm *m_custom;
    QWidget *m_customPage = nullptr;
    TimelineWidget *m_timeline;
    LiveQualityCheck *m_quality = nullptr;
    DuplicateWarning *m_duplicates = nullptr;
};

} // namespace Kempt
