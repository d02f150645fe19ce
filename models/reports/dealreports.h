#pragma once

#include "core/result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class QIODevice;

namespace Kempt {

// The sales reports, as plain numbers for charts and CSV. Counts take every deal;
// amounts (minor units) only the deals in currency(), since there are no exchange rates.
// Trashed deals never count. The period bounds what each report is about: the expected
// close of the forecast, the close of won and lost deals, the end of a stay in a stage.
class DealReports
{
public:
    struct ForecastMonth
    {
        QDate month; // the first day of the month
        int deals = 0;
        qint64 totalMinor = 0;
        qint64 weightedMinor = 0; // Σ value × probability (the deal's own or its stage's)
    };
    struct WinRate
    {
        int won = 0;
        int lost = 0;
        qint64 wonMinor = 0;
        qint64 lostMinor = 0;
        // Won / (won + lost); 0 when nothing closed.
        double byCount() const { return won + lost > 0 ? double(won) / (won + lost) : 0; }
        double byValue() const { return wonMinor + lostMinor > 0 ? double(wonMinor) / double(wonMinor + lostMinor) : 0; }
    };
    struct CycleLength
    {
        int deals = 0;          // won deals measured
        double averageDays = 0; // from created to closed
    };
    struct StageTime
    {
        qint64 stageId = 0;
        QString stage;
        QString pipeline;
        int stays = 0;          // finished stays measured (left_at set)
        double averageDays = 0;
    };
    struct MonthOutcome
    {
        QDate month;
        int won = 0;
        qint64 wonMinor = 0;
        int lost = 0;
        qint64 lostMinor = 0;
        // Won / (won + lost) in this month; 0 when nothing closed.
        double winRate() const { return won + lost > 0 ? double(won) / (won + lost) : 0; }
    };
    struct MonthCycle
    {
        QDate month;            // the month the deals were won
        int deals = 0;
        double averageDays = 0; // from created to closed
    };
    struct Owner
    {
        qint64 id = 0;
        QString name;
    };
    struct StageSummary
    {
        qint64 stageId = 0;
        QString stage;
        double probability = 0;
        int deals = 0;          // open deals
        qint64 totalMinor = 0;
        qint64 weightedMinor = 0;
        int otherCurrency = 0;  // open deals left out of the sums
    };
    // WinRate and CycleLength are one row; the ByMonth kinds add a row per month and end
    // with that same total (month "all"). See DealReportCsv.
    enum class Report { Forecast, WinRate, CycleLength, TimeInStage, Outcomes, WinRateByMonth, CycleLengthByMonth };

    explicit DealReports(QSqlDatabase db);

    // 0 (the default): every pipeline.
    void setPipeline(qint64 pipelineId) { m_pipelineId = pipelineId; }
    qint64 pipeline() const { return m_pipelineId; }
    // 0 (the default): every owner, also deals without one.
    void setOwner(qint64 ownerId) { m_ownerId = ownerId; }
    qint64 owner() const { return m_ownerId; }
    // Empty: DealStore::mainCurrency().
    void setCurrency(const QString &currency);
    QString currency() const { return m_currency; }
    // Invalid dates leave that side open.
    void setPeriod(const QDate &from, const QDate &to);
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }

    // Open deals by month of expected close, oldest first; deals without a date are left out.
    Result forecast(QList<ForecastMonth> *months) const;
    Result winRate(WinRate *rate) const;
    Result cycleLength(CycleLength *cycle) const;
    // Won deals by month of closing, oldest first.
    Result cycleLengthByMonth(QList<MonthCycle> *months) const;
    // Every stage of the pipeline(s) in board order, also those without a finished stay.
    Result timeInStage(QList<StageTime> *stages) const;
    // Won and lost deals by month of closing, oldest first.
    Result outcomes(QList<MonthOutcome> *months) const;
    // Open deals per stage of one pipeline (setPipeline), the board's column headers.
    Result stageSummary(QList<StageSummary> *stages) const;
    // The people owning at least one deal (trashed ones aside), by name: the owner filter.
    Result owners(QList<Owner> *owners) const;
    // The currencies of the deals (trashed ones aside), most used first; amounts in any
    // but currency() are left out of the sums.
    Result currencies(QStringList *codes) const;

    // One report as CSV (DealReportCsv): a header row of stable keys, amounts in major units.
    Result writeCsv(Report report, QIODevice *device) const;

private:
    QString pipelineCondition(const QString &column, QVariantList *binds) const;
    QString periodCondition(const QString &dayExpression, QVariantList *binds) const;
    QString ownerCondition(const QString &column, QVariantList *binds) const;

    QSqlDatabase m_db;
    qint64 m_pipelineId = 0;
    qint64 m_ownerId = 0;
    QString m_currency;
    QDate m_from;
    QDate m_to;
};

} // namespace Kempt
