#pragma once

#include <QStyledItemDelegate>

namespace Kempt {

// Rows of the dashboard's problem list: the problem's title over a quieter line of
// detail, and in the count column a bar as long as the share of records it touches
// (coloured by severity) with the number beside it.
class QualityProblemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Kempt
