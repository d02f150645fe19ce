#pragma once

#include "stores/qualityissuestore.h"

#include <QChartView>

class QLineSeries;

namespace Kempt {

// The scores of the stored audits over time: the overall score drawn bold, the five
// dimensions thin, on a 0–100 scale against the date of each audit.
class QualityTrendChart : public QChartView
{
    Q_OBJECT
public:
    explicit QualityTrendChart(QWidget *parent = nullptr);

    // Oldest first.
    void setSnapshots(const QList<QualityIssueStore::Snapshot> &snapshots);
    int pointCount() const;

private:
    QList<QLineSeries *> m_series; // overall, then the dimensions
};

} // namespace Kempt
