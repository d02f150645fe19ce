#pragma once

#include "core/result.h"
#include "reports/dealreports.h"

#include <QList>
#include <QStringList>
#include <optional>

class QIODevice;

namespace Kempt {

// The deal reports as tables of text for CSV files and kempt-cli: a header row of stable
// keys, then one row per month or stage. Amounts are in major units with the currency's
// digits, days carry two decimals and rates four, always with a dot, so a spreadsheet in
// any language reads them the same. The ByMonth kinds end with the period's total in a
// row whose month is "all".
class DealReportCsv
{
public:
    // The header row first.
    static Result rows(const DealReports &reports, DealReports::Report report, QList<QStringList> *rows);
    // rows() through CsvWriter (RFC 4180, CRLF, formulas defused).
    static Result write(const DealReports &reports, DealReports::Report report, QIODevice *device);
    // write() into a file that appears complete or not at all (QSaveFile).
    static Result save(const DealReports &reports, DealReports::Report report, const QString &path);

    // What the reports view and `kempt-cli deals report` export, in the view's order:
    // forecast, win rate by month, cycle length by month, time in stage, won and lost.
    static QList<DealReports::Report> exported();
    // "forecast", "win-rate", "cycle", "stage-time", "won-lost" for exported(); the one-row
    // kinds are "win-rate-total" and "cycle-total".
    static QString key(DealReports::Report report);
    static std::optional<DealReports::Report> fromKey(const QString &key);
};

} // namespace Kempt
