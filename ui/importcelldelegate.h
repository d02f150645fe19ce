#pragma once

#include <QStyledItemDelegate>

namespace Kempt {

// Cells of the import wizard's cleanup preview (ImportPreviewModel): a value the style
// guide changes reads "before → after", the old value struck through and quiet; a cell
// with an issue gets a bar in its severity's colour on its leading edge; the row's status
// column gets the severity's badge. Mirrored right to left.
class ImportCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Kempt
