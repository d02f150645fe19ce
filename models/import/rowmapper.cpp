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

// Google writes several values into one cell as "a ::: b"; others use ";".
QStringList RowMapper::listed(const QStringList &cells, const QList<int> &columns) const
{
    static const QRegularExpression separators(QStringLiteral("\\s*(?::::|;)\\s*"));
    QStringList values;
    for (int i : columns)
        for (const QString &v : cells.value(i).split(separators, Qt::SkipEmptyParts))
            if (!v.trimmed().isEmpty() && !values.contains(v.trimmed()))
                values << v.trimmed();
    return values;
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

    for (const QString &address : listed(cells, m_byField.value(QStringLiteral("email")))) {
        EmailAddress e;
        e.address = address;
        e.primary = c.emails.isEmpty();
        c.emails << e;
    }
    for (const QString &number : listed(cells, m_byField.value(QStringLiteral("phone")))) {
        PhoneNumber p;
        p.number = number;
        p.primary = c.phones.isEmpty();
        c.phones << p;
    }
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
