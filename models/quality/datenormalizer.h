#pragma once

#include "quality/verdict.h"

#include <QString>
#include <QStringList>

namespace Kempt {

// Dates are stored as ISO 8601 calendar dates (yyyy-mm-dd).
//
// Read: ISO (2024-03-31, 2024/03/31, 20240331, with or without a time of day, which is
// dropped); numbers separated by / - or spaces in day-month-year or month-day-year
// order; numbers separated by dots always day first (31.03.2024: no country writes
// month.day.year); month names in English, Russian, Arabic and Persian
// (31 March 2024, Mar 31st, 2024, 31 марта 2024 г., 31 مارس 2024), with ordinals and
// weekdays ignored. Arabic-Indic and Persian digits count as digits; a date written in
// Persian digits with a year before 1700 is a Solar Hijri date (۱۴۰۳/۰۱/۱۲) and is
// converted. Two-digit years are 20yy below the pivot and 19yy from it (30 by default,
// as in spreadsheets: 29 → 2029, 30 → 1930). Other years before 1800 are rejected:
// they are almost always a date in another calendar.
class DateNormalizer
{
public:
    // Iso: only year-first dates were seen. DayFirst/MonthFirst: some value proves the
    // order (a first field over 12 is a day; a second field over 12 is a day).
    // Ambiguous: numeric dates seen, none of them decides. Unknown: the values
    // contradict each other, or none is a numeric date. Dotted dates are day first
    // anyway, so they count only when no other value gives evidence.
    enum Order { Iso, DayFirst, MonthFirst, Ambiguous, Unknown };

    static constexpr int DefaultTwoDigitYearPivot = 30;

    static Order detectOrder(const QStringList &samples);
    // Valid when the value already is yyyy-mm-dd; Warning with the ISO date when it is
    // another spelling of one date; Invalid when it is no date, no real date (31.02.),
    // or could be two dates and the order does not decide (03/04/2024 with Ambiguous).
    static Verdict check(const QString &value, Order order,
                         int twoDigitYearPivot = DefaultTwoDigitYearPivot);
};

} // namespace Kempt
