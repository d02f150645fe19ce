#pragma once

#include "domain/fieldtype.h"

#include <QString>
#include <QStringList>
#include <QStringView>
#include <array>

namespace Kempt {

struct Company;
struct Contact;

// The fields a style guide can speak about. A fixed set indexed by number, so that a
// record is an array and the rule engine never hashes a field name per value.
enum class QualityField : quint8 {
    Salutation,
    FirstName,
    MiddleName,
    LastName,
    DisplayName,
    JobTitle,
    Department,
    Company, // a contact's company, by name
    Name,    // a company's own name
    LegalForm,
    Industry,
    Size,
    Email, // multi-valued
    Phone, // multi-valued
    Street,
    City,
    Region,
    Postcode,
    Country,
    Birthday,
    Website,
    LeadSource,
    Owner,
    Description,
    DoNotEmail, // "1" when set
    DoNotCall,  // "1" when set
    UnsubscribedAt,
    UnsubscribeReason,
    Tags, // multi-valued
    UpdatedAt,
    LastContactedAt,
    Count
};

// One contact or company as the style guide sees it: the single representation that the
// contact editor, the import and the audit all evaluate. Values are plain text keyed by
// QualityField; e-mail, phone and tags hold several values. Copying one is cheap (the
// strings are shared), and empty fields cost nothing.
class QualityRecord
{
public:
    QualityRecord() = default;
    explicit QualityRecord(Entity entity, qint64 id = 0);

    static QualityRecord fromContact(const Contact &contact);
    static QualityRecord fromCompany(const Company &company);
    // The other way: sets the contact's fields to this record's values (an import or a
    // fix writes what the style guide made of them). E-mails and phones are matched by
    // position, keeping their labels; a missing one is added, one too many removed.
    void writeTo(Contact *contact) const;

    Entity entity() const { return m_entity; }
    void setEntity(Entity entity) { m_entity = entity; }
    qint64 id() const { return m_id; }
    void setId(qint64 id) { m_id = id; }

    // The value, or the first of several; empty when unset.
    const QString &value(QualityField field) const { return m_values[index(field)]; }
    QStringList values(QualityField field) const;
    // How many values the field holds (0 or 1 for single-valued fields) and one of them,
    // without copying a list.
    int valueCount(QualityField field) const;
    const QString &valueAt(QualityField field, int index) const;
    bool isEmpty(QualityField field) const;
    bool flag(QualityField field) const; // a Bool field that is set ("1", "true")
    void setValue(QualityField field, const QString &value);
    void setValues(QualityField field, const QStringList &values);
    // Replaces one of several values in place (index 0 for a single-valued field).
    void setValueAt(QualityField field, int index, const QString &value);

    // By FieldCatalog key ("email", "first_name" ...); unknown keys read as empty and are
    // refused by the setters (false).
    QString value(QStringView key) const;
    QStringList values(QStringView key) const;
    bool setValue(QStringView key, const QString &value);
    bool setValues(QStringView key, const QStringList &values);

    // The E.164 form of each phone, aligned with values(Phone); empty entries when unknown.
    QStringList phoneE164() const { return m_phoneE164; }
    const QString &phoneE164At(int index) const;
    void setPhoneE164(const QStringList &e164) { m_phoneE164 = e164; }
    void setPhoneE164At(int index, const QString &e164);

    // The field with this key on this kind of record, or QualityField::Count.
    static QualityField fieldForKey(Entity entity, QStringView key);
    static QString keyOf(QualityField field);
    static bool appliesTo(QualityField field, Entity entity);
    static bool isMultiValued(QualityField field);
    static FieldType typeOf(QualityField field);
    // The label people see, translated (the same words as FieldCatalog).
    static QString labelOf(QualityField field);
    // The keys of every field of this kind of record, for messages that list them.
    static QStringList keys(Entity entity);

    bool operator==(const QualityRecord &other) const;
    bool operator!=(const QualityRecord &other) const { return !(*this == other); }

private:
    static int index(QualityField field) { return int(field); }
    QStringList *list(QualityField field);
    const QStringList *list(QualityField field) const;

    Entity m_entity = Entity::Contact;
    qint64 m_id = 0;
    std::array<QString, int(QualityField::Count)> m_values; // the first value of lists too
    QStringList m_emails;
    QStringList m_phones;
    QStringList m_tags;
    QStringList m_phoneE164;
};

} // namespace Kempt
