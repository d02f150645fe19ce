#include "quality/qualityrecord.h"
#include "domain/company.h"
#include "domain/contact.h"

#include <QCoreApplication>

namespace Kempt {

namespace {

enum EntityMask { ContactOnly = 1, CompanyOnly = 2, Both = 3 };

struct FieldInfo
{
    QualityField field;
    const char *key;
    int entities;
    FieldType type;
    const char *label; // the same source text as FieldCatalog, so one translation serves both
};

// In QualityField order: infoOf() indexes it directly.
constexpr FieldInfo kFields[] = {
    {QualityField::Salutation, "salutation", ContactOnly, FieldType::Choice, QT_TRANSLATE_NOOP("Field", "Salutation")},
    {QualityField::FirstName, "first_name", ContactOnly, FieldType::Text, QT_TRANSLATE_NOOP("Field", "First name")},
    {QualityField::MiddleName, "middle_name", ContactOnly, FieldType::Text, QT_TRANSLATE_NOOP("Field", "Middle name")},
    {QualityField::LastName, "last_name", ContactOnly, FieldType::Text, QT_TRANSLATE_NOOP("Field", "Last name")},
    {QualityField::DisplayName, "display_name", ContactOnly, FieldType::Text, QT_TRANSLATE_NOOP("Field", "Name")},
    {QualityField::JobTitle, "job_title", ContactOnly, FieldType::Text, QT_TRANSLATE_NOOP("Field", "Job title")},
    {QualityField::Department, "department", ContactOnly, FieldType::Text, QT_TRANSLATE_NOOP("Field", "Department")},
    {QualityField::Company, "company", ContactOnly, FieldType::Company, QT_TRANSLATE_NOOP("Field", "Company")},
    {QualityField::Name, "name", CompanyOnly, FieldType::Text, QT_TRANSLATE_NOOP("Field", "Name")},
    {QualityField::LegalForm, "legal_form", CompanyOnly, FieldType::Text, QT_TRANSLATE_NOOP("Field", "Legal form")},
    {QualityField::Industry, "industry", CompanyOnly, FieldType::Choice, QT_TRANSLATE_NOOP("Field", "Industry")},
    {QualityField::Size, "size", CompanyOnly, FieldType::Choice, QT_TRANSLATE_NOOP("Field", "Size")},
    {QualityField::Email, "email", Both, FieldType::Email, QT_TRANSLATE_NOOP("Field", "E-mail")},
    {QualityField::Phone, "phone", Both, FieldType::Phone, QT_TRANSLATE_NOOP("Field", "Phone")},
    {QualityField::Street, "street", Both, FieldType::Text, QT_TRANSLATE_NOOP("Field", "Street")},
    {QualityField::City, "city", Both, FieldType::Text, QT_TRANSLATE_NOOP("Field", "City")},
    {QualityField::Region, "region", Both, FieldType::Text, QT_TRANSLATE_NOOP("Field", "Region")},
    {QualityField::Postcode, "postcode", Both, FieldType::Text, QT_TRANSLATE_NOOP("Field", "Postcode")},
    {QualityField::Country, "country", Both, FieldType::Country, QT_TRANSLATE_NOOP("Field", "Country")},
    {QualityField::Birthday, "birthday", ContactOnly, FieldType::Date, QT_TRANSLATE_NOOP("Field", "Birthday")},
    {QualityField::Website, "website", Both, FieldType::Url, QT_TRANSLATE_NOOP("Field", "Website")},
    {QualityField::LeadSource, "lead_source", ContactOnly, FieldType::Choice, QT_TRANSLATE_NOOP("Field", "Lead source")},
    {QualityField::Owner, "owner", Both, FieldType::Owner, QT_TRANSLATE_NOOP("Field", "Owner")},
    {QualityField::Description, "description", CompanyOnly, FieldType::LongText, QT_TRANSLATE_NOOP("Field", "Description")},
    {QualityField::DoNotEmail, "do_not_email", ContactOnly, FieldType::Bool, QT_TRANSLATE_NOOP("Field", "Do not e-mail")},
    {QualityField::DoNotCall, "do_not_call", ContactOnly, FieldType::Bool, QT_TRANSLATE_NOOP("Field", "Do not call")},
    {QualityField::UnsubscribedAt, "unsubscribed_at", ContactOnly, FieldType::DateTime, QT_TRANSLATE_NOOP("Field", "Unsubscribed")},
    {QualityField::UnsubscribeReason, "unsubscribe_reason", ContactOnly, FieldType::Text, QT_TRANSLATE_NOOP("Field", "Unsubscribe reason")},
    {QualityField::Tags, "tags", Both, FieldType::Tags, QT_TRANSLATE_NOOP("Field", "Tags")},
    {QualityField::UpdatedAt, "updated_at", Both, FieldType::DateTime, QT_TRANSLATE_NOOP("Field", "Updated")},
    {QualityField::LastContactedAt, "last_contacted_at", ContactOnly, FieldType::DateTime, QT_TRANSLATE_NOOP("Field", "Last contacted")},
};
static_assert(sizeof(kFields) / sizeof(kFields[0]) == int(QualityField::Count), "one entry per QualityField");

const FieldInfo &infoOf(QualityField field)
{
    return kFields[int(field)];
}

int maskOf(Entity entity)
{
    return entity == Entity::Company ? CompanyOnly : ContactOnly;
}

QString boolText(bool on)
{
    return on ? QStringLiteral("1") : QString();
}

} // namespace

QualityRecord::QualityRecord(Entity entity, qint64 id)
    : m_entity(entity)
    , m_id(id)
{
}

QualityRecord QualityRecord::fromContact(const Contact &c)
{
    QualityRecord r(Entity::Contact, c.id);
    auto &v = r.m_values;
    v[index(QualityField::Salutation)] = c.salutation;
    v[index(QualityField::FirstName)] = c.firstName;
    v[index(QualityField::MiddleName)] = c.middleName;
    v[index(QualityField::LastName)] = c.lastName;
    // Only a name someone typed: the composed one follows the name parts.
    v[index(QualityField::DisplayName)] = c.displayName;
    v[index(QualityField::JobTitle)] = c.jobTitle;
    v[index(QualityField::Department)] = c.department;
    v[index(QualityField::Company)] = c.companyName;
    v[index(QualityField::Street)] = c.street;
    v[index(QualityField::City)] = c.city;
    v[index(QualityField::Region)] = c.region;
    v[index(QualityField::Postcode)] = c.postcode;
    v[index(QualityField::Country)] = c.country;
    v[index(QualityField::Birthday)] = c.birthday;
    v[index(QualityField::Website)] = c.website;
    v[index(QualityField::LeadSource)] = c.leadSource;
    v[index(QualityField::Owner)] = c.ownerName;
    v[index(QualityField::DoNotEmail)] = boolText(c.doNotEmail);
    v[index(QualityField::DoNotCall)] = boolText(c.doNotCall);
    v[index(QualityField::UnsubscribedAt)] = c.unsubscribedAt;
    v[index(QualityField::UnsubscribeReason)] = c.unsubscribeReason;
    v[index(QualityField::UpdatedAt)] = c.updatedAt;
    v[index(QualityField::LastContactedAt)] = c.lastContactedAt;

    QStringList emails;
    emails.reserve(c.emails.size());
    for (const EmailAddress &e : c.emails)
        emails << e.address;
    r.setValues(QualityField::Email, emails);
    QStringList phones;
    QStringList e164;
    phones.reserve(c.phones.size());
    e164.reserve(c.phones.size());
    for (const PhoneNumber &p : c.phones) {
        phones << p.number;
        e164 << p.e164;
    }
    r.setValues(QualityField::Phone, phones);
    r.m_phoneE164 = e164;
    r.setValues(QualityField::Tags, c.tags);
    return r;
}

void QualityRecord::writeTo(Contact *c) const
{
    const auto &v = m_values;
    c->salutation = v[index(QualityField::Salutation)];
    c->firstName = v[index(QualityField::FirstName)];
    c->middleName = v[index(QualityField::MiddleName)];
    c->lastName = v[index(QualityField::LastName)];
    c->displayName = v[index(QualityField::DisplayName)];
    c->jobTitle = v[index(QualityField::JobTitle)];
    c->department = v[index(QualityField::Department)];
    c->companyName = v[index(QualityField::Company)];
    c->street = v[index(QualityField::Street)];
    c->city = v[index(QualityField::City)];
    c->region = v[index(QualityField::Region)];
    c->postcode = v[index(QualityField::Postcode)];
    c->country = v[index(QualityField::Country)];
    c->birthday = v[index(QualityField::Birthday)];
    c->website = v[index(QualityField::Website)];
    c->leadSource = v[index(QualityField::LeadSource)];
    c->ownerName = v[index(QualityField::Owner)];
    c->doNotEmail = flag(QualityField::DoNotEmail);
    c->doNotCall = flag(QualityField::DoNotCall);
    c->unsubscribedAt = v[index(QualityField::UnsubscribedAt)];
    c->unsubscribeReason = v[index(QualityField::UnsubscribeReason)];
    c->lastContactedAt = v[index(QualityField::LastContactedAt)];

    const int emails = valueCount(QualityField::Email);
    c->emails.resize(emails);
    for (int i = 0; i < emails; ++i) {
        c->emails[i].address = valueAt(QualityField::Email, i);
        c->emails[i].primary = i == 0;
    }
    const int phones = valueCount(QualityField::Phone);
    c->phones.resize(phones);
    for (int i = 0; i < phones; ++i) {
        c->phones[i].number = valueAt(QualityField::Phone, i);
        c->phones[i].e164 = phoneE164At(i);
        c->phones[i].primary = i == 0;
    }
    c->tags = values(QualityField::Tags);
}

QualityRecord QualityRecord::fromCompany(const Company &c)
{
    QualityRecord r(Entity::Company, c.id);
    auto &v = r.m_values;
    v[index(QualityField::Name)] = c.name;
    v[index(QualityField::LegalForm)] = c.legalForm;
    v[index(QualityField::Industry)] = c.industry;
    v[index(QualityField::Size)] = c.size;
    v[index(QualityField::Website)] = c.website;
    v[index(QualityField::Street)] = c.street;
    v[index(QualityField::City)] = c.city;
    v[index(QualityField::Region)] = c.region;
    v[index(QualityField::Postcode)] = c.postcode;
    v[index(QualityField::Country)] = c.country;
    v[index(QualityField::Owner)] = c.ownerName;
    v[index(QualityField::Description)] = c.description;
    v[index(QualityField::UpdatedAt)] = c.updatedAt;
    if (!c.email.isEmpty())
        r.setValues(QualityField::Email, {c.email});
    if (!c.phone.isEmpty()) {
        r.setValues(QualityField::Phone, {c.phone});
        r.m_phoneE164 = QStringList{QString()};
    }
    r.setValues(QualityField::Tags, c.tags);
    return r;
}

QStringList *QualityRecord::list(QualityField field)
{
    switch (field) {
    case QualityField::Email: return &m_emails;
    case QualityField::Phone: return &m_phones;
    case QualityField::Tags: return &m_tags;
    default: return nullptr;
    }
}

const QStringList *QualityRecord::list(QualityField field) const
{
    return const_cast<QualityRecord *>(this)->list(field);
}

QStringList QualityRecord::values(QualityField field) const
{
    if (const QStringList *l = list(field))
        return *l;
    const QString &v = value(field);
    return v.isEmpty() ? QStringList() : QStringList{v};
}

int QualityRecord::valueCount(QualityField field) const
{
    if (const QStringList *l = list(field))
        return int(l->size());
    return value(field).isEmpty() ? 0 : 1;
}

const QString &QualityRecord::valueAt(QualityField field, int at) const
{
    if (const QStringList *l = list(field))
        return l->at(at);
    return value(field);
}

bool QualityRecord::isEmpty(QualityField field) const
{
    if (const QStringList *l = list(field)) {
        for (const QString &v : *l)
            if (!v.isEmpty())
                return false;
        return true;
    }
    return value(field).isEmpty();
}

bool QualityRecord::flag(QualityField field) const
{
    const QString &v = value(field);
    return !v.isEmpty() && v != QLatin1String("0") && v.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0;
}

void QualityRecord::setValue(QualityField field, const QString &value)
{
    if (field == QualityField::Count)
        return;
    if (QStringList *l = list(field)) {
        *l = value.isEmpty() ? QStringList() : QStringList{value};
        if (field == QualityField::Phone)
            m_phoneE164 = value.isEmpty() ? QStringList() : QStringList{QString()};
    }
    m_values[index(field)] = value;
}

void QualityRecord::setValues(QualityField field, const QStringList &values)
{
    if (field == QualityField::Count)
        return;
    if (QStringList *l = list(field)) {
        *l = values;
        if (field == QualityField::Phone && m_phoneE164.size() != values.size())
            m_phoneE164 = QStringList(values.size(), QString());
        m_values[index(field)] = values.isEmpty() ? QString() : values.first();
        return;
    }
    m_values[index(field)] = values.isEmpty() ? QString() : values.first();
}

void QualityRecord::setValueAt(QualityField field, int at, const QString &value)
{
    if (field == QualityField::Count)
        return;
    if (QStringList *l = list(field)) {
        if (at < 0 || at >= l->size())
            return;
        (*l)[at] = value;
        if (at == 0)
            m_values[index(field)] = value;
        return;
    }
    if (at == 0)
        m_values[index(field)] = value;
}

const QString &QualityRecord::phoneE164At(int at) const
{
    static const QString none;
    return at >= 0 && at < m_phoneE164.size() ? m_phoneE164.at(at) : none;
}

void QualityRecord::setPhoneE164At(int at, const QString &e164)
{
    if (m_phoneE164.size() != m_phones.size())
        m_phoneE164.resize(m_phones.size());
    if (at >= 0 && at < m_phoneE164.size())
        m_phoneE164[at] = e164;
}

QString QualityRecord::value(QStringView key) const
{
    const QualityField f = fieldForKey(m_entity, key);
    return f == QualityField::Count ? QString() : value(f);
}

QStringList QualityRecord::values(QStringView key) const
{
    const QualityField f = fieldForKey(m_entity, key);
    return f == QualityField::Count ? QStringList() : values(f);
}

bool QualityRecord::setValue(QStringView key, const QString &value)
{
    const QualityField f = fieldForKey(m_entity, key);
    if (f == QualityField::Count)
        return false;
    setValue(f, value);
    return true;
}

bool QualityRecord::setValues(QStringView key, const QStringList &values)
{
    const QualityField f = fieldForKey(m_entity, key);
    if (f == QualityField::Count)
        return false;
    setValues(f, values);
    return true;
}

QualityField QualityRecord::fieldForKey(Entity entity, QStringView key)
{
    const int mask = maskOf(entity);
    for (const FieldInfo &info : kFields)
        if ((info.entities & mask) && key == QLatin1String(info.key))
            return info.field;
    return QualityField::Count;
}

QString QualityRecord::keyOf(QualityField field)
{
    // Literals: a copy shares the static text without a reference count, so the rule
    // engine names the field of every finding without allocating, from any thread.
    static const QString keys[] = {
        QStringLiteral("salutation"), QStringLiteral("first_name"), QStringLiteral("middle_name"),
        QStringLiteral("last_name"), QStringLiteral("display_name"), QStringLiteral("job_title"),
        QStringLiteral("department"), QStringLiteral("company"), QStringLiteral("name"),
        QStringLiteral("legal_form"), QStringLiteral("industry"), QStringLiteral("size"),
        QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("street"),
        QStringLiteral("city"), QStringLiteral("region"), QStringLiteral("postcode"),
        QStringLiteral("country"), QStringLiteral("birthday"), QStringLiteral("website"),
        QStringLiteral("lead_source"), QStringLiteral("owner"), QStringLiteral("description"),
        QStringLiteral("do_not_email"), QStringLiteral("do_not_call"), QStringLiteral("unsubscribed_at"),
        QStringLiteral("unsubscribe_reason"), QStringLiteral("tags"), QStringLiteral("updated_at"),
        QStringLiteral("last_contacted_at"),
    };
    static_assert(sizeof(keys) / sizeof(keys[0]) == int(QualityField::Count), "one key per QualityField");
    return field == QualityField::Count ? QString() : keys[int(field)];
}

bool QualityRecord::appliesTo(QualityField field, Entity entity)
{
    return field != QualityField::Count && (infoOf(field).entities & maskOf(entity));
}

bool QualityRecord::isMultiValued(QualityField field)
{
    return field == QualityField::Email || field == QualityField::Phone || field == QualityField::Tags;
}

FieldType QualityRecord::typeOf(QualityField field)
{
    return field == QualityField::Count ? FieldType::Text : infoOf(field).type;
}

QString QualityRecord::labelOf(QualityField field)
{
    return field == QualityField::Count ? QString() : QCoreApplication::translate("Field", infoOf(field).label);
}

QStringList QualityRecord::keys(Entity entity)
{
    QStringList result;
    const int mask = maskOf(entity);
    for (const FieldInfo &info : kFields)
        if (info.entities & mask)
            result << QString::fromLatin1(info.key);
    return result;
}

bool QualityRecord::operator==(const QualityRecord &o) const
{
    return m_entity == o.m_entity && m_id == o.m_id && m_values == o.m_values && m_emails == o.m_emails
        && m_phones == o.m_phones && m_tags == o.m_tags && m_phoneE164 == o.m_phoneE164;
}

} // namespace Kempt
