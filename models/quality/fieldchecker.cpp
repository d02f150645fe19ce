#include "quality/fieldchecker.h"
#include "quality/companynormalizer.h"
#include "quality/countrynormalizer.h"
#include "quality/namecaser.h"
#include "quality/phonenormalizer.h"
#include "quality/unicodehygiene.h"
#include "quality/whitespace.h"

#include <QCoreApplication>

namespace Kempt {

namespace {

const char *const kNames[] = {"email", "phone", "name", "company", "country", "date"};

} // namespace

FieldChecker::FieldChecker(Field field, const QString &region, DateNormalizer::Order order)
    : m_field(field)
    , m_region(region.trimmed().toUpper())
    , m_order(order)
{
}

Verdict FieldChecker::check(const QString &value) const
{
    switch (m_field) {
    case Email:
        return m_email.check(value);
    case Phone:
        return PhoneNormalizer().check(value, m_region);
    case Name:
        return checkName(value);
    case Company:
        return CompanyNormalizer().check(value, NameCaser::Title);
    case Country:
        return CountryNormalizer().check(value);
    case Date:
        return DateNormalizer::check(value, m_order);
    }
    return Verdict();
}

// A person's name as the default style guide stores it: clean Unicode, tidy spacing,
// title case.
Verdict FieldChecker::checkName(const QString &value) const
{
    Verdict v;
    const QString tidy = Whitespace::clean(UnicodeHygiene::clean(value));
    if (tidy.isEmpty()) {
        v.status = Verdict::Invalid;
        v.reason = QCoreApplication::translate("FieldChecker", "The name is empty.");
        return v;
    }
    v.normalized = NameCaser::apply(tidy, NameCaser::Title, NameCaser::Person);
    if (v.normalized != value) {
        v.status = Verdict::Warning;
        v.suggestion = v.normalized;
        v.reason = QCoreApplication::translate("FieldChecker", "The style guide writes it “%1”: tidy spacing and title case.")
                       .arg(v.normalized);
    }
    return v;
}

bool FieldChecker::fieldFromName(const QString &name, Field *field)
{
    for (int i = 0; i < int(std::size(kNames)); ++i)
        if (name == QLatin1String(kNames[i])) {
            *field = Field(i);
            return true;
        }
    return false;
}

QStringList FieldChecker::fieldNames()
{
    QStringList names;
    for (const char *n : kNames)
        names << QString::fromLatin1(n);
    return names;
}

} // namespace Kempt
