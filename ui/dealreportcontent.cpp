#include "dealreportcontent.h"

#include "domain/money.h"
#include "reports/dealreports.h"

#include <QLocale>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace Kempt {

namespace {

const QColor kBlue(0x15, 0x70, 0xef);
const QColor kPaleBlue(0xb2, 0xdd, 0xff);
const QColor kTeal(0x0e, 0x93, 0x84);
const QColor kPurple(0x7a, 0x5a, 0xf8);
const QColor kGreen(0x07, 0x94, 0x55);
const QColor kRed(0xd9, 0x2d, 0x20);

QString monthText(const QDate &month, const QLocale &locale)
{
    return locale.toString(month, QStringLiteral("MMM yyyy"));
}

QString percentText(double fraction, const QLocale &locale)
{
    return locale.toString(fraction * 100, 'f', 1) + locale.percent();
}

QString daysText(double days, const QLocale &locale)
{
    return locale.toString(days, 'f', 1);
}

} // namespace

Result DealReportContent::load(Kind kind, const DealReports &reports, const QLocale &locale, bool filtered, DealReportContent *content)
{
    *content = DealReportContent();
    switch (kind) {
    case Kind::Forecast: return content->loadForecast(reports, locale, filtered);
    case Kind::WinRate: return content->loadWinRate(reports, locale, filtered);
    case Kind::CycleLength: return content->loadCycleLength(reports, locale, filtered);
    case Kind::StageTime: return content->loadStageTime(reports, locale, filtered);
    case Kind::WonLost: return content->loadWonLost(reports, locale, filtered);
    }
    return Result::success();
}

Result DealReportContent::loadForecast(const DealReports &reports, const QLocale &locale, bool filtered)
{
    QList<DealReports::ForecastMonth> months;
    if (const Result r = reports.forecast(&months); !r)
        return r;
    const QString currency = reports.currency();
    title = tr("Forecast: weighted value by expected close month");
    if (months.isEmpty()) {
        empty = filtered ? tr("No open deal is expected to close in this period. Choose another period, pipeline or owner.")
                         : tr("No open deal has an expected close date yet. Give your open deals an expected close date "
                              "to see what they are worth month by month.");
        return Result::success();
    }
    chart = Chart::Columns;
    scale = DealReportChart::Scale::Money;
    series = {{tr("Total value"), kPaleBlue, {}}, {tr("Weighted value"), kBlue, {}}};
    headers = {tr("Month"), tr("Open deals"), tr("Total value"), tr("Weighted value")};
    int deals = 0;
    qint64 total = 0, weighted = 0;
    for (const DealReports::ForecastMonth &m : std::as_const(months)) {
        categories << monthText(m.month, locale);
        series[0].values << Money::toMajor(m.totalMinor, currency);
        series[1].values << Money::toMajor(m.weightedMinor, currency);
        rows << QStringList{monthText(m.month, locale), locale.toString(m.deals), Money::format(m.totalMinor, currency, locale),
                            Money::format(m.weightedMinor, currency, locale)};
        deals += m.deals;
        total += m.totalMinor;
        weighted += m.weightedMinor;
    }
    rows << QStringList{tr("Total"), locale.toString(deals), Money::format(total, currency, locale), Money::format(weighted, currency, locale)};
    totalRow = true;
    headline = DealReportChart::moneyLabel(Money::toMajor(weighted, currency), currency, locale);
    detail = (deals == 1 ? tr("weighted value of the one open deal expected to close, out of %1 in total")
                         : tr("weighted value of %Ln open deals expected to close, out of %1 in total", nullptr, deals))
                 .arg(DealReportChart::moneyLabel(Money::toMajor(total, currency), currency, locale));
    return Result::success();
}

Result DealReportContent::loadWinRate(const DealReports &reports, const QLocale &locale, bool filtered)
{
    DealReports::WinRate all;
    QList<DealReports::MonthOutcome> months;
    Result r = reports.winRate(&all);
    if (r)
        r = reports.outcomes(&months);
    if (!r)
        return r;
    title = tr("Win rate by month of closing");
    if (all.won + all.lost == 0) {
        empty = filtered ? tr("No won or lost deals in this period. Choose another period, pipeline or owner.")
                         : tr("No won or lost deals yet. Mark deals as won or lost and the win rate appears here.");
        return Result::success();
    }
    chart = Chart::Columns;
    scale = DealReportChart::Scale::Percent;
    series = {{tr("Win rate"), kBlue, {}}};
    headers = {tr("Month"), tr("Won"), tr("Lost"), tr("Win rate")};
    for (const DealReports::MonthOutcome &m : std::as_const(months)) {
        categories << monthText(m.month, locale);
        series[0].values << std::round(m.winRate() * 1000) / 10;
        rows << QStringList{monthText(m.month, locale), locale.toString(m.won), locale.toString(m.lost), percentText(m.winRate(), locale)};
    }
    rows << QStringList{tr("Total"), locale.toString(all.won), locale.toString(all.lost), percentText(all.byCount(), locale)};
    totalRow = true;
    headline = percentText(all.byCount(), locale);
    detail = tr("%1 won and %2 lost; %3 of the closed value was won")
                 .arg(locale.toString(all.won), locale.toString(all.lost), percentText(all.byValue(), locale));
    return Result::success();
}

