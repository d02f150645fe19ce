#include "reports/dealreportcsv.h"
#include "domain/money.h"
#include "io/csvwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace Kempt {

namespace {

// The context of the messages when they lived in DealReports, so translations stay.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DealReports)
};

QString days(double value)
{
    return QString::number(value, 'f', 2);
}

QString rate(double value)
{
    return QString::number(value, 'f', 4);
}

QString month(const QDate &first)
{
    return first.toString(QStringLiteral("yyyy-MM"));
}

const QString kAll = QStringLiteral("all");

class Builder
{
public:
    Builder(const DealReports &reports, QList<QStringList> *rows)
        : m_reports(reports)
        , m_rows(rows)
        , m_currency(reports.currency())
        , m_digits(Money::minorDigits(m_currency))
    {
    }

    QString amount(qint64 minor) const { return QString::number(Money::toMajor(minor, m_currency), 'f', m_digits); }

    Result forecast()
    {
        QList<DealReports::ForecastMonth> months;
        if (const Result r = m_reports.forecast(&months); !r)
            return r;
        *m_rows << QStringList{QStringLiteral("month"), QStringLiteral("deals"), QStringLiteral("total"), QStringLiteral("weighted"),
                               QStringLiteral("currency")};
        for (const DealReports::ForecastMonth &m : std::as_const(months))
            *m_rows << QStringList{month(m.month), QString::number(m.deals), amount(m.totalMinor), amount(m.weightedMinor), m_currency};
        return Result::success();
    }

    Result winRate(bool byMonth)
    {
        DealReports::WinRate w;
        QList<DealReports::MonthOutcome> months;
        Result r = m_reports.winRate(&w);
        if (r && byMonth)
            r = m_reports.outcomes(&months);
        if (!r)
            return r;
        QStringList header{QStringLiteral("won"), QStringLiteral("lost"), QStringLiteral("win_rate"), QStringLiteral("won_value"),
                           QStringLiteral("lost_value"), QStringLiteral("win_rate_by_value"), QStringLiteral("currency")};
        if (byMonth)
            header.prepend(QStringLiteral("month"));
        *m_rows << header;
        for (const DealReports::MonthOutcome &m : std::as_const(months)) {
            const DealReports::WinRate one{m.won, m.lost, m.wonMinor, m.lostMinor};
            *m_rows << QStringList{month(m.month)} + winRateCells(one);
        }
        *m_rows << (byMonth ? QStringList{kAll} : QStringList()) + winRateCells(w);
        return Result::success();
    }

    Result cycleLength(bool byMonth)
    {
        DealReports::CycleLength c;
        QList<DealReports::MonthCycle> months;
        Result r = m_reports.cycleLength(&c);
        if (r && byMonth)
            r = m_reports.cycleLengthByMonth(&months);
        if (!r)
            return r;
        QStringList header{QStringLiteral("won_deals"), QStringLiteral("average_days")};
        if (byMonth)
            header.prepend(QStringLiteral("month"));
        *m_rows << header;
        for (const DealReports::MonthCycle &m : std::as_const(months))
            *m_rows << QStringList{month(m.month), QString::number(m.deals), days(m.averageDays)};
        *m_rows << (byMonth ? QStringList{kAll} : QStringList()) + QStringList{QString::number(c.deals), days(c.averageDays)};
        return Result::success();
    }

    Result timeInStage()
    {
        QList<DealReports::StageTime> stages;
        if (const Result r = m_reports.timeInStage(&stages); !r)
            return r;
        *m_rows << QStringList{QStringLiteral("pipeline"), QStringLiteral("stage"), QStringLiteral("stays"), QStringLiteral("average_days")};
        for (const DealReports::StageTime &s : std::as_const(stages))
            *m_rows << QStringList{s.pipeline, s.stage, QString::number(s.stays), days(s.averageDays)};
        return Result::success();
    }

