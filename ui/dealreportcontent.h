#pragma once

#include "dealreportchart.h"

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QLocale;

namespace Kempt {

class DealReports;

// What the reports view shows for one report, worked out from DealReports and worded for
// people: the headline figure, the chart's data, the table, or the empty-state advice.
struct DealReportContent
{
    Q_DECLARE_TR_FUNCTIONS(DealReportContent)

public:
    enum class Kind { Forecast, WinRate, CycleLength, StageTime, WonLost };
    enum class Chart { Columns, Bars };

    QString title;
    QString headline;
    QString detail;
    QString empty; // set: nothing to chart, and this says what to do

    Chart chart = Chart::Columns;
    DealReportChart::Scale scale = DealReportChart::Scale::Count;
    QStringList categories;
    QList<DealReportChart::Series> series;

    QStringList headers;
    QList<QStringList> rows; // formatted in the locale
    int textColumns = 1;     // the leading columns that are names, not numbers
    bool totalRow = false;   // the last row sums up the others

    // filtered: a pipeline, owner or period narrows the deals, so the advice says so.
    static Result load(Kind kind, const DealReports &reports, const QLocale &locale, bool filtered, DealReportContent *content);

private:
    Result loadForecast(const DealReports &reports, const QLocale &locale, bool filtered);
    Result loadWinRate(const DealReports &reports, const QLocale &locale, bool filtered);
    Result loadCycleLength(const DealReports &reports, const QLocale &locale, bool filtered);
    Result loadStageTime(const DealReports &reports, const QLocale &locale, bool filtered);
    Result loadWonLost(const DealReports &reports, const QLocale &locale, bool filtered);
};

} // namespace Kempt
