#include "contacteditor.h"
#include "alignment.h"
#include "commandrunner.h"
#include "countrycombobox.h"
#include "customfieldform.h"
#include "datetext.h"
#include "duplicatewarning.h"
#include "fieldsuggestions.h"
#include "icons.h"
#include "labeledvaluelist.h"
#include "livequalitycheck.h"
#include "qualityissuepanel.h"
#include "messagepresenter.h"
#include "optionaldateedit.h"
#include "recordheader.h"
#include "tagslineedit.h"
#include "timelinewidget.h"

#include "commands/createcontact.h"
#include "commands/editcontact.h"
#include "commands/mergecontacts.h"
#include "core/timestamps.h"
#include "domain/fieldcatalog.h"
#include "itemmodels/taglistmodel.h"
#include "merge/mergegrouppreview.h"
#include "merge/survivorshiprules.h"
#include "quality/qualityrecord.h"
#include "storage/workspace.h"
#include "stores/companystore.h"
#include "stores/contactstore.h"
#include "stores/userstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStringListModel>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Kempt {

namespace {

QList<QPair<QString, QString>> contactLabels()
{
    return {{QStringLiteral("work"), ContactEditor::tr("Work")},
            {QStringLiteral("home"), ContactEditor::tr("Home")},
            {QStringLiteral("mobile"), ContactEditor::tr("Mobile")},
            {QStringLiteral("other"), ContactEditor::tr("Other")}};
}

QList<QPair<QString, QString>> networks()
{
    return {{QStringLiteral("linkedin"), QStringLiteral("LinkedIn")},
            {QStringLiteral("x"), QStringLiteral("X")},
            {QStringLiteral("github"), QStringLiteral("GitHub")},
            {QStringLiteral("facebook"), QStringLiteral("Facebook")},
            {QStringLiteral("instagram"), QStringLiteral("Instagram")},
            {QStringLiteral("other"), ContactEditor::tr("Other")}};
}

bool sameContact(const Contact &a, const Contact &b)
{
    return a.salutation == b.salutation && a.firstName == b.firstName && a.middleName == b.middleName
        && a.lastName == b.lastName && a.displayName == b.displayName && a.jobTitle == b.jobTitle
        && a.department == b.department && a.companyName == b.companyName && a.street == b.street && a.city == b.city
        && a.region == b.region && a.postcode == b.postcode && a.country == b.country && a.birthday == b.birthday
        && a.website == b.website && a.leadSource == b.leadSource && a.ownerName == b.ownerName
        && a.doNotEmail == b.doNotEmail && a.doNotCall == b.doNotCall && a.unsubscribedAt == b.unsubscribedAt
        && a.unsubscribeReason == b.unsubscribeReason && a.emails == b.emails && a.phones == b.phones
        && a.socials == b.socials && a.tags == b.tags && a.custom == b.custom;
}

bool looksLikeEmail(const QString &text)
{
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    return at > 0 && at == text.lastIndexOf(QLatin1Char('@')) && at < text.size() - 1 && !text.contains(QLatin1Char(' '));
}

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(leadingEdge() | Qt::AlignVCenter);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QWidget *scrollable(QWidget *content)
{
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

} // namespace

ContactEditor::ContactEditor(Workspace *workspace, MessagePresenter *presenter, qint64 contactId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_presenter(presenter)
    , m_header(new RecordHeader(this))
    , m_error(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_companyNames(new QStringListModel(this))
    , m_tagModel(new TagListModel(workspace, this))
    , m_custom(new CustomFieldForm(this))
    , m_timeline(new TimelineWidget(workspace, this))
{
    setObjectName(QStringLiteral("contactEditor"));
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0;"
                                          " border-radius: 4px; padding: 6px 8px; }"));
    m_error->hide();

    m_tabs->addTab(buildDetails(), tr("&Details"));
    m_tabs->addTab(scrollable(buildContactInfo()), tr("&Contact Info"));
    m_tabs->addTab(buildAddress(), tr("&Address"));
    m_tabs->addTab(buildConsent(), tr("C&onsent"));
    m_customPage = scrollable(m_custom);
    m_tabs->addTab(m_customPage, tr("Custom &Fields"));
    m_tabs->addTab(m_timeline, tr("&Timeline"));
    m_tabs->setDocumentMode(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContactEditor::reject);

    // The style guide judges the contact as it is typed; its findings sit under the fields.
    m_quality = new LiveQualityCheck(workspace, this, this);
    m_quality->setSource([this] { return QualityRecord::fromContact(contact()); });
    const QList<std::pair<const char *, QWidget *>> checked = {
        {"salutation", m_salutation}, {"first_name", m_firstName}, {"middle_name", m_middleName},
        {"last_name", m_lastName}, {"display_name", m_displayName}, {"job_title", m_jobTitle},
        {"department", m_department}, {"company", m_company}, {"owner", m_owner}, {"lead_source", m_leadSource},
        {"website", m_website}, {"birthday", m_birthday}, {"tags", m_tags}, {"street", m_street},
        {"postcode", m_postcode}, {"city", m_city}, {"region", m_region}, {"country", m_country},
        {"do_not_email", m_doNotEmail}, {"unsubscribed_at", m_unsubscribedAt}, {"unsubscribe_reason", m_unsubscribeReason}};
    for (const auto &[key, input] : checked)
        m_quality->addField(QString::fromLatin1(key), input);
    m_quality->addList(QStringLiteral("email"), m_emails);
    m_quality->addList(QStringLiteral("phone"), m_phones);

    // Someone already in the workspace who looks like the contact as typed.
    m_duplicates = new DuplicateWarning(workspace, this);
    m_duplicates->setSource([this] { return contact(); });
    connect(m_duplicates, &DuplicateWarning::openRequested, this, &ContactEditor::openOther);
    connect(m_duplicates, &DuplicateWarning::mergeRequested, this, &ContactEditor::saveAndMergeWith);
    connect(m_duplicates, &DuplicateWarning::saveAnywayRequested, this, [this] {
        m_duplicates->dismiss();
        accept();
    });
    for (QLineEdit *e : {m_firstName, m_lastName, m_displayName, m_company, m_street, m_postcode, m_city})
        connect(e, &QLineEdit::textChanged, m_duplicates, &DuplicateWarning::schedule);
    for (LabeledValueList *list : {m_emails, m_phones})
        connect(list, &LabeledValueList::changed, m_duplicates, &DuplicateWarning::schedule);
    connect(m_birthday, &OptionalDateEdit::dateChanged, m_duplicates, &DuplicateWarning::schedule);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_error);
    layout->addWidget(m_duplicates);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_quality->panel());
    layout->addWidget(buttons);

    for (QLineEdit *e : {m_firstName, m_middleName, m_lastName, m_displayName, m_jobTitle})
        connect(e, &QLineEdit::textChanged, this, &ContactEditor::updateHeader);
    connect(m_company, &QLineEdit::textChanged, this, &ContactEditor::updateHeader);
    connect(m_emails, &LabeledValueList::changed, this, &ContactEditor::updateHeader);

    loadFields();
    Contact contact;
    if (contactId > 0 && workspace && workspace->isOpen()) {
        if (const std::optional<Contact> stored = ContactStore(workspace->db()).load(contactId))
            contact = *stored;
    }
    setContact(contact);
    resize(780, 700);
}

