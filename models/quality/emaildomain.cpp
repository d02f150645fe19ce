#include "quality/emaildomain.h"
#include "quality/idna.h"
#include "quality/unicodetext.h"

#include <QCoreApplication>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EmailValidator)
};

bool isHostCharacter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.';
}

// IANA special-use names that can never receive mail from the Internet.
bool isSpecialUse(QStringView tld)
{
    return tld == u"test" || tld == u"invalid" || tld == u"local" || tld == u"localhost" || tld == u"onion"
        || tld == u"arpa";
}

QString asciiLower(QStringView s)
{
    QString out(s.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (QChar c : s) {
        const char16_t u = c.unicode();
        *d++ = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
    }
    return out;
}

} // namespace

EmailDomain EmailDomain::failure(const QString &error)
{
    EmailDomain d;
    d.m_error = error;
    return d;
}

QString EmailDomain::topLevelDomain() const
{
    return m_ascii.mid(m_ascii.lastIndexOf(QLatin1Char('.')) + 1);
}

EmailDomain EmailDomain::parse(QStringView typed)
{
    if (typed.isEmpty())
        return failure(Tr::tr("There must be something after the @-sign."));
    if (typed.startsWith(u'['))
        return failure(Tr::tr("Addresses with an IP address in brackets after the @-sign are not accepted; use the domain name."));

    EmailDomain d;
    if (UnicodeText::isAscii(typed)) {
        d.m_ascii = asciiLower(typed);
        QString error = checkAsciiCharacters(d.m_ascii);
        if (error.isEmpty())
            error = checkDotsAndHyphens(d.m_ascii);
        if (!error.isEmpty())
            return failure(error);
        d.m_unicode = d.m_ascii;
        // Punycode typed as such must really be punycode; it is stored in its readable form.
        if (d.m_ascii.startsWith(QLatin1String("xn--")) || d.m_ascii.contains(QLatin1String(".xn--"))) {
            quint32 errors = 0;
            d.m_unicode = Idna::toUnicode(d.m_ascii, &errors);
            if (errors)
                return failure(Tr::tr("The part after the @-sign is not a valid domain name: %1.").arg(Idna::describeErrors(errors)));
        }
    } else {
        QString error = checkUnicodeCharacters(typed);
        if (!error.isEmpty())
            return failure(error);
        quint32 errors = 0;
        d.m_unicode = Idna::toUnicode(typed.toString(), &errors);
        // The mapping turns full-width dots and hyphens into plain ones, so the dot rules
        // are checked afterwards, with clearer words than ICU's error bits.
        error = checkDotsAndHyphens(d.m_unicode);
        if (!error.isEmpty())
            return failure(error);
        if (errors)
            return failure(Tr::tr("The part after the @-sign is not a valid domain name: %1.").arg(Idna::describeErrors(errors)));
        d.m_ascii = Idna::toAscii(d.m_unicode, &errors);
        if (errors)
            return failure(Tr::tr("The part after the @-sign is not a valid domain name: %1.").arg(Idna::describeErrors(errors)));
    }

    const QString error = checkLabels(d.m_ascii);
    if (!error.isEmpty())
        return failure(error);
    return d;
}

QString EmailDomain::checkAsciiCharacters(QStringView domain)
{
    for (QChar c : domain) {
        if (isHostCharacter(c.unicode()))
            continue;
        if (c == QLatin1Char(' '))
            return Tr::tr("The part after the @-sign contains a space.");
        if (c == QLatin1Char('(') || c == QLatin1Char(')'))
            return Tr::tr("Comments in parentheses are not accepted in an address.");
        if (c == QLatin1Char('@'))
            return Tr::tr("The address contains more than one @-sign.");
        return Tr::tr("The part after the @-sign contains a character domain names cannot have: %1.")
            .arg(UnicodeText::describe(c.unicode()));
    }
    return QString();
}

QString EmailDomain::checkUnicodeCharacters(QStringView domain)
{
    bool atStart = true;
    for (char32_t c : domain.toUcs4()) {
        if (c < 0x80 && !isHostCharacter(char16_t(c)) && !(c >= 'A' && c <= 'Z'))
            return checkAsciiCharacters(QString(QChar(char16_t(c))));
        if (c >= 0x80 && UnicodeText::isUnsafe(c, atStart))
            return Tr::tr("The part after the @-sign contains an invisible or unsafe character: %1.").arg(UnicodeText::describe(c));
        atStart = false;
    }
    return QString();
}

QString EmailDomain::checkDotsAndHyphens(QStringView domain)
{
    if (domain.startsWith(u'.'))
        return Tr::tr("The part after the @-sign cannot start with a dot.");
    if (domain.endsWith(u'.'))
        return Tr::tr("An address cannot end with a dot.");
    if (domain.startsWith(u'-'))
        return Tr::tr("The part after the @-sign cannot start with a hyphen.");
    if (domain.endsWith(u'-'))
        return Tr::tr("An address cannot end with a hyphen.");
    for (qsizetype i = 1; i < domain.size(); ++i) {
        const char16_t before = domain.at(i - 1).unicode();
        const char16_t c = domain.at(i).unicode();
        if (c == u'.' && before == u'.')
            return Tr::tr("The part after the @-sign cannot have two dots in a row.");
        if ((c == u'-' && before == u'.') || (c == u'.' && before == u'-'))
            return Tr::tr("A hyphen cannot stand next to a dot in a domain name.");
    }
    return QString();
}

QString EmailDomain::checkLabels(QStringView ascii)
{
    qsizetype start = 0;
    while (start <= ascii.size()) {
        qsizetype end = ascii.indexOf(u'.', start);
        if (end < 0)
            end = ascii.size();
        const QStringView label = ascii.mid(start, end - start);
        if (label.size() > 63)
            return Tr::tr("A part of the domain between dots is %1 characters long; at most 63 are allowed.").arg(label.size());
        // "ab--" is reserved for encodings (RFC 5891); only punycode's "xn--" exists.
        if (label.size() >= 4 && label.at(2) == u'-' && label.at(3) == u'-' && !label.startsWith(u"xn"))
            return Tr::tr("A part of the domain cannot have “--” as its third and fourth character unless it is punycode (xn--).");
        start = end + 1;
    }
    const qsizetype dot = ascii.lastIndexOf(u'.');
    if (dot < 0)
        return Tr::tr("The part after the @-sign needs a dot, as in example.com.");
    const QStringView tld = ascii.mid(dot + 1);
    // Every top-level domain ends in a letter (its punycode form too).
    const char16_t last = ascii.back().unicode();
    if (!(last >= u'a' && last <= u'z'))
        return Tr::tr("“%1” is not a top-level domain.").arg(tld.toString());
    if (isSpecialUse(tld))
        return Tr::tr("“.%1” is reserved and never receives mail.").arg(tld.toString());
    return QString();
}

} // namespace Kempt
