#include "quality/companynormalizer.h"

#include "quality/legalformtable.h"
#include "quality/unicodehygiene.h"
#include "quality/whitespace.h"

#include <QCoreApplication>

#include <algorithm>

namespace Kempt {

namespace {

struct Split
{
    bool found = false;
    bool prefix = false;
    QString head;       // the name as written, with its quotes and commas
    QString form;       // the legal form as written
    QString canonical;
};

bool hasLetterOrDigit(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

bool hasPunctuation(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return !c.isLetterOrNumber() && !c.isSpace(); });
}

bool isEdgeNoise(QChar c)
{
    static const QString noise = QStringLiteral("\"'«»“”„‘’‚‹›,;:&+-–—");
    return c.isSpace() || noise.contains(c);
}

QString stripEdgeNoise(const QString &text)
{
    qsizetype from = 0;
    qsizetype to = text.size();
    while (from < to && isEdgeNoise(text.at(from)))
        ++from;
    while (to > from && isEdgeNoise(text.at(to - 1)))
        --to;
    return text.mid(from, to - from);
}

// text has been through UnicodeHygiene::clean and Whitespace::clean.
Split splitTidy(const QString &text)
{
    const LegalFormTable &table = LegalFormTable::shipped();
    const QStringList tokens = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList keys;
    for (const QString &token : tokens)
        keys << LegalFormTable::key(token);
    const int n = int(tokens.size());
    const int longest = std::min(table.maxWords(), n - 1);
    for (int k = longest; k >= 1; --k) {
        const QString head = tokens.mid(0, n - k).join(QLatin1Char(' '));
        if (keys.at(n - k).isEmpty() || !hasLetterOrDigit(head))
            continue;
        const LegalFormTable::Hit hit = table.findKey(keys.mid(n - k).join(QString()));
        if (hit.found())
            return { true, false, head, tokens.mid(n - k).join(QLatin1Char(' ')), table.form(hit.form).display };
    }
    for (int k = longest; k >= 1; --k) {
        const QString rest = tokens.mid(k).join(QLatin1Char(' '));
        const LegalFormTable::Hit hit = table.findKey(keys.mid(0, k).join(QString()));
        if (hit.found() && hit.prefix && hasLetterOrDigit(rest))
            return { true, true, rest, tokens.mid(0, k).join(QLatin1Char(' ')), table.form(hit.form).display };
    }
    return { false, false, text, QString(), QString() };
}

QString spellForm(const QString &written, const QString &canonical, NameCaser::Casing casing)
{
    if (LegalFormTable::key(written) == LegalFormTable::key(canonical))
        return hasPunctuation(written) ? NameCaser::withCapitalsOf(written, canonical) : canonical;
    // A long form ("Gesellschaft mit beschränkter Haftung") has capitals of its own that
    // title casing would get wrong, so it keeps them unless it was typed without any
    // ("company", "LIMITED").
    if (casing == NameCaser::Upper || casing == NameCaser::Lower)
        return NameCaser::apply(written, casing, NameCaser::Company);
    // Cased behind a stand-in word, as it stands behind the name (connectives stay lowercase).
    if (casing == NameCaser::Title && (written == written.toLower() || written == written.toUpper()))
        return NameCaser::apply(QStringLiteral("X ") + written, casing, NameCaser::Company).mid(2);
    return written;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CompanyNormalizer)
};

} // namespace

CompanyNormalizer::Parts CompanyNormalizer::split(const QString &name) const
{
    const Split s = splitTidy(Whitespace::clean(UnicodeHygiene::clean(name)));
    return { stripEdgeNoise(s.head), s.form, s.canonical };
}

QString CompanyNormalizer::matchKey(const QString &name) const
{
    const QString folded = UnicodeHygiene::matchKey(split(name).base);
    QString out;
    for (QChar c : folded) {
        if (c.isLetterOrNumber() || c.isMark())
            out.append(c);
        else if (c != QLatin1Char('\'') && c != QLatin1Char('.') && c.unicode() != 0x2019
                 && c.unicode() != 0x02BC)
            out.append(QLatin1Char(' '));
    }
    return out.simplified();
}

Verdict CompanyNormalizer::check(const QString &name, NameCaser::Casing casing) const
{
    Verdict v;
    const QString hygienic = UnicodeHygiene::clean(name);
    const QString tidy = Whitespace::clean(hygienic);
    if (tidy.isEmpty()) {
        if (!name.isEmpty()) {
            v.status = Verdict::Warning;
            v.reason = Tr::tr("The company name holds only spaces or invisible characters; it is stored empty.");
        }
        return v;
    }
    if (!hasLetterOrDigit(tidy)) {
        v.status = Verdict::Invalid;
        v.reason = Tr::tr("“%1” has no letters or digits; enter the company's name.").arg(tidy);
        return v;
    }
    const Split s = splitTidy(tidy);
    if (!s.found && LegalFormTable::shipped().find(tidy).found()) {
        v.status = Verdict::Invalid;
        v.reason = Tr::tr("“%1” is only a legal form; enter the company's name as well.").arg(tidy);
        return v;
    }

    const QString head = NameCaser::apply(s.head, casing, NameCaser::Company);
    const QString form = s.found ? spellForm(s.form, s.canonical, casing) : QString();
    if (!s.found)
        v.normalized = head;
    else
        v.normalized = s.prefix ? form + QLatin1Char(' ') + head : head + QLatin1Char(' ') + form;
    if (v.normalized == name)
        return v;

    QStringList changes;
    if (hygienic != name)
        changes << Tr::tr("invisible characters removed");
    if (tidy != hygienic)
        changes << Tr::tr("spacing tidied");
    if (head != s.head)
        changes << Tr::tr("capitalisation follows the style guide");
    if (form != s.form)
        changes << Tr::tr("legal form written “%1”").arg(form);
    v.status = Verdict::Warning;
    v.suggestion = v.normalized;
    v.reason = Tr::tr("Stored as “%1”: %2.").arg(v.normalized, changes.join(QStringLiteral("; ")));
    return v;
}

} // namespace Kempt