QLineEdit *ContactEditor::addLine(const QString &objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setClearButtonEnabled(true);
    return edit;
}

QComboBox *ContactEditor::addCombo(const QString &objectName, const QStringList &items)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems(items);
    combo->setCurrentIndex(-1);
    return combo;
}

QWidget *ContactEditor::buildDetails()
{
    auto *page = new QWidget;
    m_salutation = addCombo(QStringLiteral("salutation"), FieldSuggestions::of(QStringLiteral("salutation"), m_workspace));
    m_salutation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_salutation->setMinimumContentsLength(6);
    m_firstName = addLine(QStringLiteral("firstName"));
    m_middleName = addLine(QStringLiteral("middleName"));
    m_lastName = addLine(QStringLiteral("lastName"));
    m_displayName = addLine(QStringLiteral("displayName"));
    m_displayName->setToolTip(tr("Leave empty to use the name composed from its parts."));
    m_birthday = new OptionalDateEdit(this);
    m_birthday->setObjectName(QStringLiteral("birthday"));
    m_jobTitle = addLine(QStringLiteral("jobTitle"));
    m_department = addLine(QStringLiteral("department"));
    m_company = addLine(QStringLiteral("company"));
    auto *completer = new QCompleter(m_companyNames, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_company->setCompleter(completer);
    m_company->setPlaceholderText(tr("Found or created by name"));
    connect(m_company, &QLineEdit::textEdited, this, &ContactEditor::updateCompanyCompletions);
    const bool open = m_workspace && m_workspace->isOpen();
    m_owner = addCombo(QStringLiteral("owner"), open ? UserStore(m_workspace->db()).names() : QStringList());
    m_leadSource = addCombo(QStringLiteral("leadSource"), FieldSuggestions::of(QStringLiteral("lead_source"), m_workspace));
    m_website = addLine(QStringLiteral("website"));
    m_website->setPlaceholderText(QStringLiteral("https://"));
    m_tags = new TagsLineEdit(this);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setTagModel(m_tagModel, TagListModel::NameRole);
    m_stamps = new QLabel(this);
    m_stamps->setForegroundRole(QPalette::PlaceholderText);
    m_stamps->setWordWrap(true);
    m_stamps->setAlignment(leadingEdge() | Qt::AlignVCenter);

    auto *person = new QFormLayout;
    person->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    person->addRow(sectionLabel(tr("Person"), page));
    person->addRow(tr("Salutation:"), m_salutation);
    person->addRow(tr("&First name:"), m_firstName);
    person->addRow(tr("Middle name:"), m_middleName);
    person->addRow(tr("&Last name:"), m_lastName);
    person->addRow(tr("Display name:"), m_displayName);
    person->addRow(tr("Birthday:"), m_birthday);
    person->addRow(tr("Website:"), m_website);

    auto *work = new QFormLayout;
    work->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    work->addRow(sectionLabel(tr("Work"), page));
    work->addRow(tr("Job title:"), m_jobTitle);
    work->addRow(tr("Department:"), m_department);
    work->addRow(tr("Com&pany:"), m_company);
    work->addRow(tr("O&wner:"), m_owner);
    work->addRow(tr("Lead source:"), m_leadSource);
    work->addRow(tr("T&ags:"), m_tags);

    auto *columns = new QHBoxLayout;
    // Spacing as an item: a nested form would take the box's spacing for its rows too.
    columns->addLayout(person, 1);
    columns->addSpacing(24);
    columns->addLayout(work, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(columns);
    layout->addStretch();
    layout->addWidget(m_stamps);
    return page;
}

QWidget *ContactEditor::buildContactInfo()
{
    auto *page = new QWidget;
    m_emails = new LabeledValueList(contactLabels(), true, page);
    m_emails->setObjectName(QStringLiteral("emails"));
    m_emails->setPlaceholder(tr("name@example.com"));
    m_emails->setAddText(tr("Add E-mail Address"));
    m_phones = new LabeledValueList(contactLabels(), true, page);
    m_phones->setObjectName(QStringLiteral("phones"));
    m_phones->setPlaceholder(tr("+49 30 1234567"));
    m_phones->setAddText(tr("Add Phone Number"));
    m_socials = new LabeledValueList(networks(), false, page);
    m_socials->setObjectName(QStringLiteral("socials"));
    m_socials->setPlaceholder(QStringLiteral("https://"));
    m_socials->setAddText(tr("Add Profile"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(sectionLabel(tr("E-mail addresses"), page));
    layout->addWidget(m_emails);
    layout->addSpacing(8);
    layout->addWidget(sectionLabel(tr("Phone numbers"), page));
    layout->addWidget(m_phones);
    layout->addSpacing(8);
    layout->addWidget(sectionLabel(tr("Social profiles"), page));
    layout->addWidget(m_socials);
    layout->addStretch();
    return page;
}

QWidget *ContactEditor::buildAddress()
{
    auto *page = new QWidget;
    m_street = addLine(QStringLiteral("street"));
    m_postcode = addLine(QStringLiteral("postcode"));
    m_postcode->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 12);
    m_city = addLine(QStringLiteral("city"));
    m_region = addLine(QStringLiteral("region"));
    m_country = new CountryComboBox(this);
    m_country->setObjectName(QStringLiteral("country"));
    auto *cityRow = new QHBoxLayout;
    cityRow->addWidget(m_postcode);
    cityRow->addWidget(m_city, 1);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Street:"), m_street);
    form->addRow(tr("Postcode, &city:"), cityRow);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("Countr&y:"), m_country);
    return page;
}

QWidget *ContactEditor::buildConsent()
{
    auto *page = new QWidget;
    m_doNotEmail = new QCheckBox(tr("Do not send e-mail"), page);
    m_doNotEmail->setObjectName(QStringLiteral("doNotEmail"));
    m_doNotCall = new QCheckBox(tr("Do not call"), page);
    m_doNotCall->setObjectName(QStringLiteral("doNotCall"));
    m_unsubscribedAt = new OptionalDateEdit(page);
    m_unsubscribedAt->setObjectName(QStringLiteral("unsubscribedAt"));
    m_unsubscribeReason = addLine(QStringLiteral("unsubscribeReason"));
    m_unsubscribeReason->setPlaceholderText(tr("e.g. asked by phone"));
    connect(m_unsubscribedAt, &OptionalDateEdit::dateChanged, this,
            [this](const QDate &d) { m_unsubscribeReason->setEnabled(d.isValid()); });
    auto *note = new QLabel(tr("Record what the person asked for, and when they unsubscribed."), page);
    note->setWordWrap(true);
    note->setAlignment(leadingEdge() | Qt::AlignTop);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(QString(), m_doNotEmail);
    form->addRow(QString(), m_doNotCall);
    form->addRow(tr("Unsubscribed on:"), m_unsubscribedAt);
    form->addRow(tr("Reason:"), m_unsubscribeReason);
    form->addRow(note);
    return page;
}

void ContactEditor::loadFields()
{
    const bool open = m_workspace && m_workspace->isOpen();
    m_custom->setFields(open ? FieldCatalog::fields(Entity::Contact, m_workspace->db()) : QList<FieldDef>());
    // A workspace without custom fields has nothing to show on that tab.
    m_tabs->setTabVisible(m_tabs->indexOf(m_customPage), !m_custom->isEmpty());
}

void ContactEditor::updateCompanyCompletions(const QString &prefix)
{
    if (m_workspace && m_workspace->isOpen())
        m_companyNames->setStringList(CompanyStore(m_workspace->db()).names(prefix.trimmed(), 20));
}

void ContactEditor::setContact(const Contact &c)
{
    m_contact = c;
    m_salutation->setCurrentText(c.salutation);
    m_firstName->setText(c.firstName);
    m_middleName->setText(c.middleName);
    m_lastName->setText(c.lastName);
    m_displayName->setText(c.displayName);
    m_jobTitle->setText(c.jobTitle);
    m_department->setText(c.department);
    m_company->setText(c.companyName);
    m_owner->setCurrentText(c.ownerName);
    m_leadSource->setCurrentText(c.leadSource);
    m_website->setText(c.website);
    m_birthday->setDate(QDate::fromString(c.birthday, Qt::ISODate));
    m_tags->setTags(c.tags);

    QList<LabeledValue> emails;
    for (const EmailAddress &e : c.emails)
        emails.append({e.label, e.address, e.primary, {}});
    m_emails->setValues(emails);
    if (emails.isEmpty())
        m_emails->addRow();
    QList<LabeledValue> phones;
    for (const PhoneNumber &p : c.phones)
        phones.append({p.label, p.number, p.primary, QStringList{p.number, p.e164}});
    m_phones->setValues(phones);
    if (phones.isEmpty())
        m_phones->addRow();
    QList<LabeledValue> socials;
    for (const SocialProfile &s : c.socials)
        socials.append({s.network, s.url, false, {}});
    m_socials->setValues(socials);

    m_street->setText(c.street);
    m_postcode->setText(c.postcode);
    m_city->setText(c.city);
    m_region->setText(c.region);
    m_country->setCode(c.country);
    m_doNotEmail->setChecked(c.doNotEmail);
    m_doNotCall->setChecked(c.doNotCall);
    m_unsubscribedAt->setDate(fromIso(c.unsubscribedAt).date());
    m_unsubscribeReason->setText(c.unsubscribeReason);
    m_unsubscribeReason->setEnabled(m_unsubscribedAt->isSet());
    m_custom->setValues(c.custom);
    m_timeline->setRecord(Entity::Contact, c.id);
    m_tabs->setTabToolTip(m_tabs->indexOf(m_timeline),
                          c.id ? QString() : tr("Save the contact first; then notes and activities can be added."));
    m_tabs->setTabEnabled(m_tabs->indexOf(m_timeline), c.id > 0);

    QStringList stamps;
    const auto stamp = [&stamps](const QString &label, const QString &iso) {
        const QDateTime dt = fromIso(iso);
        if (dt.isValid())
            stamps << label.arg(DateText::shortDate(dt.toLocalTime().date()));
    };
    stamp(tr("Created %1"), c.createdAt);
    stamp(tr("Updated %1"), c.updatedAt);
    stamp(tr("Last contacted %1"), c.lastContactedAt);
    m_stamps->setText(stamps.join(QStringLiteral(" · ")));

    setWindowTitle(c.id ? tr("Contact – %1").arg(c.effectiveDisplayName()) : tr("New Contact"));
    m_error->hide();
    m_shown = contact();
    updateHeader();
    if (m_quality)
        m_quality->checkNow();
    // A stored contact may have a twin already; a new one is checked once typed.
    if (m_duplicates) {
        if (c.id > 0)
            m_duplicates->checkNow();
        else
            m_duplicates->hide();
    }
}

Contact ContactEditor::contact() const
{
    Contact c = m_contact;
    c.salutation = m_salutation->currentText().trimmed();
    c.firstName = m_firstName->text().trimmed();
    c.middleName = m_middleName->text().trimmed();
    c.lastName = m_lastName->text().trimmed();
    c.displayName = m_displayName->text().trimmed();
    c.jobTitle = m_jobTitle->text().trimmed();
    c.department = m_department->text().trimmed();
    c.companyName = m_company->text().trimmed();
    c.ownerName = m_owner->currentText().trimmed();
    c.leadSource = m_leadSource->currentText().trimmed();
    c.website = m_website->text().trimmed();
    // A birthday Qt cannot read (e.g. without a year) stays as stored unless one is entered.
    if (m_birthday->isSet())
        c.birthday = m_birthday->date().toString(Qt::ISODate);
    else if (QDate::fromString(m_contact.birthday, Qt::ISODate).isValid())
        c.birthday.clear();
    c.tags = m_tags->tags();

    c.emails.clear();
    for (const LabeledValue &v : m_emails->values()) {
        EmailAddress e;
        e.address = v.value;
        e.label = v.label;
        e.primary = v.primary;
        c.emails << e;
    }
    c.phones.clear();
    for (const LabeledValue &v : m_phones->values()) {
        PhoneNumber p;
        p.number = v.value;
        p.label = v.label;
        p.primary = v.primary;
        // The normalized form stays only while the number is the one it was made from.
        const QStringList original = v.extra.toStringList();
        if (original.size() == 2 && original.first() == v.value)
            p.e164 = original.last();
        c.phones << p;
    }
    c.socials.clear();
    for (const LabeledValue &v : m_socials->values()) {
        SocialProfile s;
        s.network = v.label;
        s.url = v.value;
        c.socials << s;
    }

    c.street = m_street->text().trimmed();
    c.postcode = m_postcode->text().trimmed();
    c.city = m_city->text().trimmed();
    c.region = m_region->text().trimmed();
    c.country = m_country->code();
    c.doNotEmail = m_doNotEmail->isChecked();
    c.doNotCall = m_doNotCall->isChecked();
    if (!m_unsubscribedAt->isSet())
        c.unsubscribedAt.clear();
    else if (m_unsubscribedAt->date() != fromIso(m_contact.unsubscribedAt).date())
        c.unsubscribedAt = toIso(QDateTime(m_unsubscribedAt->date(), QTime(0, 0), Qt::UTC));
    c.unsubscribeReason = m_unsubscribedAt->isSet() ? m_unsubscribeReason->text().trimmed() : QString();
    c.custom = m_custom->values();
    return c;
}

void ContactEditor::updateHeader()
{
    const Contact c = contact();
    m_displayName->setPlaceholderText(c.composedName());
    m_header->setTitle(c.effectiveDisplayName(), tr("New contact"));
    if (!c.jobTitle.isEmpty() && !c.companyName.isEmpty())
        m_header->setSubtitle(tr("%1 at %2").arg(c.jobTitle, c.companyName));
    else
        m_header->setSubtitle(c.jobTitle.isEmpty() ? c.companyName : c.jobTitle);
}

bool ContactEditor::hasChanges() const
{
    return !sameContact(contact(), m_shown);
}

QString ContactEditor::errorText() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

Result ContactEditor::validate() const
{
    const Contact c = contact();
    if (c.firstName.isEmpty() && c.middleName.isEmpty() && c.lastName.isEmpty() && c.displayName.isEmpty()
        && c.emails.isEmpty() && c.companyName.isEmpty())
        return Result::failure(tr("Enter a name, an e-mail address or a company, so that the contact can be found again."));
    for (const EmailAddress &e : c.emails)
        if (!looksLikeEmail(e.address))
            return Result::failure(tr("“%1” is not an e-mail address. Correct it on the Contact Info tab or remove the row.")
                                       .arg(e.address));
    return m_custom->validate();
}

void ContactEditor::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->show();
    if (!field)
        return;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->widget(i)->isAncestorOf(field))
            m_tabs->setCurrentIndex(i);
    field->setFocus();
}

