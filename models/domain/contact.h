#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Kempt {

struct EmailAddress
{
    qint64 id = 0;
    QString address;
    QString label = QStringLiteral("work"); // work, home, mobile, other
    bool primary = false;

    bool operator==(const EmailAddress &o) const
    {
        return address == o.address && label == o.label && primary == o.primary;
    }
};

struct PhoneNumber
{
    qint64 id = 0;
    QString number; // as typed or as the style guide formats it
    QString e164;   // empty until the phone normalizer knows it
    QString label = QStringLiteral("work");
    bool primary = false;

    bool operator==(const PhoneNumber &o) const
    {
        return number == o.number && e164 == o.e164 && label == o.label && primary == o.primary;
    }
};

struct SocialProfile
{
    qint64 id = 0;
    QString network; // linkedin, x, github, facebook, instagram, other
    QString url;

    bool operator==(const SocialProfile &o) const { return network == o.network && url == o.url; }
};

struct Contact
{
    qint64 id = 0;
    QString salutation;
    QString firstName;
    QString middleName;
    QString lastName;
    QString displayName; // composed from the name parts when left empty
    QString jobTitle;
    QString department;
    QString companyName; // the company is found or created by name when saved
    QString street;
    QString city;
    QString region;
    QString postcode;
    QString country; // ISO 3166-1 alpha-2
    QString birthday; // ISO 8601 date
    QString website;
    QString leadSource;
    QString ownerName; // the owner is found or created by name when saved
    bool doNotEmail = false;
    bool doNotCall = false;
    QString unsubscribedAt;
    QString unsubscribeReason;
    QList<EmailAddress> emails;
    QList<PhoneNumber> phones;
    QList<SocialProfile> socials;
    QStringList tags;
    QVariantMap custom; // custom field key (without "custom.") -> value
    QString createdAt;
    QString updatedAt;
    QString lastContactedAt;
    QString deletedAt;

    QString primaryEmail() const;
    QString primaryPhone() const;
    // "First Middle Last", or the e-mail when there is no name at all.
    QString composedName() const;
    QString effectiveDisplayName() const { return displayName.isEmpty() ? composedName() : displayName; }
};

} // namespace Kempt