Result DealReportContent::loadCycleLength(const DealReports &reports, const QLocale &locale, bool filtered)
{
    DealReports::CycleLength all;
    QList<DealReports::MonthCycle> months;
    Result r = reports.cycleLength(&all);
    if (r)
        r = reports.cycleLengthByMonth(&months);
    if (!r)
        return r;
    title = tr("Sales cycle: average days from creation to won, by month won");
    if (all.deals == 0) {
        empty = filtered ? tr("No deal was won in this period. Choose another period, pipeline or owner.")
                         : tr("No won deals yet. The sales cycle runs from the day a deal is created to the day it is won.");
        return Result::success();
    }
    chart = Chart::Columns;
    scale = DealReportChart::Scale::Days;
    series = {{tr("Average days to win"), kTeal, {}}};
    headers = {tr("Month won"), tr("Won deals"), tr("Average days")};
    for (const DealReports::MonthCycle &m : std::as_const(months)) {
        categories << monthText(m.month, locale);
        series[0].values << std::round(m.averageDays * 10) / 10;
        rows << QStringList{monthText(m.month, locale), locale.toString(m.deals), daysText(m.averageDays, locale)};
    }
    rows << QStringList{tr("Total"), locale.toString(all.deals), daysText(all.averageDays, locale)};
    totalRow = true;
    headline = tr("%1 days").arg(daysText(all.averageDays, locale));
    detail = all.deals == 1 ? tr("from creation to won, for the one won deal")
                            : tr("on average from creation to won, over %Ln won deals", nullptr, all.deals);
    return Result::success();
}

Result DealReportContent::loadStageTime(const DealReports &reports, const QLocale &locale, bool filtered)
{
    QList<DealReports::StageTime> stages;
    if (const Result r = reports.timeInStage(&stages); !r)
        return r;
    title = tr("Average time in each stage");
    const bool anyStay = std::any_of(stages.cbegin(), stages.cend(), [](const DealReports::StageTime &s) { return s.stays > 0; });
    if (!anyStay) {
        empty = filtered ? tr("No deal left a stage in this period. Choose another period, pipeline or owner.")
                         : tr("No deal has left a stage yet. The time in a stage is measured when a deal moves on, is won or is lost.");
        return Result::success();
    }
    QSet<QString> pipelines;
    for (const DealReports::StageTime &s : std::as_const(stages))
        pipelines.insert(s.pipeline);
    chart = Chart::Bars;
    scale = DealReportChart::Scale::Days;
    series = {{tr("Average days in stage"), kPurple, {}}};
    headers = {tr("Pipeline"), tr("Stage"), tr("Finished stays"), tr("Average days")};
    textColumns = 2;
    const DealReports::StageTime *longest = nullptr;
    for (const DealReports::StageTime &s : std::as_const(stages)) {
        // Stages of several pipelines share names ("Lead"): say whose they are.
        const QString name = pipelines.size() > 1 ? tr("%1 · %2").arg(s.pipeline, s.stage) : s.stage;
        // The chart's axis keeps one bar per distinct name.
        QString label = name;
        for (int n = 2; categories.contains(label); ++n)
            label = QStringLiteral("%1 (%2)").arg(name).arg(n);
        categories << label;
        series[0].values << std::round(s.averageDays * 10) / 10;
        rows << QStringList{s.pipeline, s.stage, locale.toString(s.stays), s.stays > 0 ? daysText(s.averageDays, locale) : QStringLiteral("–")};
        if (s.stays > 0 && (!longest || s.averageDays > longest->averageDays))
            longest = &s;
    }
    headline = tr("%1 days").arg(daysText(longest->averageDays, locale));
    detail = tr("the longest average stay, in %1").arg(pipelines.size() > 1 ? tr("%1 · %2").arg(longest->pipeline, longest->stage)
                                                                              : longest->stage);
    return Result::success();
}

Result DealReportContent::loadWonLost(const DealReports &reports, const QLocale &locale, bool filtered)
{
    DealReports::WinRate all;
    QList<DealReports::MonthOutcome> months;
    Result r = reports.winRate(&all);
    if (r)
        r = reports.outcomes(&months);
    if (!r)
        return r;
    const QString currency = reports.currency();
    title = tr("Won and lost deals by month of closing");
    if (months.isEmpty()) {
        empty = filtered ? tr("No won or lost deals in this period. Choose another period, pipeline or owner.")
                         : tr("No won or lost deals yet. Mark deals as won or lost and they appear here month by month.");
        return Result::success();
    }
    chart = Chart::Columns;
    scale = DealReportChart::Scale::Count;
    series = {{tr("Won"), kGreen, {}}, {tr("Lost"), kRed, {}}};
    headers = {tr("Month"), tr("Won"), tr("Won value"), tr("Lost"), tr("Lost value")};
    for (const DealReports::MonthOutcome &m : std::as_const(months)) {
        categories << monthText(m.month, locale);
        series[0].values << m.won;
        series[1].values << m.lost;
        rows << QStringList{monthText(m.month, locale), locale.toString(m.won), Money::format(m.wonMinor, currency, locale),
                            locale.toString(m.lost), Money::format(m.lostMinor, currency, locale)};
    }
    rows << QStringList{tr("Total"), locale.toString(all.won), Money::format(all.wonMinor, currency, locale), locale.toString(all.lost),
                        Money::format(all.lostMinor, currency, locale)};
    totalRow = true;
    headline = tr("%1 won · %2 lost").arg(locale.toString(all.won), locale.toString(all.lost));
    detail = tr("%1 won and %2 lost in value")
                 .arg(DealReportChart::moneyLabel(Money::toMajor(all.wonMinor, currency), currency, locale),
                      DealReportChart::moneyLabel(Money::toMajor(all.lostMinor, currency), currency, locale));
    return Result::success();
}

} // namespace Kempt
