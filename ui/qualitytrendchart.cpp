#include "qualitytrendchart.h"

#include "core/timestamps.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace Kempt {

namespace {

double pick(const AuditScores &s, int i)
{
    switch (i) {
    case 0: return s.overall;
    case 1: return s.completeness;
    case 2: return s.validity;
    case 3: return s.consistency;
    case 4: return s.uniqueness;
    default: return s.freshness;
    }
}

} // namespace

QualityTrendChart::QualityTrendChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("trendChart"));
    setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    chart->setTitle(tr("Scores over time"));
    // Beside the plot, one name per line: six names in a row would be cut short.
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    const QStringList names = {tr("Overall"), tr("Completeness"), tr("Validity"), tr("Consistency"), tr("Uniqueness"), tr("Freshness")};
    const QList<QColor> colors = {QColor(0x10, 0x18, 0x28), QColor(0x15, 0x70, 0xef), QColor(0xd9, 0x2d, 0x20),
                                  QColor(0x7a, 0x5a, 0xf8), QColor(0x0e, 0x93, 0x84), QColor(0xdc, 0x68, 0x03)};
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("d MMM"));
    x->setTickCount(5);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (int i = 0; i < names.size(); ++i) {
        auto *series = new QLineSeries;
        series->setName(names.at(i));
        QPen pen(colors.at(i));
        pen.setWidthF(i == 0 ? 3.0 : 1.5);
        series->setPen(pen);
        series->setPointsVisible(true);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        m_series << series;
    }
    setChart(chart);
    setMinimumHeight(220);
}

void QualityTrendChart::setSnapshots(const QList<QualityIssueStore::Snapshot> &snapshots)
{
    QDateTime first, last;
    double lowest = 100;
    for (int i = 0; i < m_series.size(); ++i) {
        QList<QPointF> points;
        for (const QualityIssueStore::Snapshot &s : snapshots) {
            const QDateTime at = fromIso(s.at);
            if (!at.isValid())
                continue;
            if (!first.isValid() || at < first)
                first = at;
            if (!last.isValid() || at > last)
                last = at;
            points << QPointF(double(at.toMSecsSinceEpoch()), pick(s.scores, i));
            lowest = std::min(lowest, pick(s.scores, i));
        }
        m_series.at(i)->replace(points);
    }
    auto *x = qobject_cast<QDateTimeAxis *>(chart()->axes(Qt::Horizontal).value(0));
    if (!x || !first.isValid())
        return;
    // One audit is a point in time: give the axis a day either side so the point shows.
    if (first.secsTo(last) < 3600) {
        first = first.addDays(-1);
        last = last.addDays(1);
    }
    x->setRange(first.toLocalTime(), last.toLocalTime());
    const qint64 days = first.daysTo(last);
    x->setFormat(days > 300 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    // A tick per day at most, so no date is printed twice.
    x->setTickCount(int(std::clamp<qint64>(days + 1, 2, 5)));
    // Scores live near the top; start the scale a step below the lowest one drawn.
    if (auto *y = qobject_cast<QValueAxis *>(chart()->axes(Qt::Vertical).value(0))) {
        const double low = std::max(0.0, std::floor((lowest - 5) / 10) * 10);
        const double step = 100 - low > 40 ? 10 : 5;
        y->setRange(low, 100);
        y->setTickCount(int((100 - low) / step) + 1);
    }
}

int QualityTrendChart::pointCount() const
{
    return m_series.isEmpty() ? 0 : int(m_series.first()->count());
}

} // namespace Kempt
