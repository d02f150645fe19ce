#pragma once

#include <QLocale>
#include <QString>

namespace Kempt {

// Amounts as the pipeline board's headers show them: whole units, grouped, with the
// locale's symbol for its own currency and the ISO code after any other (as
// Money::format does, without the cents a column total does not need).
class MoneyText
{
public:
    static QString whole(qint64 minor, const QString &currency, const QLocale &locale = QLocale());
};

} // namespace Kempt
