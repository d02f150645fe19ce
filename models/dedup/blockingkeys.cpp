#include "dedup/blockingkeys.h"

#include "dedup/doublemetaphone.h"

#include <algorithm>

namespace Kempt {

namespace {

QString sound(const QString &name)
{
    if (name.size() < 2)
        return QString();
    return QString::fromLatin1(DoubleMetaphone::encode(name).primary);
}

QString sortedWords(const QString &a, const QString &b)
{
    QStringList words = (a + QLatin1Char(' ') + b).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::sort(words.begin(), words.end());
    return words.join(QLatin1Char(' '));
}

QString phoneDigits(const QString &number)
{
    QString digits;
    for (const QChar c : number) {
        if (c == QLatin1Char(';'))
            break;
        if (c.isDigit())
            digits += c;
    }
    return digits.size() > 8 ? digits.right(8) : digits;
}

} // namespace

quint64 BlockingKeys::hash(int family, const QString &value)
{
    quint64 h = 14695981039346656037ull;
    const QByteArray bytes = value.toUtf8();
    for (const char c : bytes) {
        h ^= quint8(c);
        h *= 1099511628211ull;
    }
    return (quint64(family) << 59) | (h & ((quint64(1) << 59) - 1));
}

int BlockingKeys::cap(int family)
{
    switch (family) {
    case Name: return 200;
    case NameSound: return 150;
    case EmailAddress:
    case EmailUser:
    case Phone: return 100;
    default: return 50;
    }
}

QList<quint64> BlockingKeys::valueKeys(const PreparedRecord &r)
{
    QList<quint64> keys;
    const auto add = [&keys](int family, const QString &value) {
        if (!value.isEmpty())
            keys << hash(family, value);
    };
    add(GivenValue, r.given);
    add(SurnameValue, r.surname);
    add(CompanyValue, r.company);
    add(CityValue, r.city);
    add(PostcodeValue, r.postcode);
    add(BirthdayValue, r.birthday > 0 ? QString::number(r.birthday) : QString());
    add(StreetValue, r.street);
    add(CountryValue, r.country);
    return keys;
}

QString BlockingKeys::familyName(int family)
{
    static const char *const names[] = {"", "email", "email_user", "phone", "name", "name_sound", "surname_initial",
                                        "surname_company", "surname_birthday", "given_birthday", "surname_postcode",
                                        "given_postcode", "surname_city", "given_city", "birthday_postcode", "birthday"};
    return family > 0 && family < FamilyCount ? QString::fromLatin1(names[family]) : QString();
}

QList<quint64> BlockingKeys::keys(const PreparedRecord &r)
{
    QList<quint64> keys;
    const auto add = [&keys](int family, const QString &value) {
        if (!value.isEmpty())
            keys << hash(family, value);
    };
    const auto pair = [&add](int family, const QString &a, const QString &b) {
        if (!a.isEmpty() && !b.isEmpty())
            add(family, a + QLatin1Char('|') + b);
    };
    for (const QString &e : r.emails)
        add(EmailAddress, e);
    for (const QString &u : r.emailUsers)
        if (u.size() >= 3)
            add(EmailUser, u);
    for (const QString &p : r.phones) {
        const QString digits = phoneDigits(p);
        if (digits.size() >= 6)
            add(Phone, digits);
    }
    const QString givenSound = sound(r.given);
    const QString surnameSound = sound(r.surname);
    if (!r.given.isEmpty() && !r.surname.isEmpty()) {
        add(Name, sortedWords(r.given, r.surname));
        if (!givenSound.isEmpty() && !surnameSound.isEmpty())
            add(NameSound, givenSound < surnameSound ? givenSound + QLatin1Char('|') + surnameSound
                                                     : surnameSound + QLatin1Char('|') + givenSound);
        pair(SurnameInitial, r.surname, r.given.left(1));
    }
    const QString birthday = r.birthday > 0 ? QString::number(r.birthday) : QString();
    pair(SurnameCompany, surnameSound, r.company);
    pair(SurnameBirthday, surnameSound, birthday);
    pair(GivenBirthday, givenSound, birthday);
    pair(SurnamePostcode, surnameSound, r.postcode);
    pair(GivenPostcode, givenSound, r.postcode);
    pair(SurnameCity, surnameSound, r.city);
    pair(GivenCity, givenSound, r.city);
    pair(BirthdayPostcode, birthday, r.postcode);
    add(Birthday, birthday);
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

} // namespace Kempt
