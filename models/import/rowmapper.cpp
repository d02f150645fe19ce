#include "import/rowmapper.h"
#include "import/namesplitter.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

namespace Kempt {

RowMapper::RowMapper(const ImportMapping &mapping, const QHash<QString, QString> &customKeys)
    : m_mapping(mapping)
    , m_customKeys(customKeys)
{
    for (int i = 0; i < mapping.size(); ++i) {
        const ImportMapping::Column &c = mapping.at(i);
        if (c.target == ImportMapping::Target::Field && c.part.isEmpty())
            m_byField[c.field] << i;
        else if (c.target == ImportMapping::Target::Field && c.part == ImportMapping::labelPart())
            m_labels[c.field] << i;
        else if (c.target == ImportMapping::Target::Custom)
            m_custom << i;
    }
}

QString RowMapper::joined(const QStringList &cells, const QList<int> &columns, const QString &separator) const
{
    QStringList parts;
    for (int i : columns) {
        const QString v = cells.value(i).trimmed();
        if (!v.isEmpty())
            parts << v;
    }
    return parts.join(separator);
}

QString RowMapper::birthday(const QStringList &cells) const
{
    int year = 0, month = 0, day = 0;
    bool any = false;
    for (int i = 0; i < m_mapping.size(); ++i) {
        const ImportMapping::Column &c = m_mapping.at(i);
        if (c.target != ImportMapping::Target::Field || c.field != QLatin1String("birthday") || c.part.isEmpty())
            continue;
        const int v = cells.value(i).trimmed().toInt();
        any = any || v > 0;
        if (c.part == QLatin1String("year"))
            year = v;
        else if (c.part == QLatin1String("month"))
            month = v;
        else if (c.part == QLatin1String("day"))
            day = v;
    }
    if (!any)
        return QString();
    const QDate date(year, month, day);
    if (date.isValid())
        return date.toString(Qt::ISODate);
    // Left for the date rule to judge, rather than dropped.
    return QStringLiteral("%1-%2-%3").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'));
}

QString RowMapper::labelOf(const QString &text)
{
    QString t = text.toLower();
    t.remove(QLatin1Char('*'));
    t = t.simplified();
    if (t.isEmpty())
        return QString();
    const auto has = [&t](std::initializer_list<const char *> words) {
        for (const char *w : words)
            if (t.contains(QLatin1String(w)))
                return true;
        return false;
    };
    if (has({"fax", "pager", "other"}))
        return QStringLiteral("other");
    if (has({"mobile", "cell", "iphone", "handy", "моб", "сот", "جوال", "موبايل", "همراه", "موبایل"}))
        return QStringLiteral("mobile");
    if (has({"home", "private", "privat", "personal", "дом", "личн", "منزل", "خانه", "شخصی"}))
        return QStringLiteral("home");
    if (has({"work", "business", "office", "company", "раб", "عمل", "کار"}))
        return QStringLiteral("work");
    return QStringLiteral("other");
}

// Values of field's columns, each with the label of its label column: the n-th label
// column describes the n-th value column. Google writes several values into one cell as
// "a ::: b" (others use ";"), with as many labels ("Home ::: Work"); a single label goes
// to all of them.
void RowMapper::addLabelled(const QStringList &cells, const QString &field,
                            const std::function<void(const QString &, const QString &)> &add) const
{
    static const QRegularExpression separators(QStringLiteral("\\s*(?::::|;)\\s*"));
    const QList<int> values = m_byField.value(field);
    const QList<int> labels = m_labels.value(field);
    for (int k = 0; k < values.size(); ++k) {
        const QStringList parts = cells.value(values.at(k)).split(separators, Qt::SkipEmptyParts);
        const QStringList labelParts = k < labels.size() ? cells.value(labels.at(k)).split(separators, Qt::SkipEmptyParts) : QStringList();
        for (int j = 0; j < parts.size(); ++j) {
            const QString v = parts.at(j).trimmed();
            if (!v.isEmpty())
                add(v, labelOf(labelParts.value(j, labelParts.value(0))));
        }
    }
}

QString RowMapper::note(const QStringList &cells) const
{
    return joined(cells, m_byField.value(ImportMapping::notesField()), QStringLiteral("\n\n"));
}

Contact RowMapper::map(const QStringList &cells) const
{
    Contact c;
    auto text = [&](const char *field, const QString &separator = QStringLiteral(" ")) {
        return joined(cells, m_byField.value(QLatin1String(field)), separator);
    };
    c.salutation = text("salutation");
    c.firstName = text("first_name");
    c.middleName = text("middle_name");
    c.lastName = text("last_name");
    c.displayName = text("display_name");
    c.jobTitle = text("job_title");
    c.department = text("department");
    c.companyName = text("company");
    c.street = text("street", QStringLiteral(", "));
    c.city = text("city");
    c.region = text("region");
    c.postcode = text("postcode");
    c.country = text("country");
    c.birthday = text("birthday");
    if (c.birthday.isEmpty())
        c.birthday = birthday(cells);
    c.website = text("website");
    c.leadSource = text("lead_source");
    c.ownerName = text("owner");
    const QString created = text("created_at");
    const QDateTime when = QDateTime::fromString(created, Qt::ISODate);
    if (when.isValid())
        c.createdAt = when.toUTC().toString(Qt::ISODate);
    else if (const QDate day = QDate::fromString(created, Qt::ISODate); day.isValid())
        c.createdAt = day.startOfDay(Qt::UTC).toString(Qt::ISODate);

    // A full name alone is split; next to its parts it is what the person wants shown.
    if (c.firstName.isEmpty() && c.lastName.isEmpty() && !c.displayName.isEmpty()) {
        const NameSplitter::Parts parts = NameSplitter::split(c.displayName);
        if (c.salutation.isEmpty())
            c.salutation = parts.salutation;
        c.firstName = parts.first;
        c.middleName = c.middleName.isEmpty() ? parts.middle : c.middleName;
        c.lastName = parts.last;
        c.displayName.clear();
    }

    addLabelled(cells, QStringLiteral("email"), [&c](const QString &address, const QString &label) {
        for (const EmailAddress &known : std::as_const(c.emails))
            if (known.address == address)
                return;
        EmailAddress e;
        e.address = address;
        if (!label.isEmpty())
            e.label = label;
        e.primary = c.emails.isEmpty();
        c.emails << e;
    });
    addLabelled(cells, QStringLiteral("phone"), [&c](const QString &number, const QString &label) {
        for (const PhoneNumber &known : std::as_const(c.phones))
            if (known.number == number)
                return;
        PhoneNumber p;
        p.number = number;
        if (!label.isEmpty())
            p.label = label;
        p.primary = c.phones.isEmpty();
        c.phones << p;
    });
    static const QRegularExpression tagSeparators(QStringLiteral("\\s*[,;\u060C]\\s*"));
    for (int i : m_byField.value(QStringLiteral("tags")))
        for (const QString &tag : cells.value(i).split(tagSeparators, Qt::SkipEmptyParts))
            if (!tag.trimmed().isEmpty() && !c.tags.contains(tag.trimmed()))
                c.tags << tag.trimmed();
    for (int i : m_custom) {
        const QString value = cells.value(i).trimmed();
        const QString key = m_customKeys.value(m_mapping.at(i).field);
        if (!value.isEmpty() && !key.isEmpty())
            c.custom.insert(key, value);
    }
    return c;
}

} // namespace Kempt
