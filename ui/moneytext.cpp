#include "moneytext.h"

#include "domain/money.h"

#include <cmath>

namespace Kempt {

QString MoneyText::whole(qint64 minor, const QString &currency, const QLocale &locale)
{
    const QString code = currency.trimmed().toUpper();
    const double major = std::round(Money::toMajor(minor, code));
    if (!code.isEmpty() && locale.currencySymbol(QLocale::CurrencyIsoCode) == code)
        return locale.toCurrencyString(major, locale.currencySymbol(), 0);
    QLocale grouped = locale;
    grouped.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return QStringLiteral("%1\u00A0%2").arg(grouped.toString(major, 'f', 0), code);
}

} // namespace Kempt
