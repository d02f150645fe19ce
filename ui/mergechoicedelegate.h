#pragma once

#include <QStyledItemDelegate>

namespace Kempt {

// The cells of the side-by-side comparison (MergeComparisonModel): the value that will
// survive sits in a tinted, outlined box with a check mark; rows where the records agree
// are quieter, since there is nothing to decide; empty values read as a dash; the
// result column is set apart. The current row keeps a light tint so the chosen box stays
// visible on it.
class MergeChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Kempt
