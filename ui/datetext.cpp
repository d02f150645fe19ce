#include "datetext.h"

#include <QLocale>
#include <QRegularExpression>

namespace Kempt {

QString DateText::shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString DateText::shortDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QString();
    const QLocale locale;
    // Some locales (C among them) put seconds into the short time; a timeline does not need them.
    static const QRegularExpression seconds(QStringLiteral("[:.]ss"));
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(seconds);
    const QDateTime local = dateTime.toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + locale.toString(local.time(), time);
}

} // namespace Kempt
