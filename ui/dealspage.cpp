#include "dealspage.h"
#include "commandrunner.h"
#include "dealreportsview.h"
#include "icons.h"
#include "messagepresenter.h"
#include "pipelineboardview.h"
#include "pipelinesettingsdialog.h"
#include "recordspage.h"

#include "commands/deleteview.h"
#include "commands/saveview.h"
#include "itemmodels/pipelineboardmodel.h"
#include "itemmodels/recordtablemodel.h"
#include "itemmodels/savedviewlistmodel.h"
#include "storage/workspace.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QStackedWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Kempt {

DealsPage::DealsPage(Workspace *workspace, MessagePresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_presenter(presenter)
    , m_pipeline(new QComboBox(this))
    , m_modes(new QButtonGroup(this))
    , m_modeBox(new QWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_board(new PipelineBoardView(workspace, presenter, this))
    , m_table(new RecordsPage(workspace, presenter, Entity::Deal, false, this))
    , m_viewsButton(new QToolButton(this))
    , m_settingsButton(new QToolButton(this))
    , m_views(new SavedViewListModel(workspace, Entity::Deal, this))
{
    setObjectName(QStringLiteral("dealsPage"));
    m_pipeline->setObjectName(QStringLiteral("pipelineSwitcher"));
    m_pipeline->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pipeline->setMinimumContentsLength(12);
    m_pipeline->setToolTip(tr("The pipeline the board shows"));
    connect(m_pipeline, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            m_board->setPipeline(m_pipeline->currentData().toLongLong());
    });

    auto *modes = new QHBoxLayout(m_modeBox);
    modes->setContentsMargins(0, 0, 0, 0);
    modes->setSpacing(0);
    m_modes->setExclusive(true);
    connect(m_modes, &QButtonGroup::idClicked, this, [this](int id) { setMode(Mode(id)); });
    m_stack->addWidget(m_board);
    m_stack->addWidget(m_table);
    addMode(Mode::Board, tr("Board"), m_board);
    addMode(Mode::Table, tr("Table"), m_table);
    m_reports = new DealReportsView(workspace, this);
    m_reports->setPresenter(presenter);
    addMode(Mode::Reports, tr("Reports"), m_reports);

    m_viewsButton->setObjectName(QStringLiteral("dealViews"));
    m_viewsButton->setText(tr("Views"));
    m_viewsButton->setIcon(Icons::get(QStringLiteral("view")));
    m_viewsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_viewsButton->setPopupMode(QToolButton::InstantPopup);
    m_viewsButton->setAutoRaise(true);
    auto *viewsMenu = new QMenu(m_viewsButton);
    m_viewsButton->setMenu(viewsMenu);
    connect(viewsMenu, &QMenu::aboutToShow, this, &DealsPage::fillViewsMenu);

    m_settingsButton->setObjectName(QStringLiteral("pipelineSettingsButton"));
    m_settingsButton->setText(tr("Pipeline Settings…"));
    m_settingsButton->setAutoRaise(true);
    m_settingsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_settingsButton, &QToolButton::clicked, this, &DealsPage::openPipelineSettings);
    auto *create = new QToolButton(this);
    create->setObjectName(QStringLiteral("newDeal"));
    auto *newAction = new QAction(Icons::get(QStringLiteral("add")), tr("New Deal"), this);
    connect(newAction, &QAction::triggered, this, &DealsPage::newDeal);
    create->setDefaultAction(newAction);
    create->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *pipelineLabel = new QLabel(tr("&Pipeline:"), this);
    pipelineLabel->setBuddy(m_pipeline);
    pipelineLabel->setObjectName(QStringLiteral("pipelineLabel"));
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(8);
    bar->addWidget(m_modeBox);
    bar->addSpacing(12);
    bar->addWidget(pipelineLabel);
    bar->addWidget(m_pipeline);
    bar->addStretch();
    bar->addWidget(m_viewsButton);
    bar->addWidget(m_settingsButton);
    bar->addWidget(create);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    // The table page brings its own margins and New button; inside this page it lines up
    // with the board, and New Deal sits in the bar above both.
    if (QLayout *inner = m_table->layout())
        inner->setContentsMargins(0, 0, 0, 0);
    for (QToolButton *button : m_table->findChildren<QToolButton *>())
        if (button->defaultAction() == m_table->newAction())
            button->hide();

    connect(m_board, &PipelineBoardView::dialogOpened, this, &DealsPage::dialogOpened);
    connect(m_table, &RecordsPage::dialogOpened, this, &DealsPage::dialogOpened);
    connect(m_table, &RecordsPage::countsChanged, this, &DealsPage::countsChanged);
    connect(m_board->model(), &QAbstractItemModel::modelReset, this, [this] {
        // The board falls back to the first pipeline when the one shown goes away.
        const QSignalBlocker block(m_pipeline);
        m_pipeline->setCurrentIndex(m_pipeline->findData(m_board->model()->pipelineId()));
    });
    if (m_workspace) {
        connect(m_workspace, &Workspace::opened, this, [this] {
            m_appliedView = 0;
            m_table->clearView();
            fillPipelines();
        });
        connect(m_workspace, &Workspace::closed, this, &DealsPage::fillPipelines);
        connect(m_workspace, &Workspace::changed, this, [this](const ChangeSet &changes) {
            if (changes.touchesAny({QStringLiteral("pipelines")}))
                fillPipelines();
        });
    }
    connect(m_views, &QAbstractItemModel::modelReset, this, [this] {
        if (m_appliedView && m_views->rowOfId(m_appliedView) < 0)
            m_appliedView = 0; // the view shown was deleted; the table keeps showing what it shows
    });
    fillPipelines();
    setMode(Mode::Board);
}

