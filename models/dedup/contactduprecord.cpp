#include "dedup/contactduprecord.h"

namespace Kempt {

DupRecord ContactDupRecord::from(const Contact &c)
{
    DupRecord r;
    if (c.id > 0)
        r.id = QString::number(c.id);
    r.givenName = c.firstName;
    r.surname = c.lastName;
    r.fullName = c.effectiveDisplayName();
    for (const EmailAddress &e : c.emails)
        if (!e.address.trimmed().isEmpty())
            r.emails << e.address.trimmed();
    for (const PhoneNumber &p : c.phones)
        if (!p.number.trimmed().isEmpty() || !p.e164.isEmpty())
            r.phones << (p.e164.isEmpty() ? p.number.trimmed() : p.e164);
    r.company = c.companyName;
    r.birthday = c.birthday;
    r.street = c.street;
    r.city = c.city;
    r.postcode = c.postcode;
    r.country = c.country;
    return r;
}

bool ContactDupRecord::isCheckable(const DupRecord &r)
{
    return !r.givenName.trimmed().isEmpty() || !r.surname.trimmed().isEmpty() || !r.emails.isEmpty() || !r.phones.isEmpty();
}

} // namespace Kempt
