#include "reports/dealreports.h"
#include "domain/money.h"
#include "io/csvwriter.h"
#include "storage/sqlerror.h"
#include "stores/dealstore.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <cmath>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DealReports)
};

QDate monthOf(const QString &yearMonth)
{
    return QDate::fromString(yearMonth + QStringLiteral("-01"), Qt::ISODate);
}

QString days(double value)
{
    return QString::number(value, 'f', 2);
}

} // namespace

DealReports::DealReports(QSqlDatabase db)
    : m_db(std::move(db))
    , m_currency(DealStore(m_db).mainCurrency())
{
}

void DealReports::setCurrency(const QString &currency)
{
    const QString code = currency.trimmed().toUpper();
    m_currency = code.isEmpty() ? DealStore(m_db).mainCurrency() : code;
}

void DealReports::setPeriod(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
}

QString DealReports::pipelineCondition(const QString &column, QVariantList *binds) const
{
    if (m_pipelineId <= 0)
        return QString();
    *binds << m_pipelineId;
    return QStringLiteral(" AND %1 = ?").arg(column);
}

QString DealReports::periodCondition(const QString &dayExpression, QVariantList *binds) const
{
    QString sql;
    if (m_from.isValid()) {
        sql += QStringLiteral(" AND %1 >= ?").arg(dayExpression);
        *binds << m_from.toString(Qt::ISODate);
    }
    if (m_to.isValid()) {
        sql += QStringLiteral(" AND %1 <= ?").arg(dayExpression);
        *binds << m_to.toString(Qt::ISODate);
    }
    return sql;
}

Result DealReports::forecast(QList<ForecastMonth> *months) const
{
    months->clear();
    QVariantList binds{m_currency, m_currency};
    QString where = QStringLiteral("t.deleted_at IS NULL AND t.status = 'open' AND t.expected_close <> ''");
    where += pipelineCondition(QStringLiteral("t.pipeline_id"), &binds);
    where += periodCondition(QStringLiteral("t.expected_close"), &binds);
    QSqlQuery q(m_db);
    const Result r = exec(q, QStringLiteral("SELECT substr(t.expected_close, 1, 7) AS m, count(*), "
                                            "coalesce(sum(CASE WHEN t.currency = ? THEN t.value_minor END), 0), "
                                            "coalesce(sum(CASE WHEN t.currency = ? THEN t.value_minor * coalesce(t.probability, s.probability) END), 0) "
                                            "FROM deals t JOIN stages s ON s.id = t.stage_id WHERE %1 GROUP BY m ORDER BY m")
                                 .arg(where),
                             binds);
    if (!r)
        return r;
    while (q.next())
        months->append({monthOf(q.value(0).toString()), q.value(1).toInt(), q.value(2).toLongLong(),
                        qint64(std::llround(q.value(3).toDouble()))});
    return Result::success();
}

Result DealReports::winRate(WinRate *rate) const
{
    *rate = WinRate();
    QVariantList binds{m_currency};
    QString where = QStringLiteral("t.deleted_at IS NULL AND t.status <> 'open'");
    where += pipelineCondition(QStringLiteral("t.pipeline_id"), &binds);
    where += periodCondition(QStringLiteral("substr(t.closed_at, 1, 10)"), &binds);
    QSqlQuery q(m_db);
    const Result r = exec(q, QStringLiteral("SELECT t.status, count(*), coalesce(sum(CASE WHEN t.currency = ? THEN t.value_minor END), 0) "
                                            "FROM deals t WHERE %1 GROUP BY t.status")
                                 .arg(where),
                             binds);
    if (!r)
        return r;
    while (q.next()) {
        const bool won = q.value(0).toString() == QLatin1String("won");
        (won ? rate->won : rate->lost) = q.value(1).toInt();
        (won ? rate->wonMinor : rate->lostMinor) = q.value(2).toLongLong();
    }
    return Result::success();
}

