#pragma once

#include <QDateTime>
#include <QString>

namespace Kempt {

// Dates and times as people read them in lists: the locale's short forms, without
// seconds, in local time.
class DateText
{
public:
    static QString shortDate(const QDate &date);
    static QString shortDateTime(const QDateTime &dateTime);
};

} // namespace Kempt
