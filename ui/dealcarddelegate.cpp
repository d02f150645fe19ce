#include "dealcarddelegate.h"
#include "datetext.h"

#include "itemmodels/pipelineboardmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Kempt {

namespace {

constexpr int outerH = 6;   // between the card and the column's edges
constexpr int outerV = 3;   // half the gap between two cards
constexpr int padH = 10;
constexpr int padV = 7;
constexpr int lineGap = 2;
constexpr int badgeSize = 16;

QFont titleFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}

QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.9);
    return f;
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

// A name keeps its own direction inside a mirrored card: a Latin title elided in an
// Arabic window loses its end, not its start.
int ownDirection(const QString &text)
{
    return text.isRightToLeft() ? Qt::TextForceRightToLeft : Qt::TextForceLeftToRight;
}

} // namespace

QColor DealCardDelegate::rottingColor()
{
    return QColor(0xc6, 0x28, 0x28);
}

QColor DealCardDelegate::badgeColor()
{
    return QColor(0xd9, 0x8e, 0x04);
}

QSize DealCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics title(titleFont(option.font));
    const QFontMetrics body(option.font);
    const QFontMetrics small(smallFont(option.font));
    const int height = 2 * outerV + 2 * padV + title.height() + body.height() * 2 + small.height() + 3 * lineGap + 2;
    return {240, height};
}

QRect DealCardDelegate::badgeRect(const QRect &rect, Qt::LayoutDirection direction)
{
    const QRect card = rect.adjusted(outerH, outerV, -outerH, -outerV);
    const QRect ltr(card.right() - padH - badgeSize + 4, card.top() + padV, badgeSize, badgeSize);
    return QStyle::visualRect(direction, card, ltr);
}

void DealCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const Qt::LayoutDirection dir = option.direction;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = (option.state & QStyle::State_HasFocus) && selected;
    const bool rotting = index.data(PipelineBoardModel::RottingRole).toBool();
    const QStringList missing = index.data(PipelineBoardModel::QualityBadgeRole).toStringList();

    const QRectF card = QRectF(option.rect.adjusted(outerH, outerV, -outerH, -outerV)).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    // The list's own Base is the column's tint; a card is as white as an input field.
    const QColor base = QApplication::palette(option.widget).color(QPalette::Base);
    const QColor highlight = pal.color(QPalette::Highlight);
    painter->fillPath(path, selected ? mix(base, highlight, 0.14) : base);
    if (rotting) {
        // The leading edge turns red: the card has sat in its stage too long.
        QRectF stripe(card.left(), card.top(), 4, card.height());
        if (dir == Qt::RightToLeft)
            stripe.moveRight(card.right());
        painter->save();
        painter->setClipPath(path);
        painter->fillRect(stripe, rottingColor());
        painter->restore();
    }
    painter->setPen(QPen(selected ? highlight : mix(base, pal.color(QPalette::WindowText), 0.18), focused ? 2 : 1));
    painter->drawPath(path);

    const QFont tf = titleFont(option.font);
    const QFont bf = option.font;
    const QFont sf = smallFont(option.font);
    const QFontMetrics tm(tf), bm(bf), sm(sf);
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = pal.color(QPalette::PlaceholderText);
    const QRect inner = option.rect.adjusted(outerH + padH, outerV + padV, -outerH - padH, -outerV - padV);
    const auto place = [&](const QRect &ltr) { return QStyle::visualRect(dir, inner, ltr); };
    const Qt::Alignment leading = QStyle::visualAlignment(dir, Qt::AlignLeft | Qt::AlignVCenter);
    const Qt::Alignment trailing = QStyle::visualAlignment(dir, Qt::AlignRight | Qt::AlignVCenter);

    int y = inner.top();
    // Title, with room for the badge.
    const int badgeRoom = missing.isEmpty() ? 0 : badgeSize + 4;
    painter->setFont(tf);
    painter->setPen(text);
    const QRect titleRect(inner.left(), y, inner.width() - badgeRoom, tm.height());
    const QString title = index.data(PipelineBoardModel::TitleRole).toString();
    painter->drawText(place(titleRect), int(leading) | ownDirection(title), tm.elidedText(title, Qt::ElideRight, titleRect.width()));
    if (!missing.isEmpty()) {
        const QRect badge = badgeRect(option.rect, dir);
        painter->setPen(Qt::NoPen);
        painter->setBrush(badgeColor());
        painter->drawEllipse(badge);
        QFont bold = sf;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
    }
    y += tm.height() + lineGap;

    painter->setFont(bf);
    painter->setPen(muted);
    const QRect companyRect(inner.left(), y, inner.width(), bm.height());
    const QString company = index.data(PipelineBoardModel::CompanyRole).toString();
    painter->drawText(place(companyRect), int(leading) | ownDirection(company), bm.elidedText(company, Qt::ElideRight, companyRect.width()));
    y += bm.height() + lineGap;

    // Value on the leading side, owner on the trailing side.
    const QString value = index.data(PipelineBoardModel::FormattedValueRole).toString();
    const QString owner = index.data(PipelineBoardModel::OwnerRole).toString();
    QFont valueFont = bf;
    valueFont.setBold(true);
    const QFontMetrics vm(valueFont);
    const int valueWidth = std::min(vm.horizontalAdvance(value), inner.width());
    painter->setFont(valueFont);
    painter->setPen(text);
    painter->drawText(place(QRect(inner.left(), y, valueWidth, bm.height())), leading, value);
    const int ownerWidth = inner.width() - valueWidth - 8;
    if (ownerWidth > 20 && !owner.isEmpty()) {
        painter->setFont(bf);
        painter->setPen(muted);
        painter->drawText(place(QRect(inner.right() - ownerWidth + 1, y, ownerWidth, bm.height())), int(trailing) | ownDirection(owner),
                          bm.elidedText(owner, Qt::ElideRight, ownerWidth));
    }
    y += bm.height() + lineGap;

    // Expected close on the leading side, days in the stage on the trailing side.
    painter->setFont(sf);
    const QDate close = index.data(PipelineBoardModel::ExpectedCloseRole).toDate();
    const int days = index.data(PipelineBoardModel::DaysInStageRole).toInt();
    const QString closeText = close.isValid() ? QCoreApplication::translate("DealCardDelegate", "Closes %1").arg(DateText::shortDate(close))
                                              : QCoreApplication::translate("DealCardDelegate", "No close date");
    QFont daysFont = sf;
    daysFont.setBold(rotting);
    const QFontMetrics dm(daysFont);
    // "12 days in stage" where the line has room for it beside the date, else "12 days".
    QString daysText = days == 1 ? QCoreApplication::translate("DealCardDelegate", "1 day in stage")
                                 : QCoreApplication::translate("DealCardDelegate", "%Ln days in stage", nullptr, days);
    if (dm.horizontalAdvance(daysText) + sm.horizontalAdvance(closeText) + 8 > inner.width()
        || dm.horizontalAdvance(daysText) > inner.width() / 2)
        daysText = days == 1 ? QCoreApplication::translate("DealCardDelegate", "1 day")
                             : QCoreApplication::translate("DealCardDelegate", "%Ln days", nullptr, days);
    // horizontalAdvance() rounds to the nearest pixel while elidedText() compares the exact
    // width, so a text given only its rounded width may lose its end (seen in Arabic).
    const int daysWidth = std::min(dm.horizontalAdvance(daysText) + 1, inner.width() / 2);
    const int closeWidth = inner.width() - daysWidth - 8;
    const bool overdue = close.isValid() && close < QDate::currentDate();
    painter->setPen(overdue ? rottingColor() : muted);
    painter->drawText(place(QRect(inner.left(), y, closeWidth, sm.height())), leading, sm.elidedText(closeText, Qt::ElideRight, closeWidth));
    painter->setFont(daysFont);
    painter->setPen(rotting ? rottingColor() : muted);
    painter->drawText(place(QRect(inner.right() - daysWidth + 1, y, daysWidth, sm.height())), trailing,
                      dm.elidedText(daysText, Qt::ElideRight, daysWidth));
    painter->restore();
}

} // namespace Kempt
