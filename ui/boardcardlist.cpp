#include "boardcardlist.h"
#include "dealcarddelegate.h"
#include "moneytext.h"

#include "itemmodels/dealmimedata.h"
#include "itemmodels/pipelineboardmodel.h"

#include <QDragMoveEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>

namespace Kempt {

namespace {

QColor zoneColor(BoardCardList::Kind kind)
{
    return kind == BoardCardList::Kind::Won ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28);
}

} // namespace

BoardCardList::BoardCardList(PipelineBoardModel *model, Kind kind, qint64 stageId, QWidget *parent)
    : QListView(parent)
    , m_model(model)
    , m_kind(kind)
    , m_stageId(stageId)
{
    setModel(model);
    relocate();
    const bool stage = kind == Kind::Stage;
    setObjectName(stage ? QStringLiteral("stageCards") : kind == Kind::Won ? QStringLiteral("wonZone") : QStringLiteral("lostZone"));
    if (stage)
        setItemDelegate(new DealCardDelegate(this));
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragEnabled(stage);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(stage ? QAbstractItemView::DragDrop : QAbstractItemView::DropOnly);
    setDefaultDropAction(Qt::MoveAction);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setFrameShape(QFrame::NoFrame);
    setSpacing(0);
    // The column's tint shows through; cards paint their own background.
    QPalette p = palette();
    const QColor window = p.color(QPalette::Window);
    p.setColor(QPalette::Base, stage ? window.darker(104) : window);
    setPalette(p);
    if (!stage) {
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setToolTip(kind == Kind::Won ? tr("Drop deals here to mark them won.") : tr("Drop deals here to mark them lost; you will be asked why."));
    }
    connect(model, &QAbstractItemModel::rowsMoved, this, &BoardCardList::onRowsMoved);
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        // Zones show the model's totals, which change with every win and loss.
        if (m_kind != Kind::Stage && !from.parent().isValid() && from.row() <= rootIndex().row() && to.row() >= rootIndex().row())
            viewport()->update();
    });
}

void BoardCardList::relocate()
{
    QModelIndex root;
    if (m_kind == Kind::Won)
        root = m_model->wonIndex();
    else if (m_kind == Kind::Lost)
        root = m_model->lostIndex();
    else
        root = m_model->stageIndex(m_stageId);
    // A stage that went away shows nothing (never the stages themselves) until the board drops it.
    if (!root.isValid() && m_kind == Kind::Stage)
        root = m_model->lostIndex();
    setRootIndex(root);
}

void BoardCardList::reset()
{
    QListView::reset();
    relocate();
}

void BoardCardList::onRowsMoved()
{
    // A card that left for another column takes its selection along; drop it here.
    const QModelIndex current = currentIndex();
    if (current.isValid() && current.parent() != rootIndex())
        selectionModel()->clear();
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    for (const QModelIndex &i : selected)
        if (i.parent() != rootIndex()) {
            selectionModel()->clearSelection();
            break;
        }
}

QSize BoardCardList::sizeHint() const
{
    return m_kind == Kind::Stage ? QSize(264, 400) : QSize(240, 52);
}

QList<qint64> BoardCardList::selectedDealIds() const
{
    QList<qint64> ids;
    QModelIndexList rows = selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &i : std::as_const(rows))
        if (i.parent() == rootIndex())
            ids << i.data(PipelineBoardModel::IdRole).toLongLong();
    return ids;
}

qint64 BoardCardList::currentDealId() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() && current.parent() == rootIndex() ? current.data(PipelineBoardModel::IdRole).toLongLong() : 0;
}

void BoardCardList::selectDeals(const QList<qint64> &ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (qint64 id : ids) {
        const QModelIndex i = m_model->dealIndex(id);
        if (!i.isValid() || i.parent() != rootIndex())
            continue;
        selection.select(i, i);
        if (!first.isValid())
            first = i;
    }
    if (!first.isValid())
        return;
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    scrollTo(first);
}

void BoardCardList::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const int forward = layoutDirection() == Qt::RightToLeft ? -1 : 1;
    const qint64 id = currentDealId();
    if (mods == Qt::ControlModifier && m_kind == Kind::Stage) {
        int stageSteps = 0;
        int rankSteps = 0;
        switch (event->key()) {
        case Qt::Key_Left: stageSteps = -forward; break;
        case Qt::Key_Right: stageSteps = forward; break;
        case Qt::Key_Up: rankSteps = -1; break;
        case Qt::Key_Down: rankSteps = 1; break;
        default: break;
        }
        if (stageSteps != 0 || rankSteps != 0) {
            if (id > 0)
                Q_EMIT moveRequested(id, stageSteps, rankSteps);
            event->accept();
            return;
        }
    }
    if (mods == Qt::NoModifier && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
        Q_EMIT neighbourRequested(event->key() == Qt::Key_Left ? -forward : forward);
        event->accept();
        return;
    }
    if (mods == Qt::NoModifier && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && id > 0) {
        Q_EMIT openRequested(id);
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::Delete) && m_kind == Kind::Stage && id > 0) {
        Q_EMIT trashRequested();
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void BoardCardList::focusInEvent(QFocusEvent *event)
{
    QListView::focusInEvent(event);
    // Tabbing into a column lands on a card, so the arrow keys have something to move.
    if (!currentIndex().isValid() || currentIndex().parent() != rootIndex()) {
        const QModelIndex first = m_model->index(0, 0, rootIndex());
        if (first.isValid())
            selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect);
    }
}

void BoardCardList::dragEnterEvent(QDragEnterEvent *event)
{
    QListView::dragEnterEvent(event);
    m_dropHover = event->isAccepted();
    viewport()->update();
}

