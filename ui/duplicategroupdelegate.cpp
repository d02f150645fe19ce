#include "duplicategroupdelegate.h"

#include "dedup/matchband.h"
#include "itemmodels/duplicategroupmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Kempt {

std::pair<QColor, QColor> DuplicateGroupDelegate::bandColors(int band)
{
    if (band == int(MatchBand::Sure))
        return {QColor(0xdc, 0xf3, 0xe4), QColor(0x17, 0x6b, 0x3a)};
    return {QColor(0xfe, 0xf0, 0xd5), QColor(0x8a, 0x4b, 0x00)};
}

void DuplicateGroupDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(DuplicateGroupModel::SkippedRole).toBool()) {
        option->font.setItalic(true);
        if (!(option->state & QStyle::State_Selected))
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
}

void DuplicateGroupDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != DuplicateGroupModel::BandColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const auto [background, foreground] = bandColors(index.data(DuplicateGroupModel::BandRole).toInt());
    QFont font = opt.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(text) + 14;
    const int height = metrics.height() + 4;
    const QRect cell = opt.rect.adjusted(6, 0, -6, 0);
    QRect tag(0, 0, qMin(width, cell.width()), height);
    tag.moveCenter(cell.center());
    tag.moveLeft(cell.left());
    tag = QStyle::visualRect(opt.direction, cell, tag);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(tag), height / 2.0, height / 2.0);
    QColor fill = background;
    if (index.data(DuplicateGroupModel::SkippedRole).toBool())
        fill.setAlpha(150);
    painter->fillPath(path, fill);
    painter->setPen(foreground);
    painter->setFont(font);
    painter->drawText(tag, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, tag.width() - 8));
    painter->restore();
}

QSize DuplicateGroupDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 12));
    if (index.column() == DuplicateGroupModel::BandColumn)
        size.rwidth() += 20;
    return size;
}

} // namespace Kempt
