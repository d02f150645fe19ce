#include "domain/money.h"

#include <QStringList>
#include <cmath>

namespace Kempt {

namespace {

// ISO 4217 currencies whose minor unit is not the cent.
const QStringList &noDecimals()
{
    static const QStringList list = {
        QStringLiteral("BIF"), QStringLiteral("CLP"), QStringLiteral("DJF"), QStringLiteral("GNF"), QStringLiteral("ISK"),
        QStringLiteral("JPY"), QStringLiteral("KMF"), QStringLiteral("KRW"), QStringLiteral("PYG"), QStringLiteral("RWF"),
        QStringLiteral("UGX"), QStringLiteral("UYI"), QStringLiteral("VND"), QStringLiteral("VUV"), QStringLiteral("XAF"),
        QStringLiteral("XOF"), QStringLiteral("XPF")};
    return list;
}

const QStringList &threeDecimals()
{
    static const QStringList list = {QStringLiteral("BHD"), QStringLiteral("IQD"), QStringLiteral("JOD"),
                                     QStringLiteral("KWD"), QStringLiteral("LYD"), QStringLiteral("OMR"),
                                     QStringLiteral("TND")};
    return list;
}

QString sqlList(const QStringList &codes)
{
    return QStringLiteral("'") + codes.join(QStringLiteral("','")) + QStringLiteral("'");
}

// Far beyond any deal, and far inside what a double carries exactly.
constexpr double kLargestMajor = 1e13;

} // namespace

int Money::minorDigits(const QString &currency)
{
    const QString code = currency.trimmed().toUpper();
    if (noDecimals().contains(code))
        return 0;
    if (threeDecimals().contains(code))
        return 3;
    return 2;
}

qint64 Money::minorPerMajor(const QString &currency)
{
    switch (minorDigits(currency)) {
    case 0: return 1;
    case 3: return 1000;
    default: return 100;
    }
}

double Money::toMajor(qint64 minor, const QString &currency)
{
    return double(minor) / double(minorPerMajor(currency));
}

bool Money::parseAmount(const QVariant &major, double *amount)
{
    bool ok = false;
    if (major.typeId() == QMetaType::QString || major.typeId() == QMetaType::QByteArray) {
        QString text = major.toString().trimmed();
        text.remove(QChar(0x00A0)).remove(QChar(0x202F));
        if (text.isEmpty()) {
            *amount = 0;
            return true;
        }
        *amount = QLocale::c().toDouble(text, &ok);
        if (!ok)
            *amount = QLocale().toDouble(text, &ok);
    } else if (!major.isValid() || major.isNull()) {
        *amount = 0;
        ok = true;
    } else {
        *amount = major.toDouble(&ok);
    }
    return ok && std::isfinite(*amount) && *amount >= 0 && *amount <= kLargestMajor;
}

bool Money::toMinor(const QVariant &major, const QString &currency, qint64 *minor)
{
    double amount = 0;
    if (!parseAmount(major, &amount))
        return false;
    *minor = qint64(std::llround(amount * double(minorPerMajor(currency))));
    return true;
}

QString Money::format(qint64 minor, const QString &currency, const QLocale &locale)
{
    const QString code = currency.trimmed().toUpper();
    if (!code.isEmpty() && locale.currencySymbol(QLocale::CurrencyIsoCode) == code)
        return locale.toCurrencyString(toMajor(minor, code), locale.currencySymbol(), minorDigits(code));
    // Another country's currency reads best as the amount followed by its code.
    QLocale grouped = locale;
    grouped.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return QStringLiteral("%1\u00A0%2").arg(grouped.toString(toMajor(minor, code), 'f', minorDigits(code)), code);
}

bool Money::isCurrencyCode(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (QChar c : code)
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    return true;
}

QString Money::minorPerMajorSql(const QString &currencyExpression)
{
    return QStringLiteral("(CASE WHEN %1 IN (%2) THEN 1 WHEN %1 IN (%3) THEN 1000 ELSE 100 END)")
        .arg(currencyExpression, sqlList(noDecimals()), sqlList(threeDecimals()));
}

} // namespace Kempt
