#include "importcelldelegate.h"
#include "severitystyle.h"

#include "itemmodels/importpreviewmodel.h"

#include <QApplication>
#include <QPainter>
#include <QTextOption>

namespace Kempt {

namespace {

constexpr int kBarWidth = 3;
constexpr int kMargin = 4;

QString arrow(Qt::LayoutDirection direction)
{
    return direction == Qt::RightToLeft ? QStringLiteral(" \u2190 ") : QStringLiteral(" \u2192 ");
}

} // namespace

void ImportCellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int severity = index.data(ImportPreviewModel::SeverityRole).toInt();
    if (index.column() == 0 && severity >= 0) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = SeverityStyle::icon(StyleGuideRule::Severity(severity));
        option->decorationSize = QSize(12, 12);
    }
    if (index.column() == 0 && index.data(ImportPreviewModel::RowStatusRole).toInt() == int(ImportPreviewModel::RowStatus::Rejected))
        option->font.setItalic(true);
}

void ImportCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool changed = index.column() > 0 && index.data(ImportPreviewModel::ChangedRole).toBool();
    const int severity = index.column() > 0 ? index.data(ImportPreviewModel::SeverityRole).toInt() : -1;
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    if (!changed) {
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    } else {
        // The background and focus as usual, the text drawn here in three parts.
        const QString before = index.data(ImportPreviewModel::BeforeRole).toString();
        const QString after = index.data(ImportPreviewModel::AfterRole).toString();
        // The cell less the margins a plain text has (some styles size SE_ItemViewItemText
        // to the text itself, which would leave no room to lay the parts out).
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1 + kMargin;
        const QRect text = opt.rect.adjusted(margin, 0, -margin, 0);
        opt.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorRole role = selected ? QPalette::HighlightedText : QPalette::Text;
        QFont struck = opt.font;
        struck.setStrikeOut(true);
        const QFontMetrics plain(opt.font), strikeMetrics(struck);
        const QString arrowText = arrow(opt.direction);
        const int arrowWidth = plain.horizontalAdvance(arrowText) + 1;
        const int room = std::max(0, text.width() - arrowWidth);
        // Both in full when they fit; otherwise the old value gives way first, down to two fifths.
        const int fullBefore = strikeMetrics.horizontalAdvance(before);
        const int fullAfter = plain.horizontalAdvance(after);
        const int beforeRoom = fullBefore + fullAfter <= room ? fullBefore : std::max(room - fullAfter, room * 2 / 5);
        // elidedText() measures in fractions of a pixel and would cut a text that
        // horizontalAdvance() (rounded) says fits; only what does not fit is cut.
        const QString shownBefore = fullBefore <= beforeRoom ? before : strikeMetrics.elidedText(before, Qt::ElideRight, beforeRoom);
        const int beforeWidth = strikeMetrics.horizontalAdvance(shownBefore) + 1;
        const QString shownAfter = fullAfter <= room - beforeWidth ? after : plain.elidedText(after, Qt::ElideRight, room - beforeWidth);
        // Laid out left to right, then mirrored for a right-to-left layout.
        auto place = [&](int x, int width) {
            QRect r(x, text.top(), width, text.height());
            return QStyle::visualRect(opt.direction, text, r);
        };
        painter->save();
        painter->setClipRect(opt.rect);
        QColor quiet = opt.palette.color(QPalette::Active, role);
        quiet.setAlphaF(0.55);
        painter->setFont(struck);
        painter->setPen(quiet);
        int x = text.left();
        // Each value in its own direction: "Dr." stays "Dr." in a right-to-left layout.
        // Each piece hugs the one before it: to its right, or to its left right to left.
        const Qt::Alignment side = opt.direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
        auto draw = [painter, side](const QRect &r, const QString &value) {
            QTextOption option(Qt::AlignVCenter | Qt::AlignAbsolute | side);
            option.setTextDirection(value.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
            option.setWrapMode(QTextOption::NoWrap);
            painter->drawText(QRectF(r), value, option);
        };
        draw(place(x, beforeWidth), shownBefore);
        x += beforeWidth;
        painter->setFont(opt.font);
        draw(place(x, arrowWidth), arrowText);
        x += arrowWidth;
        painter->setPen(opt.palette.color(QPalette::Active, role));
        draw(place(x, std::max(0, text.right() - x + 1)), shownAfter);
        painter->restore();
    }
    if (severity >= 0) {
        const QRect bar = QStyle::visualRect(opt.direction, opt.rect,
                                             QRect(opt.rect.left(), opt.rect.top() + 1, kBarWidth, opt.rect.height() - 2));
        painter->fillRect(bar, SeverityStyle::color(StyleGuideRule::Severity(severity)));
    }
}

QSize ImportCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() > 0 && index.data(ImportPreviewModel::ChangedRole).toBool()) {
        const QFontMetrics fm(option.font);
        const int width = fm.horizontalAdvance(index.data(ImportPreviewModel::BeforeRole).toString() + arrow(option.direction)
                                               + index.data(ImportPreviewModel::AfterRole).toString());
        size.setWidth(std::max(size.width(), width + 2 * kMargin + 16));
    }
    return size;
}

} // namespace Kempt
