#include "pipelineboardview.h"
#include "boardcardlist.h"
#include "boardcolumn.h"
#include "boardfilterbar.h"
#include "commandrunner.h"
#include "dealeditor.h"
#include "messagepresenter.h"
#include "moneytext.h"
#include "recordnouns.h"

#include "commands/deletedeals.h"
#include "itemmodels/pipelineboardmodel.h"
#include "storage/workspace.h"
#include "stores/stagegate.h"
#include "stores/userstore.h"

#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace Kempt {

PipelineBoardView::PipelineBoardView(Workspace *workspace, MessagePresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_presenter(presenter)
    , m_model(new PipelineBoardModel(workspace, this))
    , m_filters(new BoardFilterBar(this))
    , m_scroll(new QScrollArea(this))
    , m_strip(new QWidget)
    , m_zones(new QWidget(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("pipelineBoard"));
    m_scroll->setObjectName(QStringLiteral("boardScroll"));
    m_scroll->setWidget(m_strip);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *strip = new QHBoxLayout(m_strip);
    strip->setContentsMargins(0, 0, 0, 0);
    strip->setSpacing(10);
    strip->addStretch();

    m_won = addList(new BoardCardList(m_model, BoardCardList::Kind::Won, 0, m_zones));
    m_lost = addList(new BoardCardList(m_model, BoardCardList::Kind::Lost, 0, m_zones));
    auto *zones = new QHBoxLayout(m_zones);
    zones->setContentsMargins(0, 0, 0, 0);
    zones->setSpacing(10);
    zones->addWidget(m_won, 1);
    zones->addWidget(m_lost, 1);
    for (BoardCardList *zone : {m_won, m_lost})
        zone->setFixedHeight(zone->sizeHint().height());

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(tr("There is no pipeline yet.\nNew Deal starts the Sales pipeline; Pipeline Settings sets up your own."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_filters);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_zones);

    connect(m_filters, &BoardFilterBar::filterChanged, m_model, &PipelineBoardModel::setFilter);
    // After a model reset the lists find their roots again first (BoardCardList::reset).
    connect(m_model, &QAbstractItemModel::modelReset, this, &PipelineBoardView::rebuild);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from) {
        if (!from.parent().isValid())
            updateHeaders();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PipelineBoardView::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PipelineBoardView::updateSummary);
    // Questions wait until the drop has finished, so that no dialog opens inside a drag.
    connect(m_model, &PipelineBoardModel::lostReasonRequested, this, &PipelineBoardView::askLostReason, Qt::QueuedConnection);
    connect(m_model, &PipelineBoardModel::moveRefused, this, &PipelineBoardView::showRefusal, Qt::QueuedConnection);
    if (m_workspace) {
        // A command that fails is reported by the window already; the board need not say it twice.
        connect(m_workspace, &Workspace::errorOccurred, this, [this](const QString &message) { m_lastWorkspaceError = message; });
        connect(m_workspace, &Workspace::opened, this, [this] {
            m_filters->clear();
            m_model->setFilter(m_filters->filter());
            refreshOwners();
        });
        connect(m_workspace, &Workspace::changed, this, [this](const ChangeSet &changes) {
            if (changes.touches(QStringLiteral("users")))
                refreshOwners();
        });
    }
    refreshOwners();
    rebuild();
}

PipelineBoardView::~PipelineBoardView()
{
    // The lists go before the model they show (it is the first child, so Qt would delete it first).
    qDeleteAll(m_columns);
    m_columns.clear();
    delete m_zones;
}

BoardCardList *PipelineBoardView::addList(BoardCardList *list)
{
    list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(list, &BoardCardList::moveRequested, this, &PipelineBoardView::onMoveRequested);
    connect(list, &BoardCardList::neighbourRequested, this, [this, list](int step) { onNeighbour(list, step); });
    connect(list, &BoardCardList::openRequested, this, &PipelineBoardView::openDeal);
    connect(list, &BoardCardList::trashRequested, this, &PipelineBoardView::trashSelected);
    connect(list, &QAbstractItemView::doubleClicked, this, [this, list](const QModelIndex &index) {
        if (index.parent() == list->rootIndex())
            openDeal(index.data(PipelineBoardModel::IdRole).toLongLong());
    });
    connect(list, &QWidget::customContextMenuRequested, this, [this, list](const QPoint &pos) { showContextMenu(list, pos); });
    if (list->kind() == BoardCardList::Kind::Stage) {
        // One column's selection at a time: what the menus act on is never ambiguous.
        connect(list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, list](const QItemSelection &selected) {
            if (selected.isEmpty())
                return;
            m_lastActive = list;
            for (BoardColumn *c : std::as_const(m_columns))
                if (c->cards() != list)
                    c->cards()->selectionModel()->clearSelection();
        });
    }
    return list;
}

BoardColumn *PipelineBoardView::columnOfStage(qint64 stageId) const
{
    for (BoardColumn *c : m_columns)
        if (c->stageId() == stageId)
            return c;
    return nullptr;
}

