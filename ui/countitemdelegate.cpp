#include "countitemdelegate.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace Kempt {

CountItemDelegate::CountItemDelegate(int nameRole, const QList<int> &countRoles, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_nameRole(nameRole)
    , m_countRoles(countRoles)
{
}

QString CountItemDelegate::countText(const QModelIndex &index) const
{
    qint64 total = 0;
    for (int role : m_countRoles)
        total += index.data(role).toLongLong();
    return QLocale().toString(total);
}

void CountItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = index.data(m_nameRole).toString();
}

void CountItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    const QString count = countText(index);
    const int countWidth = opt.fontMetrics.horizontalAdvance(count) + 12;
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    // The name elides before the count instead of running under it.
    opt.text = opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, std::max(0, textRect.width() - countWidth));
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->setFont(opt.font);
    painter->drawText(textRect.adjusted(0, 0, -4, 0), int(QStyle::visualAlignment(opt.direction, Qt::AlignRight | Qt::AlignVCenter)),
                      count);
    painter->restore();
}

QSize CountItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += option.fontMetrics.horizontalAdvance(countText(index)) + 16;
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
    return size;
}

} // namespace Kempt
