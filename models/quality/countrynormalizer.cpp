#include "quality/countrynormalizer.h"

#include "quality/normalizerdata.h"
#include "quality/unicodehygiene.h"
#include "quality/whitespace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <unicode/uloc.h>
#include <unicode/ures.h>

namespace Kempt {

namespace {

// The languages whose country names Kempt recognises; English first, so its names win
// when two languages would give one spelling to different countries.
const char *const NameLanguages[] = { "en", "ru", "ar", "fa", "de", "fr", "es" };

struct CountryTable
{
    QStringList codes;
    QSet<QString> codeSet;
    QHash<QString, QStringList> byKey;   // more than one code: an ambiguous name
};

QString lookupKey(const QString &text)
{
    QString key;
    for (QChar c : UnicodeHygiene::matchKey(text)) {
        if (c.isLetterOrNumber())
            key.append(c);
    }
    return key;
}

QString fromUChars(const UChar *s, int length)
{
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(s), length);
}

QString icuCountryName(const QString &code, const QByteArray &language)
{
    const QByteArray locale = "und_" + code.toLatin1();
    UChar buffer[256];
    UErrorCode status = U_ZERO_ERROR;
    const int length = uloc_getDisplayCountry(locale.constData(), language.constData(), buffer,
                                              int(std::size(buffer)), &status);
    if (U_FAILURE(status) || length <= 0)
        return QString();
    const QString name = fromUChars(buffer, length);
    return name == code ? QString() : name;
}

// ICU's alternative names ("UK", "Ivory Coast", "США") live in its region bundle.
QList<QPair<QString, QString>> icuAlternativeNames(const char *language)
{
    QList<QPair<QString, QString>> names;
    UErrorCode status = U_ZERO_ERROR;
    UResourceBundle *bundle = ures_open(U_ICUDATA_NAME "-region", language, &status);
    for (const char *table : { "Countries%short", "Countries%variant" }) {
        UErrorCode tableStatus = status;
        UResourceBundle *entries = ures_getByKey(bundle, table, nullptr, &tableStatus);
        while (U_SUCCESS(tableStatus) && ures_hasNext(entries)) {
            int length = 0;
            const char *code = nullptr;
            const UChar *name = ures_getNextString(entries, &length, &code, &tableStatus);
            if (U_SUCCESS(tableStatus) && code)
                names.append({ QString::fromLatin1(code), fromUChars(name, length) });
        }
        ures_close(entries);
    }
    ures_close(bundle);
    return names;
}

void addName(CountryTable &t, const QString &name, const QStringList &codes)
{
    for (const QString &code : codes) {
        if (!t.codeSet.contains(code))
            return;
    }
    const QString key = lookupKey(name);
    if (key.isEmpty() || t.byKey.contains(key))
        return;
    t.byKey.insert(key, codes);
    // Arabic names carry the article (السعودية); people often write them without it.
    static const QString article = QStringLiteral("ال");
    if (key.startsWith(article) && key.size() > article.size() + 2 && !t.byKey.contains(key.mid(2)))
        t.byKey.insert(key.mid(2), codes);
}

// ICU abbreviates English names ("St. Kitts & Nevis"); people also spell them out.
void addNameAndSpellings(CountryTable &t, const QString &name, const QString &code)
{
    QStringList spellings{ name };
    if (name.contains(QLatin1Char('&')))
        spellings << QString(name).replace(QLatin1Char('&'), QLatin1String("and"));
    for (const QString &s : QStringList(spellings)) {
        if (s.contains(QLatin1String("St. ")))
            spellings << QString(s).replace(QLatin1String("St. "), QLatin1String("Saint "));
    }
    for (const QString &s : std::as_const(spellings))
        addName(t, s, { code });
}

CountryTable buildTable()
{
    CountryTable t;
    for (const char *const *c = uloc_getISOCountries(); *c; ++c) {
        const QString code = QString::fromLatin1(*c);
        if (code == QLatin1String("DG") || code == QLatin1String("EA") || code == QLatin1String("IC"))
            continue;
        t.codes.append(code);
        t.codeSet.insert(code);
    }
    const QList<QStringList> aliases = NormalizerData::tsvRows(QStringLiteral("country_aliases.tsv"));
    for (const QStringList &row : aliases) {
        if (row.size() >= 2)
            addName(t, row.at(0), row.at(1).split(QLatin1Char('|'), Qt::SkipEmptyParts));
    }
    for (const QString &code : std::as_const(t.codes))
        addName(t, code, { code });
    for (const QString &code : std::as_const(t.codes)) {
        const QByteArray locale = "und_" + code.toLatin1();
        addName(t, QString::fromLatin1(uloc_getISO3Country(locale.constData())), { code });
    }
    for (const char *language : NameLanguages) {
        for (const QString &code : std::as_const(t.codes))
            addNameAndSpellings(t, icuCountryName(code, language), code);
    }
    for (const char *language : NameLanguages) {
        const QList<QPair<QString, QString>> names = icuAlternativeNames(language);
        for (const auto &[code, name] : names)
            addNameAndSpellings(t, name, code);
    }
    return t;
}

const CountryTable &table()
{
    static const CountryTable built = buildTable();
    return built;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CountryNormalizer)
};

} // namespace

QString CountryNormalizer::code(const QString &value) const
{
    const QStringList codes = table().byKey.value(lookupKey(value));
    return codes.size() == 1 ? codes.first() : QString();
}

Verdict CountryNormalizer::check(const QString &value) const
{
    Verdict v;
    const QString tidy = Whitespace::clean(UnicodeHygiene::clean(value));
    if (tidy.isEmpty()) {
        if (!value.isEmpty()) {
            v.status = Verdict::Warning;
            v.reason = Tr::tr("The country holds only spaces or invisible characters; it is stored empty.");
        }
        return v;
    }
    const QStringList codes = table().byKey.value(lookupKey(tidy));
    if (codes.isEmpty()) {
        v.status = Verdict::Invalid;
        v.reason = Tr::tr("“%1” is not a country Kempt knows; use a name or ISO code such as DE.").arg(tidy);
        return v;
    }
    if (codes.size() > 1) {
        QStringList choices;
        for (const QString &c : codes)
            choices << QStringLiteral("%1 (%2)").arg(displayName(c), c);
        v.status = Verdict::Invalid;
        v.reason = Tr::tr("“%1” could mean %2; use the ISO code of the one you mean.")
                       .arg(tidy, choices.join(Tr::tr(" or ")));
        return v;
    }
    v.normalized = codes.first();
    if (value == v.normalized)
        return v;
    v.status = Verdict::Warning;
    v.suggestion = v.normalized;
    v.reason = Tr::tr("“%1” is stored as the ISO code %2 (%3).").arg(tidy, v.normalized, displayName(v.normalized));
    return v;
}

QString CountryNormalizer::displayName(const QString &code, const QLocale &locale)
{
    const QString upper = code.trimmed().toUpper();
    if (!table().codeSet.contains(upper))
        return code;
    const QByteArray language = locale.language() == QLocale::C ? QByteArray("en") : locale.name().toLatin1();
    const QString name = icuCountryName(upper, language);
    return name.isEmpty() ? upper : name;
}

QStringList CountryNormalizer::codes()
{
    return table().codes;
}

} // namespace Kempt
