#pragma once

#include <QStyledItemDelegate>

namespace Kempt {

// The weight of one piece of match evidence (PairExplanationModel::WeightRole): the
// signed number in green for, red against, and a bar as long as the evidence is strong,
// so the fields that decided a match stand out at a glance.
class EvidenceWeightDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor colorFor(double weight);
};

} // namespace Kempt
