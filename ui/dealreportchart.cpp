#include "dealreportchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace Kempt {

namespace {

// A round step giving about `wanted` gridlines up to maximum; whole numbers for counts.
double niceStep(double maximum, int wanted, bool whole)
{
    const double raw = std::max(maximum, 1e-9) / wanted;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        const double step = m * magnitude;
        if (step >= raw && (!whole || std::abs(step - std::round(step)) < 1e-9))
            return whole ? std::max(1.0, step) : step;
    }
    return whole ? std::max(1.0, std::ceil(raw)) : 10 * magnitude;
}

// The theme draws bar labels white, for inside a bar; outside they sit on white.
const QColor kLabel(0x34, 0x40, 0x54);

template <typename T>
QList<T> reversed(const QList<T> &list)
{
    return QList<T>(list.crbegin(), list.crend());
}

// A thin darker outline keeps light bars apart from the background.
QColor edge(const QColor &color)
{
    return color.darker(115);
}

} // namespace

DealReportChart::DealReportChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("reportChart"));
    setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setBackgroundRoundness(0);
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    setChart(chart);
    setMinimumSize(360, 260);
}

void DealReportChart::setTitle(const QString &title, const QString &subtitle)
{
    // The title is rich text: a second, quieter line says which deals and dates it covers.
    chart()->setTitle(QStringLiteral("%1<br><span style=\"font-weight:normal; color:#667085;\">%2</span>")
                          .arg(title.toHtmlEscaped(), subtitle.toHtmlEscaped()));
}

void DealReportChart::clear()
{
    QChart *c = chart();
    // Bar labels follow the view's locale (Arabic digits, decimal comma ...).
    c->setLocale(locale());
    c->removeAllSeries();
    m_categories.clear();
    const QList<QAbstractAxis *> axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }
}

QString DealReportChart::moneyLabel(double major, const QString &currency, const QLocale &locale)
{
    const QString code = currency.trimmed().toUpper();
    if (!code.isEmpty() && locale.currencySymbol(QLocale::CurrencyIsoCode) == code)
        return locale.toCurrencyString(major, locale.currencySymbol(), 0);
    QLocale grouped = locale;
    grouped.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return QStringLiteral("%1\u00A0%2").arg(grouped.toString(major, 'f', 0), code);
}

QString DealReportChart::valueText(double value, Scale scale) const
{
    const QLocale locale = this->locale();
    switch (scale) {
    case Scale::Money: return moneyLabel(value, m_currency, locale);
    case Scale::Percent: return locale.toString(value, 'f', 0) + locale.percent();
    case Scale::Count: return locale.toString(qRound64(value));
    case Scale::Days: return locale.toString(value, 'g', 4);
    }
    return QString();
}

void DealReportChart::addCategoryAxis(const QStringList &categories, Qt::Alignment alignment)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setGridLineVisible(false);
    // Many months side by side would run into each other: tilt them.
    if (alignment == Qt::AlignBottom && categories.size() > 9)
        axis->setLabelsAngle(rightToLeft() ? 45 : -45);
    chart()->addAxis(axis, alignment);
}

void DealReportChart::addValueAxis(double maximum, Scale scale, Qt::Alignment alignment, bool negative)
{
    const bool whole = scale == Scale::Count;
    double step = scale == Scale::Percent ? 20 : niceStep(maximum, 5, whole);
    double top = scale == Scale::Percent ? 100 : std::max(step, std::ceil(maximum / step - 1e-9) * step);
    // A bar reaching the top line reads as cut off: leave one step of air above it.
    if (scale != Scale::Percent && top - maximum < step * 0.15)
        top += step;
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int ticks = int(std::round(top / step));
    // Negative values grow to the left; the labels still read as the amounts they are.
    // The first label is drawn only when its category has some width: start a bit early.
    const double early = negative ? step * 0.05 : 0;
    axis->setStartValue(negative ? -top - early : 0);
    for (int k = 0; k <= ticks; ++k) {
        const int i = negative ? ticks - k : k;
        axis->append(valueText(i * step, scale), negative ? -i * step : i * step);
    }
    // A rate never passes 100 %, but a full bar's label needs room above it.
    const double room = scale == Scale::Percent ? 12 : 0;
    axis->setRange(negative ? -top - early - room : 0, negative ? 0 : top + room);
    if (scale == Scale::Days)
        axis->setTitleText(tr("Days"));
    chart()->addAxis(axis, alignment);
}

