#pragma once

#include <QStyledItemDelegate>

namespace Kempt {

// The rows of the duplicate group list: the band as a coloured tag (sure green, possible
// amber), and skipped groups in a quieter, slanted type so the eye goes to the others.
class DuplicateGroupDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The tag's colours (background, text) for a band, shared with the review's title.
    static std::pair<QColor, QColor> bandColors(int band);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Kempt
