#include "reports/dealreports.h"
#include "reports/dealreportcsv.h"
#include "storage/sqlerror.h"
#include "stores/dealstore.h"

#include <QSqlQuery>
#include <cmath>

namespace Kempt {

namespace {

QDate monthOf(const QString &yearMonth)
{
    return QDate::fromString(yearMonth + QStringLiteral("-01"), Qt::ISODate);
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

QString DealReports::ownerCondition(const QString &column, QVariantList *binds) const
{
    if (m_ownerId <= 0)
        return QString();
    *binds << m_ownerId;
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
    where += ownerCondition(QStringLiteral("t.owner_id"), &binds);
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
    where += ownerCondition(QStringLiteral("t.owner_id"), &binds);
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
    where += ownerCondition(QStringLiteral("t.owner_id"), &binds);
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
    const QString owner = ownerCondition(QStringLiteral("d.owner_id"), &binds);
    const QString pipeline = pipelineCondition(QStringLiteral("s.pipeline_id"), &binds);
    QSqlQuery q(m_db);
    const Result r = exec(q, QStringLiteral("SELECT s.id, s.name, p.name, count(h.id), "
                                            "coalesce(avg(julianday(h.left_at) - julianday(h.entered_at)), 0) "
                                            "FROM stages s JOIN pipelines p ON p.id = s.pipeline_id "
                                            "LEFT JOIN deal_stage_history h ON h.stage_id = s.id AND h.left_at <> ''%1 "
                                            "AND EXISTS (SELECT 1 FROM deals d WHERE d.id = h.deal_id AND d.deleted_at IS NULL%2) "
                                            "WHERE 1%3 GROUP BY s.id ORDER BY p.position, p.id, s.position, s.id")
                                 .arg(period, owner, pipeline),
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
    where += ownerCondition(QStringLiteral("t.owner_id"), &binds);
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
    const QString owner = ownerCondition(QStringLiteral("t.owner_id"), &binds);
    const QString pipeline = pipelineCondition(QStringLiteral("s.pipeline_id"), &binds);
    QSqlQuery q(m_db);
    const Result r = exec(q, QStringLiteral("SELECT s.id, s.name, s.probability, count(t.id), "
                                            "coalesce(sum(CASE WHEN t.currency = ? THEN t.value_minor END), 0), "
                                            "coalesce(sum(CASE WHEN t.currency = ? THEN t.value_minor * coalesce(t.probability, s.probability) END), 0), "
                                            "count(t.id) FILTER (WHERE t.currency <> ?) "
                                            "FROM stages s JOIN pipelines p ON p.id = s.pipeline_id "
                                            "LEFT JOIN deals t ON t.stage_id = s.id AND t.status = 'open' AND t.deleted_at IS NULL%1 "
                                            "WHERE 1%2 GROUP BY s.id ORDER BY p.position, p.id, s.position, s.id")
                                 .arg(owner, pipeline),
                             binds);
    if (!r)
        return r;
    while (q.next())
        stages->append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toDouble(), q.value(3).toInt(),
                        q.value(4).toLongLong(), qint64(std::llround(q.value(5).toDouble())), q.value(6).toInt()});
    return Result::success();
}

Result DealReports::cycleLengthByMonth(QList<MonthCycle> *months) const
{
    months->clear();
    QVariantList binds;
    QString where = QStringLiteral("t.deleted_at IS NULL AND t.status = 'won' AND t.closed_at <> ''");
    where += pipelineCondition(QStringLiteral("t.pipeline_id"), &binds);
    where += ownerCondition(QStringLiteral("t.owner_id"), &binds);
    where += periodCondition(QStringLiteral("substr(t.closed_at, 1, 10)"), &binds);
    QSqlQuery q(m_db);
    const Result r = exec(q, QStringLiteral("SELECT substr(t.closed_at, 1, 7) AS m, count(*), "
                                            "avg(julianday(t.closed_at) - julianday(t.created_at)) "
                                            "FROM deals t WHERE %1 GROUP BY m ORDER BY m")
                                 .arg(where),
                             binds);
    if (!r)
        return r;
    while (q.next())
        months->append({monthOf(q.value(0).toString()), q.value(1).toInt(), q.value(2).toDouble()});
    return Result::success();
}

Result DealReports::owners(QList<Owner> *owners) const
{
    owners->clear();
    QSqlQuery q(m_db);
    const Result r = exec(q, QStringLiteral("SELECT u.id, u.name FROM users u WHERE EXISTS "
                                            "(SELECT 1 FROM deals d WHERE d.owner_id = u.id AND d.deleted_at IS NULL) "
                                            "ORDER BY u.name COLLATE NOCASE, u.id"));
    if (!r)
        return r;
    while (q.next())
        owners->append({q.value(0).toLongLong(), q.value(1).toString()});
    return Result::success();
}

Result DealReports::currencies(QStringList *codes) const
{
    codes->clear();
    QSqlQuery q(m_db);
    const Result r = exec(q, QStringLiteral("SELECT currency FROM deals WHERE deleted_at IS NULL "
                                            "GROUP BY currency ORDER BY count(*) DESC, currency"));
    if (!r)
        return r;
    while (q.next())
        codes->append(q.value(0).toString());
    return Result::success();
}

Result DealReports::writeCsv(Report report, QIODevice *device) const
{
    return DealReportCsv::write(*this, report, device);
}

} // namespace Kempt