Result DealReports::cycleLength(CycleLength *cycle) const
{
    *cycle = CycleLength();
    QVariantList binds;
    QString where = QStringLiteral("t.deleted_at IS NULL AND t.status = 'won' AND t.closed_at <> ''");
    where += pipelineCondition(QStringLiteral("t.pipeline_id"), &binds);
    where += periodCondition(QStringLiteral("substr(t.closed_at, 1, 10)"), &binds);
    QSqlQuery q(m_db);
    const Result r = exec(q, QStringLiteral("SELECT count(*), coalesce(avg(julianday(t.closed_at) - julianday(t.created_at)), 0) "
                                            "FROM deals t WHERE %1")
                                 .arg(where),
                             binds);
    if (!r)
        return r;
    if (q.next()) {
        cycle->deals = q.value(0).toInt();
        cycle->averageDays = q.value(1).toDouble();
    }
    return Result::success();
}

Result DealReports::timeInStage(QList<StageTime> *stages) const
{
    stages->clear();
    QVariantList binds;
    const QString period = periodCondition(QStringLiteral("substr(h.left_at, 1, 10)"), &binds);
    const QString pipeline = pipelineCondition(QStringLiteral("s.pipeline_id"), &binds);
    QSqlQuery q(m_db);
    const Result r = exec(q, QStringLiteral("SELECT s.id, s.name, p.name, count(h.id), "
                                            "coalesce(avg(julianday(h.left_at) - julianday(h.entered_at)), 0) "
                                            "FROM stages s JOIN pipelines p ON p.id = s.pipeline_id "
                                            "LEFT JOIN deal_stage_history h ON h.stage_id = s.id AND h.left_at <> ''%1 "
                                            "AND EXISTS (SELECT 1 FROM deals d WHERE d.id = h.deal_id AND d.deleted_at IS NULL) "
                                            "WHERE 1%2 GROUP BY s.id ORDER BY p.position, p.id, s.position, s.id")
                                 .arg(period, pipeline),
                             binds);
    if (!r)
        return r;
    while (q.next())
        stages->append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                        q.value(4).toDouble()});
    return Result::success();
}

Result DealReports::outcomes(QList<MonthOutcome> *months) const
{
    months->clear();
    QVariantList binds{m_currency, m_currency};
    QString where = QStringLiteral("t.deleted_at IS NULL AND t.status <> 'open' AND t.closed_at <> ''");
    where += pipelineCondition(QStringLiteral("t.pipeline_id"), &binds);
    where += periodCondition(QStringLiteral("substr(t.closed_at, 1, 10)"), &binds);
    QSqlQuery q(m_db);
    const Result r = exec(q, QStringLiteral("SELECT substr(t.closed_at, 1, 7) AS m, count(*) FILTER (WHERE t.status = 'won'), "
                                            "coalesce(sum(CASE WHEN t.status = 'won' AND t.currency = ? THEN t.value_minor END), 0), "
                                            "count(*) FILTER (WHERE t.status = 'lost'), "
                                            "coalesce(sum(CASE WHEN t.status = 'lost' AND t.currency = ? THEN t.value_minor END), 0) "
                                            "FROM deals t WHERE %1 GROUP BY m ORDER BY m")
                                 .arg(where),
                             binds);
    if (!r)
        return r;
    while (q.next())
        months->append({monthOf(q.value(0).toString()), q.value(1).toInt(), q.value(2).toLongLong(), q.value(3).toInt(),
                        q.value(4).toLongLong()});
    return Result::success();
}

