#include "merge/mergevaluekeys.h"
#include "quality/phonenormalizer.h"

namespace Kempt {

QString MergeValueKeys::comparable(const QString &text)
{
    return text.simplified().toCaseFolded();
}

QString MergeValueKeys::email(const QString &address)
{
    return address.trimmed().toCaseFolded();
}

QString MergeValueKeys::phone(const PhoneNumber &phone, const QString &region)
{
    if (!phone.e164.trimmed().isEmpty())
        return phone.e164.trimmed();
    const Verdict verdict = PhoneNormalizer().check(phone.number, region);
    if (verdict.status != Verdict::Invalid && !verdict.normalized.isEmpty())
        return verdict.normalized;
    QString digits;
    for (const QChar c : phone.number)
        if (c.isDigit() || (c == QLatin1Char('+') && digits.isEmpty()))
            digits += c;
    return digits.isEmpty() ? phone.number.trimmed() : digits;
}

QString MergeValueKeys::social(const SocialProfile &profile)
{
    QString url = profile.url.trimmed().toCaseFolded();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    for (const QString &scheme : {QStringLiteral("https://"), QStringLiteral("http://")})
        if (url.startsWith(scheme))
            url = url.mid(scheme.size());
    if (url.startsWith(QLatin1String("www.")))
        url = url.mid(4);
    return url;
}

} // namespace Kempt
