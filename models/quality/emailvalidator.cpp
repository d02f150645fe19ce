#include "quality/emailvalidator.h"
#include "quality/domaintypofinder.h"
#include "quality/emaildomain.h"
#include "quality/emailreferencedata.h"
#include "quality/unicodetext.h"

#include <QChar>
#include <QCoreApplication>
#include <algorithm>
#include <utility>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EmailValidator)
};

Verdict invalid(const QString &reason, const QString &suggestion = QString())
{
    Verdict v;
    v.status = Verdict::Invalid;
    v.reason = reason;
    v.suggestion = suggestion;
    return v;
}

// RFC 5322 atext plus the dot, the characters allowed unquoted before the @-sign.
bool isLocalAscii(char32_t c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+': case '-':
    case '/': case '=': case '?': case '^': case '_': case '`': case '{': case '|': case '}':
    case '~': case '.':
        return true;
    default:
        return false;
    }
}

constexpr char16_t fullWidthAt = 0xFF20;
constexpr char16_t smallCommercialAt = 0xFE6B;
constexpr int maxLocalOctets = 64;
constexpr int maxAddressOctets = 254;
// Role mailboxes have short names; longer local parts skip the lookup (and its copies).
constexpr int maxRoleLength = 32;

} // namespace

EmailValidator::EmailValidator(const Options &options)
    : m_options(options)
{
}

Verdict EmailValidator::check(const QString &input) const
{
    return checkTrimmed(UnicodeText::trimSpaces(input));
}

Verdict EmailValidator::checkTrimmed(QStringView address) const
{
    Verdict v = checkSyntax(address);
    if (v.status != Verdict::Invalid || !v.suggestion.isEmpty())
        return v;
    const QString repaired = repairSlips(address);
    if (repaired != address) {
        const Verdict r = checkSyntax(repaired);
        v.suggestion = !r.suggestion.isEmpty() ? r.suggestion : r.status == Verdict::Invalid ? QString() : r.normalized;
    }
    return v;
}

// Undoes the slips that make most broken addresses in real lists: a copied "mailto:",
// sentence punctuation or a line break after the address, a doubled "@" or spaces
// around it, doubled dots, dots next to the "@", a comma typed for a dot in the domain.
QString EmailValidator::repairSlips(QStringView address)
{
    QString s = address.trimmed().toString();
    if (s.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        s.remove(0, 7);
    while (!s.isEmpty() && QStringView(u".,;:").contains(s.back()))
        s.chop(1);
    while (s.startsWith(QLatin1Char('.')))
        s.remove(0, 1);
    for (const auto &[from, to] : {std::pair{u"@@", u"@"}, {u" @", u"@"}, {u"@ ", u"@"}, {u"..", u"."}, {u".@", u"@"}, {u"@.", u"@"}}) {
        while (s.contains(QStringView(from)))
            s.replace(QStringView(from).toString(), QStringView(to).toString());
    }
    const qsizetype at = s.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        for (qsizetype i = at + 1; i < s.size(); ++i) {
            if (s.at(i) == QLatin1Char(','))
                s[i] = QLatin1Char('.');
        }
    }
    return s;
}

Verdict EmailValidator::checkSyntax(QStringView address) const
{
    if (address.isEmpty())
        return invalid(Tr::tr("The address is empty."));
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0)
        return checkWithoutAtSign(address);
    if (address.contains(u'<') || address.contains(u'>'))
        return checkDisplayName(address);

    QString local;
    QString error = checkLocalPart(address.left(at), &local);
    if (!error.isEmpty())
        return invalid(error);
    const EmailDomain domain = EmailDomain::parse(address.mid(at + 1));
    if (!domain.isValid())
        return invalid(domain.error());

    if (m_options.lowercaseLocalPart)
        local = local.toLower();
    Verdict v;
    v.normalized = local + QLatin1Char('@') + domain.unicode();
    // The limit holds for every form the address travels in: as typed, normalised, and
    // with the punycode domain (for mail systems without SMTPUTF8).
    const int length = std::max({UnicodeText::utf8Length(address), UnicodeText::utf8Length(v.normalized),
                             UnicodeText::utf8Length(local) + 1 + int(domain.ascii().size())});
    if (length > maxAddressOctets)
        return invalid(Tr::tr("The address is %1 characters long; at most %2 are allowed.").arg(length).arg(maxAddressOctets));

    addWarnings(v, local, domain);
    return v;
}

Verdict EmailValidator::checkWithoutAtSign(QStringView address) const
{
    const EmailReferenceData &data = EmailReferenceData::instance();
    if (address.size() <= 16 && data.isPlaceholderText(address.toString().toLower())) {
        Verdict v;
        v.status = Verdict::Warning;
        v.reason = Tr::tr("“%1” is a placeholder, not an e-mail address; leave the field empty instead.").arg(address.toString());
        return v;
    }
    for (char16_t lookalike : {fullWidthAt, smallCommercialAt}) {
        const qsizetype i = address.lastIndexOf(QChar(lookalike));
        if (i < 0)
            continue;
        QString fixed = address.toString();
        fixed[i] = QLatin1Char('@');
        const Verdict repaired = checkSyntax(fixed);
        return invalid(Tr::tr("The address has %1 instead of a plain @-sign.").arg(UnicodeText::describe(lookalike)),
                       repaired.status == Verdict::Invalid ? QString() : repaired.normalized);
    }
    return invalid(Tr::tr("An e-mail address needs an @-sign, as in ann@example.com."));
}

