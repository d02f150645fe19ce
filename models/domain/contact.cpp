#include "domain/contact.h"

namespace Kempt {

namespace {
template<typename T, typename F>
QString primaryOf(const QList<T> &items, F value)
{
    for (const T &i : items)
        if (i.primary)
            return value(i);
    return items.isEmpty() ? QString() : value(items.first());
}
} // namespace

QString Contact::primaryEmail() const
{
    return primaryOf(emails, [](const EmailAddress &e) { return e.address; });
}

QString Contact::primaryPhone() const
{
    return primaryOf(phones, [](const PhoneNumber &p) { return p.number; });
}

QString Contact::composedName() const
{
    QStringList parts;
    for (const QString &p : {firstName, middleName, lastName})
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    if (parts.isEmpty())
        return primaryEmail();
    return parts.join(QLatin1Char(' '));
}

} // namespace Kempt