void PipelineBoardView::rebuild()
{
    QList<qint64> stageIds;
    for (int r = 0; r < m_model->stageCount(); ++r)
        stageIds << m_model->index(r, 0).data(PipelineBoardModel::IdRole).toLongLong();
    QList<qint64> shown;
    for (BoardColumn *c : std::as_const(m_columns))
        shown << c->stageId();
    if (stageIds != shown) {
        auto *strip = static_cast<QHBoxLayout *>(m_strip->layout());
        qDeleteAll(m_columns);
        m_columns.clear();
        for (qint64 id : std::as_const(stageIds)) {
            auto *column = new BoardColumn(m_model, id, m_strip);
            addList(column->cards());
            strip->insertWidget(strip->count() - 1, column);
            m_columns << column;
        }
        Q_EMIT columnsRebuilt();
    }
    if (m_workspace && m_workspace->isOpen() && !m_columns.isEmpty()) {
        const StageGate gate(m_workspace->db());
        for (BoardColumn *c : std::as_const(m_columns))
            c->setGateText(gate.spokenList(m_model->stageIndex(c->stageId()).data(PipelineBoardModel::RequiredFieldsRole).toStringList()));
    }
    const bool empty = m_model->stageCount() == 0;
    m_scroll->setVisible(!empty);
    m_zones->setVisible(!empty);
    m_filters->setEnabled(!empty);
    m_empty->setVisible(empty);
    updateHeaders();
}

void PipelineBoardView::updateHeaders()
{
    for (BoardColumn *c : std::as_const(m_columns))
        c->updateHeader();
    updateSummary();
}

void PipelineBoardView::updateSummary()
{
    int count = 0;
    qint64 total = 0;
    qint64 weighted = 0;
    for (int r = 0; r < m_model->stageCount(); ++r) {
        const QModelIndex stage = m_model->index(r, 0);
        count += stage.data(PipelineBoardModel::CountRole).toInt();
        total += stage.data(PipelineBoardModel::TotalValueRole).toLongLong();
        weighted += stage.data(PipelineBoardModel::WeightedValueRole).toLongLong();
    }
    const QString currency = m_model->currency();
    m_filters->summaryLabel()->setText(m_model->stageCount() == 0 ? QString()
                                                                  : (count == 1 ? tr("1 open deal · %1 · %2 weighted")
                                                                                : tr("%Ln open deals · %1 · %2 weighted", nullptr, count))
                                                                        .arg(MoneyText::whole(total, currency), MoneyText::whole(weighted, currency)));
}

void PipelineBoardView::refreshOwners()
{
    m_filters->setOwners(m_workspace && m_workspace->isOpen() ? UserStore(m_workspace->db()).names() : QStringList());
}

void PipelineBoardView::setPipeline(qint64 pipelineId)
{
    m_model->setPipeline(pipelineId);
}

BoardCardList *PipelineBoardView::activeList() const
{
    for (BoardColumn *c : m_columns)
        if (c->cards()->hasFocus())
            return c->cards();
    if (m_lastActive && m_lastActive->kind() == BoardCardList::Kind::Stage && !m_lastActive->selectedDealIds().isEmpty())
        return m_lastActive;
    return nullptr;
}

qint64 PipelineBoardView::currentDealId() const
{
    BoardCardList *list = activeList();
    return list ? list->currentDealId() : 0;
}

QList<qint64> PipelineBoardView::selectedDealIds() const
{
    BoardCardList *list = activeList();
    if (!list)
        return {};
    QList<qint64> ids = list->selectedDealIds();
    if (ids.isEmpty() && list->currentDealId() > 0)
        ids << list->currentDealId();
    return ids;
}

bool PipelineBoardView::focusDeal(qint64 dealId)
{
    const QModelIndex card = m_model->dealIndex(dealId);
    if (!card.isValid())
        return false;
    BoardColumn *column = columnOfStage(card.parent().data(PipelineBoardModel::IdRole).toLongLong());
    if (!column)
        return false;
    BoardCardList *list = column->cards();
    list->selectDeals({dealId});
    list->setFocus(Qt::OtherFocusReason);
    m_lastActive = list;
    m_scroll->ensureWidgetVisible(column, 0, 0);
    return true;
}

void PipelineBoardView::onMoveRequested(qint64 dealId, int stageSteps, int rankSteps)
{
    const bool moved = stageSteps != 0 ? m_model->moveDeal(dealId, stageSteps) : m_model->reorderDeal(dealId, rankSteps);
    // Refused moves are explained through moveRefused; the card keeps the focus either way.
    Q_UNUSED(moved)
    focusDeal(dealId);
}

