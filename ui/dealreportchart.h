#pragma once

#include <QChartView>
#include <QColor>
#include <QList>
#include <QStringList>

namespace Kempt {

// The chart of one deal report: grouped columns or horizontal bars over named
// categories (months, stages). The value axis is labelled in the locale's numbers, money
// in the workspace currency. Right to left, the chart is mirrored: the value axis moves
// right, months run from the right and stage bars grow from the right.
class DealReportChart : public QChartView
{
    Q_OBJECT
public:
    enum class Scale { Money, Count, Days, Percent };
    struct Series
    {
        QString name;
        QColor color;
        QList<double> values; // one per category; money in major units, percent 0–100
    };

    explicit DealReportChart(QWidget *parent = nullptr);

    void setCurrency(const QString &currency) { m_currency = currency; }
    // The chart's heading and, smaller below it, what the numbers cover.
    void setTitle(const QString &title, const QString &subtitle);

    void showColumns(const QStringList &categories, const QList<Series> &series, Scale scale);
    void showBars(const QStringList &categories, const Series &series, Scale scale);
    void clear();

    int seriesCount() const;
    // As given, in reading order.
    QStringList categories() const { return m_categories; }
    // As the axis holds them: bottom to top, or right to left when mirrored.
    QStringList axisCategories() const;
    // The value axis' labels, bottom (or left) first.
    QStringList valueLabels() const;
    // What a PNG export writes: the chart as it is drawn now.
    QImage image();

    // Amount in major units, whole, as the axis prints it: "€20,000" or "20,000 USD".
    static QString moneyLabel(double major, const QString &currency, const QLocale &locale);

private:
    void addCategoryAxis(const QStringList &categories, Qt::Alignment alignment);
    void addValueAxis(double maximum, Scale scale, Qt::Alignment alignment, bool negative);
    QString valueText(double value, Scale scale) const;
    bool rightToLeft() const { return layoutDirection() == Qt::RightToLeft; }

    QString m_currency;
    QStringList m_categories;
};

} // namespace Kempt
