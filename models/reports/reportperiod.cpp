#include "reports/reportperiod.h"

#include <QCoreApplication>
#include <QLocale>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportPeriod)
};

QDate firstOfQuarter(const QDate &day)
{
    return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
}

} // namespace

QList<ReportPeriod::Preset> ReportPeriod::presets()
{
    return {Preset::AllTime, Preset::ThisMonth, Preset::ThisQuarter, Preset::ThisYear, Preset::LastYear, Preset::Last12Months,
            Preset::Next12Months};
}

QString ReportPeriod::name(Preset preset)
{
    switch (preset) {
    case Preset::AllTime: return Tr::tr("All dates");
    case Preset::ThisMonth: return Tr::tr("This month");
    case Preset::ThisQuarter: return Tr::tr("This quarter");
    case Preset::ThisYear: return Tr::tr("This year");
    case Preset::LastYear: return Tr::tr("Last year");
    case Preset::Last12Months: return Tr::tr("Last 12 months");
    case Preset::Next12Months: return Tr::tr("Next 12 months");
    case Preset::Custom: return Tr::tr("Custom range");
    }
    return QString();
}

QDate ReportPeriod::from(Preset preset, const QDate &today)
{
    switch (preset) {
    case Preset::ThisMonth: return QDate(today.year(), today.month(), 1);
    case Preset::ThisQuarter: return firstOfQuarter(today);
    case Preset::ThisYear: return QDate(today.year(), 1, 1);
    case Preset::LastYear: return QDate(today.year() - 1, 1, 1);
    // Twelve whole months: the current one and the eleven before it.
    case Preset::Last12Months: return QDate(today.year(), today.month(), 1).addMonths(-11);
    case Preset::Next12Months: return today;
    case Preset::AllTime:
    case Preset::Custom: break;
    }
    return QDate();
}

QDate ReportPeriod::to(Preset preset, const QDate &today)
{
    switch (preset) {
    case Preset::ThisMonth:
    case Preset::Last12Months: return QDate(today.year(), today.month(), 1).addMonths(1).addDays(-1);
    case Preset::ThisQuarter: return firstOfQuarter(today).addMonths(3).addDays(-1);
    case Preset::ThisYear: return QDate(today.year(), 12, 31);
    case Preset::LastYear: return QDate(today.year() - 1, 12, 31);
    case Preset::Next12Months: return today.addMonths(12);
    case Preset::AllTime:
    case Preset::Custom: break;
    }
    return QDate();
}

QString ReportPeriod::describe(const QDate &from, const QDate &to, const QLocale &locale)
{
    const auto text = [&](const QDate &d) { return locale.toString(d, QStringLiteral("d MMM yyyy")); };
    if (from.isValid() && to.isValid())
        return Tr::tr("%1 – %2").arg(text(from), text(to));
    if (from.isValid())
        return Tr::tr("since %1").arg(text(from));
    if (to.isValid())
        return Tr::tr("until %1").arg(text(to));
    return Tr::tr("all dates");
}

} // namespace Kempt
