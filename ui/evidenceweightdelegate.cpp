#include "evidenceweightdelegate.h"

#include "itemmodels/pairexplanationmodel.h"

#include <QApplication>
#include <QPainter>
#include <cmath>

namespace Kempt {

namespace {
constexpr double FullBarBits = 20.0;
constexpr int BarWidth = 64;
} // namespace

QColor EvidenceWeightDelegate::colorFor(double weight)
{
    return weight >= 0 ? QColor(0x1f, 0x8a, 0x4c) : QColor(0xc0, 0x39, 0x2b);
}

void EvidenceWeightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const double weight = index.data(PairExplanationModel::WeightRole).toDouble();
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor color = selected ? opt.palette.color(QPalette::HighlightedText) : colorFor(weight);
    const QRect inner = opt.rect.adjusted(6, 0, -6, 0);
    const int numberWidth = opt.fontMetrics.horizontalAdvance(QStringLiteral("\u2212 00.0")) + 4;
    // Left to right: the bar, then the number at the trailing edge; mirrored for RTL.
    const QRect logicalNumber(inner.right() - numberWidth + 1, inner.top(), numberWidth, inner.height());
    const int barLength = int(std::round(qMin(1.0, std::abs(weight) / FullBarBits) * BarWidth));
    const int barHeight = qMax(4, opt.fontMetrics.height() / 3);
    const QRect logicalBar(logicalNumber.left() - 6 - barLength, inner.center().y() - barHeight / 2, qMax(1, barLength), barHeight);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor bar = color;
    bar.setAlpha(selected ? 200 : 150);
    painter->setPen(Qt::NoPen);
    painter->setBrush(bar);
    painter->drawRoundedRect(QStyle::visualRect(opt.direction, inner, logicalBar), 2, 2);
    painter->setPen(color);
    QFont font = opt.font;
    font.setBold(std::abs(weight) >= 5);
    painter->setFont(font);
    painter->drawText(QStyle::visualRect(opt.direction, inner, logicalNumber),
                      int(QStyle::visualAlignment(opt.direction, Qt::AlignRight | Qt::AlignVCenter)), text);
    painter->restore();
}

QSize EvidenceWeightDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(option.fontMetrics.horizontalAdvance(QStringLiteral("\u2212 00.0")) + BarWidth + 28);
    return size;
}

} // namespace Kempt