void DealReportChart::showColumns(const QStringList &categories, const QList<Series> &series, Scale scale)
{
    clear();
    m_categories = categories;
    // Bar series cannot run an axis backwards, so right to left the data does.
    const bool mirror = rightToLeft();
    auto *bars = new QBarSeries;
    double maximum = 0;
    for (const Series &s : mirror ? reversed(series) : series) {
        auto *set = new QBarSet(s.name);
        set->setColor(s.color);
        set->setBorderColor(edge(s.color));
        set->setLabelColor(kLabel);
        const QList<double> values = mirror ? reversed(s.values) : s.values;
        for (double v : values) {
            set->append(v);
            maximum = std::max(maximum, v);
        }
        bars->append(set);
    }
    bars->setBarWidth(series.size() > 1 ? 0.75 : 0.6);
    if (scale != Scale::Money) {
        // Counts and days are short enough to print on the columns themselves.
        bars->setLabelsVisible(true);
        bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        bars->setLabelsPrecision(4); // significant digits: "131.2", "5.3", "100"
        if (scale == Scale::Percent)
            bars->setLabelsFormat(QStringLiteral("@value") + locale().percent());
    }
    chart()->addSeries(bars);
    addCategoryAxis(mirror ? reversed(categories) : categories, Qt::AlignBottom);
    addValueAxis(maximum, scale, mirror ? Qt::AlignRight : Qt::AlignLeft, false);
    for (QAbstractAxis *axis : chart()->axes())
        bars->attachAxis(axis);
    chart()->legend()->setVisible(series.size() > 1);
}

void DealReportChart::showBars(const QStringList &categories, const Series &series, Scale scale)
{
    clear();
    m_categories = categories;
    // The axis lists from the bottom up; reversed, the first stage is on top. Right to
    // left the bars are negative so that they grow from the right.
    const bool mirror = rightToLeft();
    auto *bars = new QHorizontalBarSeries;
    auto *set = new QBarSet(series.name);
    set->setColor(series.color);
    set->setBorderColor(edge(series.color));
    set->setLabelColor(kLabel);
    double maximum = 0;
    for (double v : reversed(series.values)) {
        set->append(mirror ? -v : v);
        maximum = std::max(maximum, v);
    }
    bars->append(set);
    bars->setBarWidth(0.6);
    // A label would print the negative number; the table beside the chart has them.
    bars->setLabelsVisible(!mirror);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsPrecision(4); // significant digits: "131.2", "5.3", "100"
    chart()->addSeries(bars);
    addCategoryAxis(reversed(categories), mirror ? Qt::AlignRight : Qt::AlignLeft);
    addValueAxis(maximum, scale, Qt::AlignBottom, mirror);
    for (QAbstractAxis *axis : chart()->axes())
        bars->attachAxis(axis);
    chart()->legend()->setVisible(false);
}

int DealReportChart::seriesCount() const
{
    int count = 0;
    for (QAbstractSeries *s : chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            count += bars->count();
    }
    return count;
}

QStringList DealReportChart::axisCategories() const
{
    for (QAbstractAxis *axis : chart()->axes())
        if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
            return c->categories();
    return {};
}

QStringList DealReportChart::valueLabels() const
{
    for (QAbstractAxis *axis : chart()->axes())
        if (auto *c = qobject_cast<QCategoryAxis *>(axis))
            return c->categoriesLabels();
    return {};
}

QImage DealReportChart::image()
{
    return grab().toImage();
}

} // namespace Kempt
