#include "countrycombobox.h"

#include <QCollator>
#include <QLocale>
#include <algorithm>

namespace Kempt {

namespace {

struct Country
{
    QString code;
    QString name;
};

QList<Country> countries()
{
    QList<Country> list;
    for (int t = QLocale::AnyTerritory + 1; t <= QLocale::LastTerritory; ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        // Regions such as "419" (Latin America) are not countries.
        if (code.size() != 2 || !code.at(0).isLetter())
            continue;
        if (std::any_of(list.cbegin(), list.cend(), [&](const Country &c) { return c.code == code; }))
            continue;
        list.append({code, QLocale::territoryToString(territory)});
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(list.begin(), list.end(), [&](const Country &a, const Country &b) { return collator.compare(a.name, b.name) < 0; });
    return list;
}

} // namespace

CountryComboBox::CountryComboBox(QWidget *parent)
    : QComboBox(parent)
{
    addItem(QString(), QString());
    for (const Country &c : countries())
        addItem(QStringLiteral("%1 (%2)").arg(c.name, c.code), c.code);
    setMaxVisibleItems(16);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
}

QString CountryComboBox::code() const
{
    return currentData().toString();
}

void CountryComboBox::setCode(const QString &code)
{
    const QString upper = code.trimmed().toUpper();
    int row = findData(upper);
    if (row < 0) {
        addItem(upper, upper);
        row = count() - 1;
    }
    setCurrentIndex(row);
}

void CountryComboBox::setNoneText(const QString &text)
{
    setItemText(0, text);
    setMinimumContentsLength(std::max(minimumContentsLength(), int(text.size())));
}

QString CountryComboBox::nameOf(const QString &code)
{
    const QLocale::Territory t = QLocale::codeToTerritory(code);
    return t == QLocale::AnyTerritory ? code : QLocale::territoryToString(t);
}

} // namespace Kempt
