#pragma once

#include <QStyledItemDelegate>

namespace Kempt {

// Paints one deal of the pipeline board as a card: title, company, value, owner, expected
// close and days in the stage. A card idle longer than its stage's rotting period gets a
// red edge and red days; a card the style guide finds lacking carries an amber badge
// (the tooltip names the fields). Every card has the same height, so a column of
// thousands lays out without measuring them.
class DealCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where the quality badge sits on a card drawn in rect (for tooltips and tests).
    static QRect badgeRect(const QRect &rect, Qt::LayoutDirection direction);
    static QColor rottingColor();
    static QColor badgeColor();
};

} // namespace Kempt
