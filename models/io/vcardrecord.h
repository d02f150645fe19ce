#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace Kempt {

// One contact of a vCard file, by FieldCatalog key: first_name, middle_name, last_name,
// salutation, display_name, company, department, job_title, email, phone, street, city,
// region, postcode, country, birthday (ISO 8601; "--MM-DD" without a year), website,
// notes, tags. A key may hold several values in the card's order, preferred first:
// several e-mail addresses, phone numbers, websites, tags. The address keys (street,
// city, region, postcode, country) hold one value per address, in step, empty where an
// address leaves a part out.
//
// labels holds, in step with email, phone and the addresses (key "address"), the label
// of each value as the contacts table knows them: work, home, mobile or other; empty
// when the card gives none.
struct VCardRecord
{
    qint64 line = 0;       // the line of BEGIN:VCARD, for messages
    QString version;       // "2.1", "3.0" or "4.0"; empty when the card has no VERSION
    QMap<QString, QStringList> values;
    QMap<QString, QStringList> labels;
    qint64 photoBytes = 0; // bytes of embedded PHOTO data, which is skipped

    QString value(const QString &key) const
    {
        const QStringList v = values.value(key);
        return v.isEmpty() ? QString() : v.first();
    }
    void add(const QString &key, const QString &value, const QString &label = QString(), const QString &labelKey = QString())
    {
        values[key] << value;
        if (!labelKey.isEmpty())
            labels[labelKey] << label;
    }
    bool isEmpty() const { return values.isEmpty(); }
};

} // namespace Kempt