Verdict EmailValidator::checkDisplayName(QStringView address) const
{
    const qsizetype open = address.indexOf(u'<');
    const qsizetype close = address.lastIndexOf(u'>');
    QString suggestion;
    if (open >= 0 && close > open) {
        const QStringView inner = address.mid(open + 1, close - open - 1);
        if (!inner.contains(u'<') && !inner.contains(u'>')) {
            const Verdict v = checkSyntax(UnicodeText::trimSpaces(inner));
            if (v.status != Verdict::Invalid)
                suggestion = v.normalized;
        }
    }
    return invalid(Tr::tr("A name or angle brackets around the address are not accepted; keep only the address."), suggestion);
}

QString EmailValidator::checkLocalPart(QStringView local, QString *normalized)
{
    if (local.isEmpty())
        return Tr::tr("There must be something before the @-sign.");
    if (local.contains(u'"'))
        return Tr::tr("Quotation marks before the @-sign are not accepted; most mail systems reject such addresses.");

    const QString text = UnicodeText::isAscii(local) ? local.toString() : local.toString().normalized(QString::NormalizationForm_C);
    for (qsizetype i = 0; i < text.size();) {
        const bool atStart = i == 0;
        const char32_t c = UnicodeText::next(text, i);
        if (c < 0x80) {
            if (!isLocalAscii(c))
                return describeBadLocalCharacter(c);
            if (c == '.' && i < text.size() && text.at(i) == QLatin1Char('.'))
                return Tr::tr("An address cannot have two dots in a row.");
            continue;
        }
        if (UnicodeText::isUnsafe(c, atStart))
            return Tr::tr("The address contains an invisible or unsafe character before the @-sign: %1.").arg(UnicodeText::describe(c));
        // A character that is a disguised ASCII one ("≮" is "<" plus a stroke) is
        // judged by what it stands for.
        if (QChar::decompositionTag(c) == QChar::Canonical) {
            for (char32_t part : QChar::decomposition(c).toUcs4()) {
                if (part < 0x80 && !isLocalAscii(part))
                    return describeBadLocalCharacter(part);
            }
        }
    }
    if (text.startsWith(QLatin1Char('.')))
        return Tr::tr("An address cannot start with a dot.");
    if (text.endsWith(QLatin1Char('.')))
        return Tr::tr("There cannot be a dot right before the @-sign.");
    *normalized = text;
    return QString();
}

QString EmailValidator::describeBadLocalCharacter(char32_t c)
{
    if (c == ' ')
        return Tr::tr("The part before the @-sign contains a space.");
    if (c == '(' || c == ')')
        return Tr::tr("Comments in parentheses are not accepted in an address.");
    if (c == '@')
        return Tr::tr("The address contains more than one @-sign.");
    if (c < 0x20 || c == 0x7f)
        return Tr::tr("The address contains a line break or another control character: %1.").arg(UnicodeText::describe(c));
    return Tr::tr("The part before the @-sign contains a character that is not allowed: %1.").arg(UnicodeText::describe(c));
}

void EmailValidator::addWarnings(Verdict &v, const QString &local, const EmailDomain &domain) const
{
    const EmailReferenceData &data = EmailReferenceData::instance();
    const QString tld = domain.topLevelDomain();
    const bool tldExists = data.isTopLevelDomain(tld);
    const QString typoFix = DomainTypoFinder::suggest(domain.ascii());
    auto warn = [&v](const QString &reason, const QString &suggestion = QString()) {
        v.status = Verdict::Warning;
        v.reason = reason;
        v.suggestion = suggestion;
    };

    if (!tldExists && !typoFix.isEmpty()) {
        v.status = Verdict::Invalid;
        v.normalized.clear();
        v.reason = Tr::tr("The top-level domain “.%1” does not exist; did you mean %2?")
                       .arg(domain.unicode().section(QLatin1Char('.'), -1), typoFix);
        v.suggestion = local + QLatin1Char('@') + typoFix;
        return;
    }
    if (data.isPlaceholderWord(local.toLower())
        && data.isPlaceholderWord(domain.unicode().left(domain.unicode().indexOf(QLatin1Char('.'))))) {
        warn(Tr::tr("“%1” is a placeholder, not a real address; leave the field empty instead.").arg(v.normalized));
        v.normalized.clear();
        return;
    }
    if (!typoFix.isEmpty())
        return warn(Tr::tr("“%1” looks like a typo of %2.").arg(domain.unicode(), typoFix), local + QLatin1Char('@') + typoFix);
    if (!tldExists)
        return warn(Tr::tr("The top-level domain “.%1” is not one that exists; check the address.").arg(domain.unicode().section(QLatin1Char('.'), -1)));
    if (domain.ascii() == QLatin1String("example.com") || domain.ascii() == QLatin1String("example.net")
        || domain.ascii() == QLatin1String("example.org"))
        return warn(Tr::tr("%1 is reserved for examples and never receives mail.").arg(domain.ascii()));
    const int localOctets = UnicodeText::utf8Length(local);
    if (localOctets > maxLocalOctets)
        return warn(Tr::tr("The part before the @-sign is %1 characters long; the standard allows %2 and some servers refuse longer ones.")
                        .arg(localOctets)
                        .arg(maxLocalOctets));
    if (local.size() <= maxRoleLength && data.isRole(EmailReferenceData::roleKey(local)))
        return warn(Tr::tr("“%1@” is a shared mailbox (a role account), not a person's address.").arg(local));
}

} // namespace Kempt