bool ContactEditor::checkInput()
{
    const Result valid = validate();
    if (!valid) {
        QWidget *field = m_firstName;
        const Contact c = contact();
        if (!c.firstName.isEmpty() || !c.lastName.isEmpty() || !c.displayName.isEmpty() || !c.companyName.isEmpty()
            || !c.emails.isEmpty())
            field = nullptr;
        for (const EmailAddress &e : c.emails)
            if (!looksLikeEmail(e.address))
                for (int row = 0; row < m_emails->rowCount(); ++row)
                    if (m_emails->valueEdit(row)->text().trimmed() == e.address)
                        field = m_emails->valueEdit(row);
        showError(valid.message(), field ? field : m_tabs->currentWidget());
        return false;
    }
    // Errors of the style guide block saving; warnings and fixes only mark the fields.
    m_quality->checkNow();
    if (m_quality->hasErrors()) {
        const QualityIssue error = m_quality->firstError();
        QWidget *input = m_quality->inputFor(error);
        showError(error.message, input ? input : m_tabs->currentWidget());
        return false;
    }
    m_error->hide();
    return true;
}

bool ContactEditor::pushSave()
{
    const Contact c = contact();
    if (c.id == 0) {
        // Inside a macro (save and merge) the stack's index stays until the macro ends, so
        // the command itself tells the new id; a failed one reports and is gone.
        auto *create = new CreateContact(m_workspace, c);
        if (!CommandRunner::push(m_workspace, create) || create->contactId() <= 0)
            return false;
        m_contact.id = create->contactId();
        return true;
    }
    if (!hasChanges())
        return true;
    return CommandRunner::push(m_workspace, new EditContact(m_workspace, c));
}

