#include "dedup/recordpreparer.h"

#include "dedup/latinfolder.h"
#include "quality/datenormalizer.h"

#include <QFile>
#include <QSet>

// Resources of a static library are registered by hand, outside any namespace.
static void initPlaceholderResources()
{
    Q_INIT_RESOURCE(models);
}

namespace Kempt {

namespace {

constexpr int CacheLimit = 100000;

// The table is folded like the values it is compared with, once.
QSet<QString> loadPlaceholders()
{
    initPlaceholderResources();
    QSet<QString> set;
    QFile f(QStringLiteral(":/kempt/dedup/data/placeholders.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return set;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QString entry = QString::fromUtf8(line).trimmed();
        if (!entry.isEmpty() && !entry.startsWith(QLatin1Char('#')))
            set.insert(LatinFolder::fold(entry));
    }
    return set;
}

bool isPlaceholder(const QString &folded)
{
    static const QSet<QString> placeholders = loadPlaceholders();
    return folded.isEmpty() || placeholders.contains(folded);
}

QString cleanName(const QString &value, QString *native)
{
    const QString folded = LatinFolder::fold(value);
    if (isPlaceholder(folded)) {
        native->clear();
        return QString();
    }
    *native = LatinFolder::nativeKey(value);
    return folded;
}

// Repairs slips that break an address but leave its owner recognisable; the user part is
// what matters for matching, so an address without a usable domain keeps only that.
void prepareEmail(const QString &raw, PreparedRecord &out)
{
    QString e = raw.trimmed().toLower();
    while (e.endsWith(QLatin1Char('.')) || e.endsWith(QLatin1Char(',')) || e.endsWith(QLatin1Char(';')))
        e.chop(1);
    if (e.startsWith(QLatin1String("mailto:")))
        e.remove(0, 7);
    e.replace(QLatin1String("@@"), QLatin1String("@"));
    e.remove(QLatin1Char(' '));
    // "n/a", "none", "-": letters and digits alone say whether anything is there.
    QString bare;
    for (const QChar c : std::as_const(e))
        if (c.isLetterOrNumber())
            bare += c;
    if (bare.isEmpty() || isPlaceholder(bare))
        return;
    const qsizetype at = e.indexOf(QLatin1Char('@'));
    QString user = at >= 0 ? e.left(at) : e;
    const qsizetype plus = user.indexOf(QLatin1Char('+'));
    if (plus > 0)
        user.truncate(plus);
    if (user.size() < 2)
        return;
    const QString domain = at >= 0 ? e.mid(at + 1) : QString();
    if (at >= 0 && domain.contains(QLatin1Char('.')) && !domain.startsWith(QLatin1Char('.')))
        out.emails << user + QLatin1Char('@') + domain;
    // Without an @-sign the value may still be the address run together; compare the
    // whole of it as the user part then.
    out.emailUsers << user;
}

} // namespace

QString RecordPreparer::phoneDigits(const QString &raw)
{
    QString digits;
    digits.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c.isDigit()) {
            digits += QChar(u'0' + c.digitValue());
            continue;
        }
        // An extension is not part of the number: ";ext=12", "ext. 12", "x12", "#12".
        const char16_t u = c.toLower().unicode();
        if (u == ';' || u == '#' || u == 'x' || u == 'e')
            break;
    }
    if (digits.size() < 6)
        return QString();
    // The plus sign says the country code is there; explanations format by it.
    return raw.trimmed().startsWith(QLatin1Char('+')) ? QLatin1Char('+') + digits : digits;
}

int RecordPreparer::birthdayNumber(const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return 0;
    QString digits;
    for (const QChar c : v)
        if (c.isDigit())
            digits += QChar(u'0' + c.digitValue());
    // yyyy-mm-dd and yyyymmdd are read as they stand, month 00 or day 00 included: a typo
    // in a date is still evidence.
    const bool iso = v.size() == 10 && v.at(4) == QLatin1Char('-') && v.at(7) == QLatin1Char('-');
    if ((iso || (digits.size() == 8 && digits.size() == v.size())) && digits.size() == 8) {
        const int n = digits.toInt();
        if (n / 10000 >= 1800 && n / 10000 <= 2100)
            return n;
    }
    const Verdict verdict = DateNormalizer::check(v, DateNormalizer::Ambiguous);
    if (verdict.normalized.size() == 10)
        return QString(verdict.normalized).remove(QLatin1Char('-')).toInt();
    return 0;
}

QString RecordPreparer::company(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QString();
    if (auto it = m_companyCache.constFind(name); it != m_companyCache.constEnd())
        return *it;
    QString key = LatinFolder::fold(m_companies.matchKey(name));
    if (isPlaceholder(key))
        key.clear();
    if (m_companyCache.size() >= CacheLimit)
        m_companyCache.clear();
    m_companyCache.insert(name, key);
    return key;
}

QString RecordPreparer::country(const QString &value)
{
    if (value.trimmed().isEmpty())
        return QString();
    if (auto it = m_countryCache.constFind(value); it != m_countryCache.constEnd())
        return *it;
    const QString code = m_countries.code(value);
    if (m_countryCache.size() >= CacheLimit)
        m_countryCache.clear();
    m_countryCache.insert(value, code);
    return code;
}

QString RecordPreparer::city(const QString &value)
{
    const QString folded = LatinFolder::fold(value);
    return isPlaceholder(folded) ? QString() : folded;
}

PreparedRecord RecordPreparer::prepare(const DupRecord &record)
{
    PreparedRecord out;
    out.given = cleanName(record.givenName, &out.givenNative);
    out.surname = cleanName(record.surname, &out.surnameNative);
    if (out.given.isEmpty() && out.surname.isEmpty() && !record.fullName.trimmed().isEmpty()) {
        const QString full = record.fullName.simplified();
        const qsizetype space = full.lastIndexOf(QLatin1Char(' '));
        if (space > 0) {
            out.given = cleanName(full.left(space), &out.givenNative);
            out.surname = cleanName(full.mid(space + 1), &out.surnameNative);
        } else {
            out.surname = cleanName(full, &out.surnameNative);
        }
    }
    for (const QString &e : record.emails)
        prepareEmail(e, out);
    out.country = country(record.country);
    for (const QString &p : record.phones) {
        const QString number = phoneDigits(p);
        if (!number.isEmpty() && !out.phones.contains(number))
            out.phones << number;
    }
    out.company = company(record.company);
    out.birthday = birthdayNumber(record.birthday);
    out.street = city(record.street);
    out.city = city(record.city);
    for (const QChar c : record.postcode)
        if (c.isLetterOrNumber())
            out.postcode += c.toUpper();
    return out;
}

} // namespace Kempt
