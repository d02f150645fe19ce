#include "dedup/matchfield.h"

#include <QCoreApplication>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Dedup)
};

} // namespace

int MatchField::levelCount(int field)
{
    switch (field) {
    case Given: return 7;
    case Surname: return 5;
    case Email: return 5;
    case Street: return 5;
    case Country: return 3;
    default: return 4;
    }
}

bool MatchField::usesTermFrequency(int field, int level)
{
    if (field == Country)
        return false;
    return level == 1 || (field == Email && level == EmailSameUser);
}

QString MatchField::name(int field)
{
    static const char *const names[] = {"given_name", "surname", "email", "phone", "company",
                                        "birthday", "street", "city", "postcode", "country"};
    return field >= 0 && field < Count ? QString::fromLatin1(names[field]) : QString();
}

QString MatchField::label(int field)
{
    switch (field) {
    case Given: return Tr::tr("Given name");
    case Surname: return Tr::tr("Surname");
    case Email: return Tr::tr("E-mail");
    case Phone: return Tr::tr("Phone");
    case Company: return Tr::tr("Company");
    case Birthday: return Tr::tr("Birthday");
    case Street: return Tr::tr("Street");
    case City: return Tr::tr("City");
    case Postcode: return Tr::tr("Postcode");
    case Country: return Tr::tr("Country");
    default: return QString();
    }
}

QString MatchField::levelName(int field, int level)
{
    if (level == 0)
        return QStringLiteral("unknown");
    if (level == 1)
        return QStringLiteral("exact");
    switch (field) {
    case Given: {
        static const char *const n[] = {"", "", "nickname", "similar", "alike", "initial", "different"};
        return QString::fromLatin1(n[qBound(0, level, 6)]);
    }
    case Surname:
    case Street: {
        static const char *const n[] = {"", "", "similar", "alike", "different"};
        return QString::fromLatin1(n[qBound(0, level, 4)]);
    }
    case Email: {
        static const char *const n[] = {"", "", "same_user", "similar_user", "different"};
        return QString::fromLatin1(n[qBound(0, level, 4)]);
    }
    case Phone: return level == PhoneOneDigit ? QStringLiteral("one_digit") : QStringLiteral("different");
    case Birthday: return level == BirthdayNear ? QStringLiteral("near") : QStringLiteral("different");
    case Postcode: return level == PostcodeOneTypo ? QStringLiteral("one_typo") : QStringLiteral("different");
    case Country: return QStringLiteral("different");
    default: return level == TextSimilar ? QStringLiteral("similar") : QStringLiteral("different");
    }
}

QString MatchField::levelLabel(int field, int level)
{
    const QString n = levelName(field, level);
    if (n == QLatin1String("unknown"))
        return Tr::tr("not known on both sides");
    if (n == QLatin1String("exact"))
        return field == Country ? Tr::tr("same") : Tr::tr("equal");
    if (n == QLatin1String("nickname"))
        return Tr::tr("nickname");
    if (n == QLatin1String("similar"))
        return Tr::tr("similar");
    if (n == QLatin1String("alike"))
        return Tr::tr("sounds or looks alike");
    if (n == QLatin1String("initial"))
        return Tr::tr("initial fits");
    if (n == QLatin1String("same_user"))
        return Tr::tr("same user, other domain");
    if (n == QLatin1String("similar_user"))
        return Tr::tr("similar user name");
    if (n == QLatin1String("one_digit"))
        return Tr::tr("one digit apart");
    if (n == QLatin1String("near"))
        return Tr::tr("one typo or day and month swapped");
    if (n == QLatin1String("one_typo"))
        return Tr::tr("one typo apart");
    return Tr::tr("different");
}

} // namespace Kempt
