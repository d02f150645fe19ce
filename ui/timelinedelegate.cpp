#include "timelinedelegate.h"
#include "datetext.h"
#include "icons.h"

#include "itemmodels/timelinemodel.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

namespace Kempt {

QString TimelineDelegate::metaLine(const QModelIndex &index)
{
    QStringList parts;
    const QString kind = index.data(TimelineModel::KindRole).toString();
    const QDateTime due = index.data(TimelineModel::DueAtRole).toDateTime();
    const QDateTime at = index.data(TimelineModel::OccurredAtRole).toDateTime();
    if (kind == QLatin1String("task") && due.isValid())
        parts << QCoreApplication::translate("TimelineDelegate", "due %1")
                     .arg(DateText::shortDateTime(due));
    else if (at.isValid())
        parts << DateText::shortDateTime(at);
    const QString author = index.data(TimelineModel::AuthorRole).toString();
    if (!author.isEmpty())
        parts << author;
    // A note's first line is its title; the rest (or an activity's body) follows here.
    QString body = index.data(TimelineModel::BodyRole).toString();
    if (kind == QLatin1String("note"))
        body = body.section(QLatin1Char('\n'), 1);
    body = body.simplified();
    if (!body.isEmpty())
        parts << body;
    return parts.join(QStringLiteral(" · "));
}

void TimelineDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->icon = Icons::get(index.data(TimelineModel::KindRole).toString());
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(20, 20);
    if (index.data(TimelineModel::DoneRole).toBool())
        option->font.setStrikeOut(true);
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    const QString meta = metaLine(index);
    const QFontMetrics fm(opt.font);
    // The title sits in the upper half of the row, the meta line in the lower.
    const QString title = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(2, 4, -4, -4);
    const bool selected = opt.state & QStyle::State_Selected;
    const int align = int(Qt::AlignAbsolute | (opt.direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft)) | Qt::AlignTop;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    // What people wrote reads in its own direction (an English note in an Arabic window
    // keeps its full stop at the end); only its place follows the window.
    painter->setLayoutDirection(title.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    painter->drawText(textRect, align, fm.elidedText(title, Qt::ElideRight, textRect.width()));
    painter->setLayoutDirection(meta.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    QFont small = opt.font;
    small.setStrikeOut(false);
    small.setPointSizeF(small.pointSizeF() * 0.92);
    painter->setFont(small);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    const QRect metaRect = textRect.adjusted(0, fm.height() + 2, 0, 0);
    painter->drawText(metaRect, align, QFontMetrics(small).elidedText(meta, Qt::ElideRight, metaRect.width()));
    painter->restore();
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() * 2 + 14));
    return size;
}

} // namespace Kempt