bool ContactEditor::save()
{
    return checkInput() && pushSave();
}

bool ContactEditor::saveAndMergeWith(qint64 otherContactId)
{
    if (!m_workspace || !m_workspace->isOpen() || otherContactId <= 0 || otherContactId == m_contact.id || !checkInput())
        return false;
    const bool isNew = m_contact.id == 0;
    const QString name = m_duplicates ? m_duplicates->matchName() : QString();
    QUndoStack *stack = m_workspace->undoStack();
    const int before = stack->index();
    // One undo step takes back both the save and the merge.
    stack->beginMacro(tr("Merge %1 with %2").arg(contact().effectiveDisplayName(), name));
    bool ok = pushSave();
    if (ok) {
        QSqlDatabase db = m_workspace->db();
        MergeGroupPreview preview;
        Result r = MergeGroupPreview::load(db, {otherContactId, m_contact.id}, SurvivorshipRules::fromSettings(db), &preview);
        // What was there keeps its id and links; the values typed are the newest and win.
        if (r && isNew)
            r = preview.setSurvivor(otherContactId);
        if (!r) {
            ok = false;
            showError(r.message(), nullptr);
        } else {
            ok = CommandRunner::push(m_workspace, new MergeContacts(m_workspace, preview.plan()));
        }
    }
    stack->endMacro();
    if (!ok && stack->index() > before && isNew && m_contact.id > 0) {
        // The save went through but the merge did not: the contact is saved, say so.
        showError(tr("The contact was saved, but it could not be merged. Merge it in the Duplicates section."), nullptr);
        return false;
    }
    if (ok)
        QDialog::accept();
    return ok;
}

void ContactEditor::openOther(qint64 contactId)
{
    if (!m_workspace || contactId <= 0)
        return;
    auto *other = new ContactEditor(m_workspace, m_presenter, contactId, this);
    other->setAttribute(Qt::WA_DeleteOnClose);
    other->open();
}

void ContactEditor::accept()
{
    if (save())
        QDialog::accept();
}

void ContactEditor::reject()
{
    if (hasChanges() && m_presenter
        && !m_presenter->confirm(tr("Discard Changes"), tr("Close the editor and discard your changes to this contact?")))
        return;
    QDialog::reject();
}

} // namespace Kempt
