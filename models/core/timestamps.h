#pragma once

#include <QDateTime>
#include <QString>

namespace Kempt {

// Stored timestamps are ISO 8601 UTC text, so they sort as text and read well in any tool.
inline QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

inline QString toIso(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

inline QDateTime fromIso(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime && !text.endsWith(QLatin1Char('Z')))
        dt.setTimeSpec(Qt::UTC);
    return dt;
}

} // namespace Kempt
