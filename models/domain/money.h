#pragma once

#include <QLocale>
#include <QString>
#include <QVariant>

namespace Kempt {

// Amounts are stored as integers in the currency's minor unit (ISO 4217 exponent), so
// sums stay exact; people type and read them in major units.
class Money
{
public:
    static int minorDigits(const QString &currency);
    static qint64 minorPerMajor(const QString &currency);
    static double toMajor(qint64 minor, const QString &currency);
    // Reads an amount in major units: a number, or text in the C or the current locale
    // (empty text is 0). False for anything else, and for negative or absurd amounts.
    static bool parseAmount(const QVariant &major, double *amount);
    // parseAmount() in the currency's minor unit, rounded.
    static bool toMinor(const QVariant &major, const QString &currency, qint64 *minor);
    // "€1,234.50" in the locale's own currency, "1,234.50 EUR" in any other.
    static QString format(qint64 minor, const QString &currency, const QLocale &locale = QLocale());
    static bool isCurrencyCode(const QString &code);
    // SQL giving minorPerMajor() of a currency column, for set-based conversions.
    static QString minorPerMajorSql(const QString &currencyExpression);
};

} // namespace Kempt