Result DealReports::stageSummary(QList<StageSummary> *stages) const
{
    stages->clear();
    QVariantList binds{m_currency, m_currency, m_currency};
    const QString pipeline = pipelineCondition(QStringLiteral("s.pipeline_id"), &binds);
    QSqlQuery q(m_db);
    const Result r = exec(q, QStringLiteral("SELECT s.id, s.name, s.probability, count(t.id), "
                                            "coalesce(sum(CASE WHEN t.currency = ? THEN t.value_minor END), 0), "
                                            "coalesce(sum(CASE WHEN t.currency = ? THEN t.value_minor * coalesce(t.probability, s.probability) END), 0), "
                                            "count(t.id) FILTER (WHERE t.currency <> ?) "
                                            "FROM stages s JOIN pipelines p ON p.id = s.pipeline_id "
                                            "LEFT JOIN deals t ON t.stage_id = s.id AND t.status = 'open' AND t.deleted_at IS NULL "
                                            "WHERE 1%1 GROUP BY s.id ORDER BY p.position, p.id, s.position, s.id")
                                 .arg(pipeline),
                             binds);
    if (!r)
        return r;
    while (q.next())
        stages->append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toDouble(), q.value(3).toInt(),
                        q.value(4).toLongLong(), qint64(std::llround(q.value(5).toDouble())), q.value(6).toInt()});
    return Result::success();
}

Result DealReports::writeCsv(Report report, QIODevice *device) const
{
    const int digits = Money::minorDigits(m_currency);
    const auto amount = [&](qint64 minor) { return QString::number(Money::toMajor(minor, m_currency), 'f', digits); };
    CsvWriter csv(device);
    Result r;
    switch (report) {
    case Report::Forecast: {
        QList<ForecastMonth> rows;
        if (!(r = forecast(&rows)))
            return r;
        csv.writeRow({QStringLiteral("month"), QStringLiteral("deals"), QStringLiteral("total"), QStringLiteral("weighted"),
                      QStringLiteral("currency")});
        for (const ForecastMonth &m : std::as_const(rows))
            csv.writeRow({m.month.toString(QStringLiteral("yyyy-MM")), QString::number(m.deals), amount(m.totalMinor),
                          amount(m.weightedMinor), m_currency});
        break;
    }
    case Report::WinRate: {
        WinRate w;
        if (!(r = winRate(&w)))
            return r;
        csv.writeRow({QStringLiteral("won"), QStringLiteral("lost"), QStringLiteral("win_rate"), QStringLiteral("won_value"),
                      QStringLiteral("lost_value"), QStringLiteral("win_rate_by_value"), QStringLiteral("currency")});
        csv.writeRow({QString::number(w.won), QString::number(w.lost), QString::number(w.byCount(), 'f', 4), amount(w.wonMinor),
                      amount(w.lostMinor), QString::number(w.byValue(), 'f', 4), m_currency});
        break;
    }
    case Report::CycleLength: {
        CycleLength c;
        if (!(r = cycleLength(&c)))
            return r;
        csv.writeRow({QStringLiteral("won_deals"), QStringLiteral("average_days")});
        csv.writeRow({QString::number(c.deals), days(c.averageDays)});
        break;
    }
    case Report::TimeInStage: {
        QList<StageTime> rows;
        if (!(r = timeInStage(&rows)))
            return r;
        csv.writeRow({QStringLiteral("pipeline"), QStringLiteral("stage"), QStringLiteral("stays"), QStringLiteral("average_days")});
        for (const StageTime &s : std::as_const(rows))
            csv.writeRow({s.pipeline, s.stage, QString::number(s.stays), days(s.averageDays)});
        break;
    }
    case Report::Outcomes: {
        QList<MonthOutcome> rows;
        if (!(r = outcomes(&rows)))
            return r;
        csv.writeRow({QStringLiteral("month"), QStringLiteral("won"), QStringLiteral("won_value"), QStringLiteral("lost"),
                      QStringLiteral("lost_value"), QStringLiteral("currency")});
        for (const MonthOutcome &m : std::as_const(rows))
            csv.writeRow({m.month.toString(QStringLiteral("yyyy-MM")), QString::number(m.won), amount(m.wonMinor),
                          QString::number(m.lost), amount(m.lostMinor), m_currency});
        break;
    }
    }
    if (!csv.flush() || csv.hasError())
        return Result::failure(Tr::tr("The report could not be written: %1").arg(csv.errorString()));
    return Result::success();
}

} // namespace Kempt