void BoardCardList::dragMoveEvent(QDragMoveEvent *event)
{
    QListView::dragMoveEvent(event);
    m_refusal.clear();
    if (!event->isAccepted() && event->mimeData()->hasFormat(DealMimeData::mimeType())) {
        // Over the dragged cards themselves there is nothing to explain.
        const QModelIndex under = indexAt(event->position().toPoint());
        const bool overSelf = event->source() == this && under.isValid() && selectionModel()->isSelected(under);
        if (!overSelf && !m_model->canDropMimeData(event->mimeData(), Qt::MoveAction, -1, 0, rootIndex())) {
            m_refusal = m_model->dropRefusal();
            // Taken anyway, so that letting go tells the person why nothing moved.
            if (!m_refusal.isEmpty()) {
                event->setDropAction(Qt::MoveAction);
                event->accept();
            }
        }
    }
    m_dropHover = event->isAccepted() && m_refusal.isEmpty();
    viewport()->update();
}

void BoardCardList::dragLeaveEvent(QDragLeaveEvent *event)
{
    QListView::dragLeaveEvent(event);
    clearDropState();
}

void BoardCardList::clearDropState()
{
    m_refusal.clear();
    m_dropHover = false;
    viewport()->update();
}

void BoardCardList::dropEvent(QDropEvent *event)
{
    QString path;
    QList<qint64> ids;
    DealMimeData::decode(event->mimeData(), &path, &ids);
    const bool refused = !m_refusal.isEmpty();
    clearDropState();
    if (refused) {
        // The model refuses again and says why (moveRefused); nothing moves.
        m_model->dropMimeData(event->mimeData(), Qt::MoveAction, -1, 0, rootIndex());
        event->ignore();
        return;
    }
    QListView::dropEvent(event);
    if (event->isAccepted() && m_kind == Kind::Stage) {
        selectDeals(ids);
        setFocus(Qt::OtherFocusReason);
        Q_EMIT cardsDropped(ids);
    }
}

void BoardCardList::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect area = viewport()->rect();
    if (m_kind != Kind::Stage) {
        paintZone(&painter);
        return;
    }
    if (m_dropHover && m_model->rowCount(rootIndex()) == 0) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5, Qt::DashLine));
        painter.drawRoundedRect(QRectF(area).adjusted(6.5, 4.5, -6.5, -4.5), 6, 6);
    }
    if (m_model->rowCount(rootIndex()) == 0 && !m_dropHover && m_refusal.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area.adjusted(8, 16, -8, -8), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, tr("No deals"));
    }
    if (!m_refusal.isEmpty()) {
        // The gate's reason, on the column the card would enter.
        QFont f = font();
        const QRect text = QFontMetrics(f).boundingRect(area.adjusted(20, 0, -20, 0), Qt::TextWordWrap | Qt::AlignHCenter, m_refusal);
        const QRect box = QRect(area.left() + 8, area.top() + 8, area.width() - 16, text.height() + 20);
        QPainterPath path;
        path.addRoundedRect(QRectF(box), 6, 6);
        painter.fillPath(path, QColor(0xfd, 0xec, 0xea));
        painter.setPen(QColor(0xf5, 0xc2, 0xc0));
        painter.drawPath(path);
        painter.setPen(QColor(0x8a, 0x1c, 0x1c));
        painter.drawText(box.adjusted(12, 10, -12, -10), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_refusal);
    }
}

void BoardCardList::paintZone(QPainter *painter)
{
    const QModelIndex zone = rootIndex();
    const QColor color = zoneColor(m_kind);
    const QRectF box = QRectF(viewport()->rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    QPainterPath path;
    path.addRoundedRect(box, 6, 6);
    if (m_dropHover) {
        QColor fill = color;
        fill.setAlphaF(0.14f);
        painter->fillPath(path, fill);
    }
    painter->setPen(QPen(color, m_dropHover ? 2 : 1.2, m_dropHover ? Qt::SolidLine : Qt::DashLine));
    painter->drawPath(path);
    const int count = zone.data(PipelineBoardModel::CountRole).toInt();
    const QString title = m_kind == Kind::Won ? tr("Won") : tr("Lost");
    QString detail = tr("Drop here");
    if (count > 0)
        detail = (count == 1 ? tr("1 deal · %1") : tr("%Ln deals · %1", nullptr, count))
                     .arg(MoneyText::whole(zone.data(PipelineBoardModel::TotalValueRole).toLongLong(),
                                           zone.data(PipelineBoardModel::CurrencyRole).toString()));
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics bm(bold);
    const QFontMetrics fm(font());
    const int gap = 10;
    const int width = bm.horizontalAdvance(title) + gap + fm.horizontalAdvance(detail);
    const QRect inner = viewport()->rect().adjusted(12, 0, -12, 0);
    const int start = inner.left() + std::max(0, (inner.width() - width) / 2);
    QRect titleRect(start, inner.top(), bm.horizontalAdvance(title), inner.height());
    QRect detailRect(titleRect.right() + gap, inner.top(), inner.right() - titleRect.right() - gap, inner.height());
    titleRect = QStyle::visualRect(layoutDirection(), inner, titleRect);
    detailRect = QStyle::visualRect(layoutDirection(), inner, detailRect);
    const Qt::Alignment leading = QStyle::visualAlignment(layoutDirection(), Qt::AlignLeft | Qt::AlignVCenter);
    painter->setFont(bold);
    painter->setPen(color);
    painter->drawText(titleRect, leading, title);
    painter->setFont(font());
    painter->setPen(palette().color(QPalette::PlaceholderText));
    painter->drawText(detailRect, leading, fm.elidedText(detail, Qt::ElideRight, detailRect.width()));
}

} // namespace Kempt
