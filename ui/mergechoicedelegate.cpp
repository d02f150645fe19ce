#include "mergechoicedelegate.h"

#include "itemmodels/mergecomparisonmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Kempt {

namespace {
const QString kCheck = QStringLiteral("\u2713");
const QString kDash = QStringLiteral("\u2014");
} // namespace

void MergeChoiceDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const auto *model = qobject_cast<const MergeComparisonModel *>(index.model());
    const bool result = model && index.column() == model->resultColumn();
    const bool chosen = index.data(MergeComparisonModel::ChosenRole).toBool();
    const bool conflict = index.data(MergeComparisonModel::ConflictRole).toBool();
    const bool empty = index.data(MergeComparisonModel::EmptyRole).toBool();
    const auto *view = qobject_cast<const QAbstractItemView *>(opt.widget);
    const bool current = view && view->currentIndex().isValid() && view->currentIndex().row() == index.row();
    const QPalette &pal = opt.palette;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (result)
        painter->fillRect(opt.rect, pal.color(QPalette::AlternateBase));
    if (current) {
        QColor tint = pal.color(QPalette::Highlight);
        tint.setAlpha(result ? 40 : 28);
        painter->fillRect(opt.rect, tint);
    }
    const QRect box = opt.rect.adjusted(3, 2, -3, -2);
    if (chosen) {
        QColor fill = pal.color(QPalette::Highlight);
        fill.setAlpha(40);
        QPainterPath path;
        path.addRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->fillPath(path, fill);
        // A person's pick is outlined in full; the rules' choice more quietly.
        QColor edge = pal.color(QPalette::Highlight);
        if (!index.data(MergeComparisonModel::OverriddenRole).toBool())
            edge.setAlpha(110);
        painter->setPen(QPen(edge, 1.0));
        painter->drawPath(path);
    }
    if (view && view->hasFocus() && current && view->currentIndex().column() == index.column()) {
        QPen pen(pal.color(QPalette::Highlight), 1, Qt::DotLine);
        painter->setPen(pen);
        painter->drawRoundedRect(QRectF(box).adjusted(1.5, 1.5, -1.5, -1.5), 3, 3);
    }

    QFont font = opt.font;
    font.setBold(chosen || result);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    // Laid out left to right, then mirrored for right-to-left.
    const QRect inner = box.adjusted(8, 0, -8, 0);
    QRect logicalText = inner;
    if (chosen) {
        // The check sits at the trailing end, so values line up at the leading edge.
        const int checkWidth = metrics.horizontalAdvance(kCheck) + 6;
        const QRect logicalCheck(inner.right() - checkWidth + 1, inner.top(), checkWidth, inner.height());
        painter->setPen(pal.color(QPalette::Highlight));
        painter->drawText(QStyle::visualRect(opt.direction, inner, logicalCheck), Qt::AlignCenter, kCheck);
        logicalText.setRight(inner.right() - checkWidth);
    }
    const QRect textRect = QStyle::visualRect(opt.direction, inner, logicalText);
    QColor color = pal.color(QPalette::Text);
    if (empty || (!conflict && !chosen && !result))
        color = pal.color(QPalette::PlaceholderText);
    painter->setPen(color);
    const QString text = empty ? kDash : opt.text.simplified();
    const Qt::Alignment align = QStyle::visualAlignment(opt.direction, Qt::AlignLeft | Qt::AlignVCenter);
    painter->drawText(textRect, int(align), metrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize MergeChoiceDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont bold = option.font;
    bold.setBold(true);
    size.setWidth(QFontMetrics(bold).horizontalAdvance(index.data().toString()) + 40);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 12));
    return size;
}

} // namespace Kempt