void PipelineBoardView::onNeighbour(BoardCardList *from, int step)
{
    int at = -1;
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i)->cards() == from)
            at = i;
    const int target = at + step;
    if (at < 0 || target < 0 || target >= m_columns.size())
        return;
    BoardCardList *list = m_columns.at(target)->cards();
    // Roughly the same height on the screen, so moving sideways feels like moving in a grid.
    const QRect current = from->visualRect(from->currentIndex());
    QModelIndex there = current.isValid() ? list->indexAt(QPoint(10, current.center().y())) : QModelIndex();
    if (!there.isValid())
        there = m_model->index(std::max(0, m_model->rowCount(list->rootIndex()) - 1), 0, list->rootIndex());
    if (there.isValid())
        list->selectionModel()->setCurrentIndex(there, QItemSelectionModel::ClearAndSelect);
    list->setFocus(Qt::OtherFocusReason);
    m_scroll->ensureWidgetVisible(m_columns.at(target), 0, 0);
}

void PipelineBoardView::showRefusal(const QString &message)
{
    if (message.isEmpty())
        return;
    if (message == m_lastWorkspaceError) {
        m_lastWorkspaceError.clear();
        return;
    }
    if (m_presenter)
        m_presenter->error(message);
}

void PipelineBoardView::askLostReason(const QList<qint64> &dealIds)
{
    if (dealIds.isEmpty() || !m_presenter)
        return;
    const QStringList reasons = m_model->lostReasons();
    QString question;
    if (dealIds.size() == 1) {
        const QModelIndex card = m_model->dealIndex(dealIds.first());
        const QString title = card.data(PipelineBoardModel::TitleRole).toString();
        question = title.isEmpty() ? tr("Why was the deal lost?") : tr("Why was “%1” lost?").arg(title);
    } else {
        question = tr("Why were these %Ln deals lost?", nullptr, int(dealIds.size()));
    }
    const QString reason = m_presenter->choose(tr("Mark as Lost"), question, reasons);
    if (reason.isEmpty())
        return;
    m_model->loseDeals(dealIds, reason);
}

void PipelineBoardView::winSelected()
{
    const QList<qint64> ids = selectedDealIds();
    if (!ids.isEmpty())
        m_model->winDeals(ids);
}

void PipelineBoardView::loseSelected()
{
    askLostReason(selectedDealIds());
}

void PipelineBoardView::trashSelected()
{
    const QList<qint64> ids = selectedDealIds();
    if (ids.isEmpty() || !m_workspace || !m_presenter)
        return;
    if (!m_presenter->confirm(tr("Move to Trash"), tr("Move %1 to the trash? They can be restored from the Trash.")
                                                       .arg(RecordNouns::count(Entity::Deal, ids.size()))))
        return;
    CommandRunner::push(m_workspace, new DeleteDeals(m_workspace, ids));
}

void PipelineBoardView::showContextMenu(BoardCardList *list, const QPoint &pos)
{
    const QModelIndex index = list->indexAt(pos);
    if (list->kind() != BoardCardList::Kind::Stage || !index.isValid())
        return;
    if (!list->selectionModel()->isSelected(index))
        list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_lastActive = list;
    const qint64 id = index.data(PipelineBoardModel::IdRole).toLongLong();
    QMenu menu(this);
    menu.addAction(tr("&Open"), this, [this, id] { openDeal(id); });
    menu.addSeparator();
    QMenu *move = menu.addMenu(tr("&Move to"));
    for (int r = 0; r < m_model->stageCount(); ++r) {
        const QModelIndex stage = m_model->index(r, 0);
        const qint64 stageId = stage.data(PipelineBoardModel::IdRole).toLongLong();
        QAction *a = move->addAction(stage.data().toString());
        a->setEnabled(stageId != list->stageId());
        connect(a, &QAction::triggered, this, [this, list, r] {
            const QList<qint64> ids = list->selectedDealIds();
            for (qint64 deal : ids) {
                const int from = m_model->dealIndex(deal).parent().row();
                if (from >= 0 && !m_model->moveDeal(deal, r - from))
                    break;
            }
        });
    }
    menu.addAction(tr("Mark as &Won"), this, &PipelineBoardView::winSelected);
    menu.addAction(tr("Mark as &Lost…"), this, &PipelineBoardView::loseSelected);
    menu.addSeparator();
    menu.addAction(tr("Move to &Trash"), this, &PipelineBoardView::trashSelected);
    menu.exec(list->viewport()->mapToGlobal(pos));
}

void PipelineBoardView::openDeal(qint64 dealId)
{
    if (dealId <= 0 || !m_workspace || !m_workspace->isOpen())
        return;
    auto *editor = new DealEditor(m_workspace, m_presenter, dealId, window());
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
    Q_EMIT dialogOpened(editor);
}

void PipelineBoardView::newDeal()
{
    if (!m_workspace || !m_workspace->isOpen())
        return;
    auto *editor = new DealEditor(m_workspace, m_presenter, 0, window());
    if (m_model->pipelineId() > 0) {
        BoardCardList *list = activeList();
        editor->setPlacement(m_model->pipelineId(), list ? list->stageId() : 0);
    }
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
    Q_EMIT dialogOpened(editor);
}

} // namespace Kempt