    Result outcomes()
    {
        QList<DealReports::MonthOutcome> months;
        if (const Result r = m_reports.outcomes(&months); !r)
            return r;
        *m_rows << QStringList{QStringLiteral("month"), QStringLiteral("won"), QStringLiteral("won_value"), QStringLiteral("lost"),
                               QStringLiteral("lost_value"), QStringLiteral("currency")};
        for (const DealReports::MonthOutcome &m : std::as_const(months))
            *m_rows << QStringList{month(m.month), QString::number(m.won), amount(m.wonMinor), QString::number(m.lost),
                                   amount(m.lostMinor), m_currency};
        return Result::success();
    }

private:
    QStringList winRateCells(const DealReports::WinRate &w) const
    {
        return {QString::number(w.won), QString::number(w.lost), rate(w.byCount()), amount(w.wonMinor), amount(w.lostMinor),
                rate(w.byValue()), m_currency};
    }

    const DealReports &m_reports;
    QList<QStringList> *m_rows;
    QString m_currency;
    int m_digits;
};

} // namespace

Result DealReportCsv::rows(const DealReports &reports, DealReports::Report report, QList<QStringList> *rows)
{
    rows->clear();
    Builder b(reports, rows);
    switch (report) {
    case DealReports::Report::Forecast: return b.forecast();
    case DealReports::Report::WinRate: return b.winRate(false);
    case DealReports::Report::WinRateByMonth: return b.winRate(true);
    case DealReports::Report::CycleLength: return b.cycleLength(false);
    case DealReports::Report::CycleLengthByMonth: return b.cycleLength(true);
    case DealReports::Report::TimeInStage: return b.timeInStage();
    case DealReports::Report::Outcomes: return b.outcomes();
    }
    return Result::success();
}

Result DealReportCsv::write(const DealReports &reports, DealReports::Report report, QIODevice *device)
{
    QList<QStringList> table;
    if (const Result r = rows(reports, report, &table); !r)
        return r;
    CsvWriter csv(device);
    for (const QStringList &row : std::as_const(table))
        csv.writeRow(row);
    if (!csv.flush() || csv.hasError())
        return Result::failure(Tr::tr("The report could not be written: %1").arg(csv.errorString()));
    return Result::success();
}

Result DealReportCsv::save(const DealReports &reports, DealReports::Report report, const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result::failure(Tr::tr("%1 cannot be written: %2. Choose a folder you can write to.").arg(name, file.errorString()));
    if (const Result r = write(reports, report, &file); !r) {
        file.cancelWriting();
        return Result::failure(Tr::tr("%1 was not written: %2").arg(name, r.message()));
    }
    if (!file.commit())
        return Result::failure(Tr::tr("%1 cannot be written: %2. Check the free disk space and the folder's permissions.")
                                   .arg(name, file.errorString()));
    return Result::success();
}

QList<DealReports::Report> DealReportCsv::exported()
{
    return {DealReports::Report::Forecast, DealReports::Report::WinRateByMonth, DealReports::Report::CycleLengthByMonth,
            DealReports::Report::TimeInStage, DealReports::Report::Outcomes};
}

QString DealReportCsv::key(DealReports::Report report)
{
    switch (report) {
    case DealReports::Report::Forecast: return QStringLiteral("forecast");
    case DealReports::Report::WinRateByMonth: return QStringLiteral("win-rate");
    case DealReports::Report::WinRate: return QStringLiteral("win-rate-total");
    case DealReports::Report::CycleLengthByMonth: return QStringLiteral("cycle");
    case DealReports::Report::CycleLength: return QStringLiteral("cycle-total");
    case DealReports::Report::TimeInStage: return QStringLiteral("stage-time");
    case DealReports::Report::Outcomes: return QStringLiteral("won-lost");
    }
    return QString();
}

std::optional<DealReports::Report> DealReportCsv::fromKey(const QString &key)
{
    const QString wanted = key.trimmed().toLower();
    for (int i = 0; i <= int(DealReports::Report::CycleLengthByMonth); ++i)
        if (DealReportCsv::key(DealReports::Report(i)) == wanted)
            return DealReports::Report(i);
    return std::nullopt;
}

} // namespace Kempt
