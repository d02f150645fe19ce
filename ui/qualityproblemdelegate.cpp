#include "qualityproblemdelegate.h"
#include "severitystyle.h"

#include "itemmodels/qualityproblemmodel.h"

#include <QApplication>
#include <QPainter>

namespace Kempt {

void QualityProblemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    opt.icon = QIcon();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const auto severity = StyleGuideRule::Severity(index.data(QualityProblemModel::SeverityRole).toInt());
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor textColor = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor quiet = selected ? textColor : opt.palette.color(QPalette::PlaceholderText);
    const QRect r = opt.rect.adjusted(8, 4, -8, -4);
    const bool rtl = opt.direction == Qt::RightToLeft;
    painter->save();
    if (index.column() == QualityProblemModel::TitleColumn) {
        const int iconSize = opt.fontMetrics.height();
        const QRect iconRect = QStyle::alignedRect(opt.direction, Qt::AlignLeading | Qt::AlignTop,
                                                   QSize(iconSize, iconSize), r.adjusted(0, 2, 0, 0));
        SeverityStyle::icon(severity).paint(painter, iconRect);
        const QRect textRect = rtl ? r.adjusted(0, 0, -(iconSize + 8), 0) : r.adjusted(iconSize + 8, 0, 0, 0);
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(textColor);
        const QFontMetrics fm(bold);
        const Qt::Alignment align = QStyle::visualAlignment(opt.direction, Qt::AlignLeft) | Qt::AlignTop;
        painter->drawText(textRect, int(align), fm.elidedText(text, Qt::ElideRight, textRect.width()));
        painter->setFont(opt.font);
        painter->setPen(quiet);
        const QString detail = index.data(QualityProblemModel::DetailRole).toString();
        painter->drawText(textRect.adjusted(0, fm.height() + 2, 0, 0), int(align),
                          opt.fontMetrics.elidedText(detail, Qt::ElideRight, textRect.width()));
    } else {
        const double share = qBound(0.0, index.data(QualityProblemModel::ShareRole).toDouble(), 1.0);
        const int numberWidth = opt.fontMetrics.horizontalAdvance(QStringLiteral("0,000,000 "));
        const QRect barArea = rtl ? r.adjusted(numberWidth, 0, 0, 0) : r.adjusted(0, 0, -numberWidth, 0);
        const int barHeight = std::max(6, opt.fontMetrics.height() / 2);
        QRect track(barArea.left(), r.center().y() - barHeight / 2, barArea.width(), barHeight);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        QColor trackColor = opt.palette.color(QPalette::Mid);
        trackColor.setAlpha(60);
        painter->setBrush(trackColor);
        painter->drawRoundedRect(track, barHeight / 2.0, barHeight / 2.0);
        const int length = std::max(share > 0 ? barHeight : 0, int(track.width() * share));
        QRect bar = track;
        bar.setWidth(length);
        if (rtl)
            bar.moveRight(track.right());
        painter->setBrush(SeverityStyle::color(severity));
        painter->drawRoundedRect(bar, barHeight / 2.0, barHeight / 2.0);
        painter->setPen(textColor);
        const QRect numberRect = rtl ? QRect(r.left(), r.top(), numberWidth - 6, r.height())
                                     : QRect(r.right() - numberWidth + 6, r.top(), numberWidth - 6, r.height());
        painter->drawText(numberRect, int(QStyle::visualAlignment(opt.direction, Qt::AlignRight) | Qt::AlignVCenter), text);
    }
    painter->restore();
}

QSize QualityProblemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(option.fontMetrics.height() * 2 + 14);
    return size;
}

} // namespace Kempt