void DealsPage::addMode(Mode mode, const QString &text, QWidget *widget)
{
    auto *button = new QToolButton(m_modeBox);
    button->setObjectName(QStringLiteral("mode%1").arg(int(mode)));
    button->setText(text);
    button->setCheckable(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setMinimumWidth(72);
    m_modes->addButton(button, int(mode));
    m_modeBox->layout()->addWidget(button);
    if (m_stack->indexOf(widget) < 0)
        m_stack->addWidget(widget);
    widget->setProperty("dealsMode", int(mode));
}

QAbstractButton *DealsPage::modeButton(Mode mode) const
{
    return m_modes->button(int(mode));
}

void DealsPage::setMode(Mode mode)
{
    QWidget *target = nullptr;
    for (int i = 0; i < m_stack->count(); ++i)
        if (m_stack->widget(i)->property("dealsMode").toInt() == int(mode))
            target = m_stack->widget(i);
    if (!target)
        return;
    m_mode = mode;
    m_stack->setCurrentWidget(target);
    if (QAbstractButton *b = modeButton(mode))
        b->setChecked(true);
    updateBar();
    Q_EMIT modeChanged(mode);
    Q_EMIT countsChanged();
}

void DealsPage::updateBar()
{
    const bool board = m_mode == Mode::Board;
    m_pipeline->setVisible(board);
    if (auto *label = findChild<QLabel *>(QStringLiteral("pipelineLabel")))
        label->setVisible(board);
    m_settingsButton->setVisible(board);
    m_viewsButton->setVisible(m_mode == Mode::Table);
}

RecordsPage *DealsPage::currentRecordsPage() const
{
    return m_mode == Mode::Table ? m_table : nullptr;
}

void DealsPage::fillPipelines()
{
    m_filling = true;
    m_pipeline->clear();
    for (const Pipeline &p : m_board->model()->pipelines())
        m_pipeline->addItem(p.name, p.id);
    m_pipeline->setCurrentIndex(m_pipeline->findData(m_board->model()->pipelineId()));
    m_filling = false;
}

void DealsPage::setPipeline(qint64 pipelineId)
{
    const int at = m_pipeline->findData(pipelineId);
    if (at >= 0)
        m_pipeline->setCurrentIndex(at);
    m_board->setPipeline(pipelineId);
}

void DealsPage::newDeal()
{
    if (m_mode == Mode::Table)
        m_table->newRecord();
    else
        m_board->newDeal();
}

void DealsPage::openPipelineSettings()
{
    if (!m_workspace || !m_workspace->isOpen())
        return;
    auto *dialog = new PipelineSettingsDialog(m_workspace, m_presenter, m_board->model()->pipelineId(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PipelineSettingsDialog::pipelineChosen, this, &DealsPage::setPipeline);
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void DealsPage::fillViewsMenu()
{
    QMenu *menu = m_viewsButton->menu();
    menu->clear();
    QAction *all = menu->addAction(tr("All Deals"), this, &DealsPage::clearView);
    all->setCheckable(true);
    all->setChecked(m_appliedView == 0);
    for (int r = 0; r < m_views->rowCount(); ++r) {
        const SavedView v = m_views->viewAt(r);
        QAction *a = menu->addAction(v.name, this, [this, id = v.id] { applyView(id); });
        a->setCheckable(true);
        a->setChecked(v.id == m_appliedView);
    }
    menu->addSeparator();
    menu->addAction(tr("&Save View…"), this, &DealsPage::saveView);
    const int applied = m_views->rowOfId(m_appliedView);
    QAction *remove = menu->addAction(applied >= 0 ? tr("&Delete “%1”…").arg(m_views->viewAt(applied).name) : tr("&Delete View…"),
                                      this, [this] { deleteView(m_appliedView); });
    remove->setEnabled(applied >= 0);
}

void DealsPage::applyView(qint64 viewId)
{
    const int row = m_views->rowOfId(viewId);
    if (row < 0)
        return;
    const SavedView v = m_views->viewAt(row);
    m_table->applyView(v.filter, v.columns, v.sortKey, v.sortOrder);
    m_appliedView = v.id;
    setMode(Mode::Table);
}

void DealsPage::clearView()
{
    m_table->clearView();
    m_appliedView = 0;
    Q_EMIT countsChanged();
}

void DealsPage::saveView()
{
    if (!m_workspace || !m_workspace->isOpen() || !m_presenter)
        return;
    const int appliedRow = m_views->rowOfId(m_appliedView);
    const QString suggested = appliedRow >= 0 ? m_views->viewAt(appliedRow).name : QString();
    const QString name = m_presenter->askText(tr("Save View"), tr("Name of the view of deals:"), suggested);
    if (name.isEmpty())
        return;
    const int existing = m_views->rowOfName(name);
    if (existing >= 0 && existing != appliedRow
        && !m_presenter->confirm(tr("Save View"), tr("A view named “%1” exists already. Replace it?").arg(name)))
        return;
    SavedView view;
    view.entity = Entity::Deal;
    view.name = name;
    view.filter = m_table->model()->filter();
    view.filter.trash = false;
    view.columns = m_table->visibleColumns();
    view.sortKey = m_table->model()->sortColumnKey();
    view.sortOrder = m_table->model()->sortOrder();
    QUndoStack *stack = m_workspace->undoStack();
    const int before = stack->index();
    if (!CommandRunner::push(m_workspace, new SaveView(m_workspace, view)) || stack->index() == before)
        return;
    m_appliedView = static_cast<const SaveView *>(stack->command(stack->index() - 1))->viewId();
    m_views->reload();
}

void DealsPage::deleteView(qint64 viewId)
{
    const int row = m_views->rowOfId(viewId);
    if (row < 0 || !m_presenter)
        return;
    const SavedView view = m_views->viewAt(row);
    if (!m_presenter->confirm(tr("Delete View"), tr("Delete the view “%1”? The deals it shows stay as they are.").arg(view.name)))
        return;
    if (CommandRunner::push(m_workspace, new DeleteView(m_workspace, view)) && m_appliedView == viewId)
        m_appliedView = 0;
}

} // namespace Kempt
