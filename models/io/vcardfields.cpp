#include "io/vcardfields.h"
#include "io/vcardproperty.h"
#include "io/vcardrecord.h"

#include <QDate>
#include <QHash>
#include <algorithm>

namespace Kempt {

namespace {

struct Entry
{
    QStringList parts; // one value, or the components of an address
    QString label;
    QByteArray group;
    int preference = 0;
};

void putPreferredFirst(QList<Entry> *entries)
{
    std::stable_sort(entries->begin(), entries->end(), [](const Entry &a, const Entry &b) {
        const int ra = a.preference > 0 ? a.preference : INT_MAX;
        const int rb = b.preference > 0 ? b.preference : INT_MAX;
        return ra < rb;
    });
}

QString part(const QStringList &parts, int i)
{
    return i < parts.size() ? parts.at(i).trimmed() : QString();
}

QString joinNonEmpty(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    return kept.join(separator);
}

QString phoneValue(QString v)
{
    v = v.trimmed();
    if (v.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
        v = v.mid(4);
    const qsizetype ext = v.indexOf(QLatin1String(";ext="), 0, Qt::CaseInsensitive);
    if (ext >= 0)
        v = v.left(ext) + QStringLiteral(" ext. ") + v.mid(ext + 5);
    return v;
}

QString emailValue(QString v)
{
    v = v.trimmed();
    if (v.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        v = v.mid(7);
    return v;
}

} // namespace

QString VCardFields::labelForTypes(const QStringList &types)
{
    if (types.contains(QLatin1String("cell")) || types.contains(QLatin1String("mobile")) || types.contains(QLatin1String("iphone")))
        return QStringLiteral("mobile");
    if (types.contains(QLatin1String("fax")) || types.contains(QLatin1String("pager")) || types.contains(QLatin1String("other")))
        return QStringLiteral("other");
    if (types.contains(QLatin1String("home")))
        return QStringLiteral("home");
    if (types.contains(QLatin1String("work")))
        return QStringLiteral("work");
    return QString();
}

QString VCardFields::labelForAppleLabel(const QString &label)
{
    QString l = label.trimmed().toLower();
    if (l.startsWith(QLatin1String("_$!<")) && l.endsWith(QLatin1String(">!$_")))
        l = l.mid(4, l.size() - 8);
    if (l == QLatin1String("mobile") || l == QLatin1String("iphone") || l == QLatin1String("cell"))
        return QStringLiteral("mobile");
    if (l == QLatin1String("home"))
        return QStringLiteral("home");
    if (l == QLatin1String("work"))
        return QStringLiteral("work");
    return l.isEmpty() ? QString() : QStringLiteral("other");
}

QString VCardFields::isoBirthday(const QString &value)
{
    QString v = value.trimmed();
    if (v.startsWith(QLatin1String("--"))) {
        QString md = v.mid(2);
        md.remove(QLatin1Char('-'));
        if (md.size() == 4 && QDate(2000, md.left(2).toInt(), md.mid(2).toInt()).isValid())
            return QStringLiteral("--") + md.left(2) + QLatin1Char('-') + md.mid(2);
        return v;
    }
    const qsizetype t = v.indexOf(QLatin1Char('T'));
    const QString date = t > 0 ? v.left(t) : v;
    QDate d;
    if (date.size() == 8)
        d = QDate::fromString(date, QStringLiteral("yyyyMMdd"));
    else if (date.size() == 10)
        d = QDate::fromString(date, Qt::ISODate);
    return d.isValid() ? d.toString(Qt::ISODate) : v;
}

void VCardFields::apply(const QList<VCardProperty> &card, VCardRecord *record)
{
    QList<Entry> emails, phones, addresses, urls;
    QHash<QByteArray, QString> appleLabels;
    QHash<QByteArray, QString> appleCountries;
    for (const VCardProperty &p : card) {
        const QByteArray name = p.name();
        if (name == "VERSION") {
            record->version = p.text().trimmed();
        } else if (name == "FN") {
            const QString v = VCardProperty::unescape(p.text()).trimmed();
            if (!v.isEmpty())
                record->add(QStringLiteral("display_name"), v);
        } else if (name == "N") {
            const QStringList n = VCardProperty::split(p.text(), QLatin1Char(';'), false);
            const QString fields[] = {QStringLiteral("last_name"), QStringLiteral("first_name"), QStringLiteral("middle_name"),
                                      QStringLiteral("salutation")};
            for (int i = 0; i < 4; ++i) {
                // Each part may itself be a comma list (several middle names).
                const QString v = joinNonEmpty(VCardProperty::split(part(n, i), QLatin1Char(',')), QStringLiteral(" "));
                if (!v.isEmpty())
                    record->add(fields[i], v);
            }
        } else if (name == "ORG") {
            const QStringList org = VCardProperty::split(p.text(), QLatin1Char(';'));
            if (!part(org, 0).isEmpty())
                record->add(QStringLiteral("company"), part(org, 0));
            const QString units = joinNonEmpty(org.mid(1), QStringLiteral(", "));
            if (!units.isEmpty())
                record->add(QStringLiteral("department"), units);
        } else if (name == "TITLE") {
            const QString v = VCardProperty::unescape(p.text()).trimmed();
            if (!v.isEmpty())
                record->add(QStringLiteral("job_title"), v);
        } else if (name == "EMAIL" || name == "TEL" || name == "URL") {
            const QString raw = VCardProperty::unescape(p.text());
            const QString v = name == "EMAIL" ? emailValue(raw) : name == "TEL" ? phoneValue(raw) : raw.trimmed();
            if (v.isEmpty())
                continue;
            Entry e{{v}, labelForTypes(p.types()), p.group(), p.preference()};
            (name == "EMAIL" ? emails : name == "TEL" ? phones : urls) << e;
        } else if (name == "ADR") {
            const QStringList adr = VCardProperty::split(p.text(), QLatin1Char(';'));
            if (joinNonEmpty(adr, QString()).isEmpty())
                continue;
            // Street line first, then the extended address (flat, suite) and the PO box.
            const QStringList parts{joinNonEmpty({part(adr, 2), part(adr, 1), part(adr, 0)}, QStringLiteral(", ")), part(adr, 3),
                                    part(adr, 4), part(adr, 5), part(adr, 6)};
            addresses << Entry{parts, labelForTypes(p.types()), p.group(), p.preference()};
        } else if (name == "BDAY") {
            const QString v = isoBirthday(VCardProperty::unescape(p.text()));
            if (!v.isEmpty())
                record->add(QStringLiteral("birthday"), v);
        } else if (name == "NOTE") {
            const QString v = VCardProperty::unescape(p.text());
            if (!v.trimmed().isEmpty())
                record->add(QStringLiteral("notes"), v);
        } else if (name == "CATEGORIES") {
            for (const QString &tag : VCardProperty::split(p.text(), QLatin1Char(',')))
                if (!tag.trimmed().isEmpty())
                    record->add(QStringLiteral("tags"), tag.trimmed());
        } else if (name == "X-ABLABEL" && !p.group().isEmpty()) {
            appleLabels.insert(p.group(), VCardProperty::unescape(p.text()));
        } else if (name == "X-ABADR" && !p.group().isEmpty()) {
            appleCountries.insert(p.group(), p.text().trimmed().toUpper());
        }
    }

    auto relabel = [&appleLabels](QList<Entry> &entries) {
        for (Entry &e : entries)
            if (!e.group.isEmpty() && appleLabels.contains(e.group)) {
                const QString l = labelForAppleLabel(appleLabels.value(e.group));
                if (!l.isEmpty())
                    e.label = l;
            }
        putPreferredFirst(&entries);
    };
    relabel(emails);
    relabel(phones);
    relabel(addresses);
    relabel(urls);
    for (const Entry &e : std::as_const(emails))
        record->add(QStringLiteral("email"), e.parts.first(), e.label, QStringLiteral("email"));
    for (const Entry &e : std::as_const(phones))
        record->add(QStringLiteral("phone"), e.parts.first(), e.label, QStringLiteral("phone"));
    for (const Entry &e : std::as_const(urls))
        record->add(QStringLiteral("website"), e.parts.first());
    const QString addressKeys[] = {QStringLiteral("street"), QStringLiteral("city"), QStringLiteral("region"), QStringLiteral("postcode"),
                                   QStringLiteral("country")};
    for (const Entry &e : std::as_const(addresses)) {
        QStringList parts = e.parts;
        if (parts.at(4).isEmpty() && !e.group.isEmpty())
            parts[4] = appleCountries.value(e.group);
        for (int i = 0; i < 5; ++i)
            record->values[addressKeys[i]] << parts.at(i);
        record->labels[QStringLiteral("address")] << e.label;
    }
}

} // namespace Kempt
