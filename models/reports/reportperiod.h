#pragma once

#include <QDate>
#include <QList>
#include <QString>

class QLocale;

namespace Kempt {

// The periods the deal reports offer, resolved against a day (today in the application,
// a fixed day in tests). An invalid bound leaves that side open.
class ReportPeriod
{
public:
    enum class Preset { AllTime, ThisMonth, ThisQuarter, ThisYear, LastYear, Last12Months, Next12Months, Custom };

    // Every preset but Custom, in the order a chooser lists them.
    static QList<Preset> presets();
    static QString name(Preset preset);
    // Custom returns no bounds: the caller keeps its own.
    static QDate from(Preset preset, const QDate &today);
    static QDate to(Preset preset, const QDate &today);
    // "1 Jan 2025 – 31 Dec 2025", "since 1 Jan 2025", "all dates", in the given locale.
    static QString describe(const QDate &from, const QDate &to, const QLocale &locale);
};

} // namespace Kempt
