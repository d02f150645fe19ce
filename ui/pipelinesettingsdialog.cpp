#include "pipelinesettingsdialog.h"
#include "alignment.h"
#include "commandrunner.h"
#include "icons.h"
#include "messagepresenter.h"

#include "commands/createpipeline.h"
#include "commands/deletepipeline.h"
#include "commands/renamepipeline.h"
#include "itemmodels/stagetablemodel.h"
#include "storage/workspace.h"
#include "stores/stagegate.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Kempt {

namespace {

// Probability and rotting period are edited with spin boxes that know their units.
class StageDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() == StageTableModel::ProbabilityColumn) {
            auto *spin = new QSpinBox(parent);
            spin->setRange(0, 100);
            spin->setSuffix(PipelineSettingsDialog::tr(" %"));
            return spin;
        }
        if (index.column() == StageTableModel::RottingColumn) {
            auto *spin = new QSpinBox(parent);
            spin->setRange(0, 3650);
            spin->setSuffix(PipelineSettingsDialog::tr(" days"));
            spin->setSpecialValueText(PipelineSettingsDialog::tr("never"));
            return spin;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
};

} // namespace

PipelineSettingsDialog::PipelineSettingsDialog(Workspace *workspace, MessagePresenter *presenter, qint64 pipelineId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_presenter(presenter)
    , m_model(new StageTableModel(workspace, this))
    , m_pipelines(new QComboBox(this))
    , m_renamePipeline(new QPushButton(tr("Re&name…"), this))
    , m_deletePipeline(new QPushButton(tr("&Delete…"), this))
    , m_view(new QTableView(this))
    , m_required(new QListWidget(this))
    , m_requiredTitle(new QLabel(this))
    , m_add(new QPushButton(Icons::get(QStringLiteral("add")), tr("&Add Stage"), this))
    , m_remove(new QPushButton(tr("&Remove Stage…"), this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move Do&wn"), this))
{
    setObjectName(QStringLiteral("pipelineSettings"));
    setWindowTitle(tr("Pipeline Settings"));
    m_model->setPipeline(pipelineId);

    m_pipelines->setObjectName(QStringLiteral("pipelines"));
    m_pipelines->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pipelines->setMinimumContentsLength(16);
    auto *newPipeline = new QPushButton(Icons::get(QStringLiteral("add")), tr("&New Pipeline…"), this);
    newPipeline->setObjectName(QStringLiteral("newPipeline"));
    m_renamePipeline->setObjectName(QStringLiteral("renamePipeline"));
    m_deletePipeline->setObjectName(QStringLiteral("deletePipeline"));
    m_deletePipeline->setToolTip(tr("Only a pipeline without deals can be deleted."));
    connect(newPipeline, &QPushButton::clicked, this, &PipelineSettingsDialog::newPipeline);
    connect(m_renamePipeline, &QPushButton::clicked, this, &PipelineSettingsDialog::renamePipeline);
    connect(m_deletePipeline, &QPushButton::clicked, this, &PipelineSettingsDialog::deletePipeline);
    connect(m_pipelines, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            setPipeline(m_pipelines->currentData().toLongLong());
    });
    auto *pipelineLabel = new QLabel(tr("&Pipeline:"), this);
    pipelineLabel->setBuddy(m_pipelines);
    auto *top = new QHBoxLayout;
    top->addWidget(pipelineLabel);
    top->addWidget(m_pipelines);
    top->addWidget(newPipeline);
    top->addWidget(m_renamePipeline);
    top->addWidget(m_deletePipeline);
    top->addStretch();

    m_view->setObjectName(QStringLiteral("stages"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new StageDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(StageTableModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(StageTableModel::GateColumn, QHeaderView::Stretch);
    for (int c : {int(StageTableModel::ProbabilityColumn), int(StageTableModel::RottingColumn), int(StageTableModel::DealsColumn)})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setDefaultAlignment(leadingEdge() | Qt::AlignVCenter);

    m_required->setObjectName(QStringLiteral("requiredFields"));
    m_required->setMinimumWidth(200);
    m_requiredTitle->setWordWrap(true);
    m_requiredTitle->setAlignment(leadingEdge() | Qt::AlignVCenter);
    if (m_workspace && m_workspace->isOpen())
        for (const FieldDef &f : StageGate(m_workspace->db()).gateableFields()) {
            auto *item = new QListWidgetItem(f.displayLabel(), m_required);
            item->setData(Qt::UserRole, f.key);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    connect(m_required, &QListWidget::itemChanged, this, &PipelineSettingsDialog::onRequiredChanged);

    m_add->setObjectName(QStringLiteral("addStage"));
    m_remove->setObjectName(QStringLiteral("removeStage"));
    m_up->setObjectName(QStringLiteral("moveStageUp"));
    m_down->setObjectName(QStringLiteral("moveStageDown"));
    connect(m_add, &QPushButton::clicked, this, &PipelineSettingsDialog::addStage);
    connect(m_remove, &QPushButton::clicked, this, &PipelineSettingsDialog::removeStage);
    connect(m_up, &QPushButton::clicked, this, &PipelineSettingsDialog::moveUp);
    connect(m_down, &QPushButton::clicked, this, &PipelineSettingsDialog::moveDown);
    auto *stageButtons = new QHBoxLayout;
    stageButtons->addWidget(m_add);
    stageButtons->addWidget(m_remove);
    stageButtons->addSpacing(12);
    stageButtons->addWidget(m_up);
    stageButtons->addWidget(m_down);
    stageButtons->addStretch();

    auto *stagesTitle = new QLabel(tr("Stages, in the order deals move through them"), this);
    QFont bold = stagesTitle->font();
    bold.setBold(true);
    stagesTitle->setFont(bold);
    stagesTitle->setAlignment(leadingEdge() | Qt::AlignVCenter);
    m_requiredTitle->setFont(bold);
    auto *left = new QVBoxLayout;
    left->addWidget(stagesTitle);
    left->addWidget(m_view, 1);
    left->addLayout(stageButtons);
    auto *right = new QVBoxLayout;
    right->addWidget(m_requiredTitle);
    right->addWidget(m_required, 1);
    auto *gateNote = new QLabel(tr("A deal lacking one of these cannot enter the stage."), this);
    gateNote->setWordWrap(true);
    gateNote->setForegroundRole(QPalette::PlaceholderText);
    gateNote->setAlignment(leadingEdge() | Qt::AlignTop);
    right->addWidget(gateNote);
    auto *middle = new QHBoxLayout;
    middle->addLayout(left, 3);
    middle->addSpacing(12);
    middle->addLayout(right, 1);

    auto *hint = new QLabel(tr("Changes apply at once; Edit ▸ Undo (Ctrl+Z) takes them back one by one."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);
    hint->setAlignment(leadingEdge() | Qt::AlignVCenter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(6);
    layout->addLayout(middle, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);

    if (m_workspace) {
        // The window's Undo is out of reach behind a modal dialog; the same keys work here.
        QAction *undo = m_workspace->undoStack()->createUndoAction(this);
        undo->setShortcut(QKeySequence::Undo);
        QAction *redo = m_workspace->undoStack()->createRedoAction(this);
        redo->setShortcut(QKeySequence::Redo);
        addAction(undo);
        addAction(redo);
    }

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fillPipelines();
        updateButtons();
        updateRequiredFields();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        fillPipelines();
        updateButtons();
        updateRequiredFields();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        updateRequiredFields();
    });
    fillPipelines();
    selectStage(0);
    updateButtons();
    updateRequiredFields();
    resize(820, 480);
}

qint64 PipelineSettingsDialog::pipelineId() const
{
    return m_model->pipelineId();
}

int PipelineSettingsDialog::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void PipelineSettingsDialog::selectStage(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, StageTableModel::NameColumn),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void PipelineSettingsDialog::fillPipelines()
{
    m_filling = true;
    m_pipelines->clear();
    for (const Pipeline &p : m_model->pipelines())
        m_pipelines->addItem(p.name, p.id);
    m_pipelines->setCurrentIndex(m_pipelines->findData(m_model->pipelineId()));
    m_filling = false;
}

void PipelineSettingsDialog::setPipeline(qint64 pipelineId)
{
    m_model->setPipeline(pipelineId);
    selectStage(0);
    Q_EMIT pipelineChosen(m_model->pipelineId());
}

void PipelineSettingsDialog::updateButtons()
{
    const int row = currentRow();
    const int rows = m_model->rowCount();
    const bool pipeline = m_model->pipelineId() > 0;
    m_renamePipeline->setEnabled(pipeline);
    m_deletePipeline->setEnabled(pipeline);
    m_add->setEnabled(pipeline);
    m_remove->setEnabled(row >= 0 && rows > 1);
    m_remove->setToolTip(rows > 1 ? QString() : tr("A pipeline keeps at least one stage."));
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < rows - 1);
}

void PipelineSettingsDialog::updateRequiredFields()
{
    const int row = currentRow();
    const Stage stage = m_model->stageAt(row);
    m_requiredTitle->setText(row >= 0 ? tr("Required to enter “%1”").arg(stage.name) : tr("Required to enter"));
    const QSignalBlocker block(m_required);
    m_required->setEnabled(row >= 0);
    for (int i = 0; i < m_required->count(); ++i) {
        QListWidgetItem *item = m_required->item(i);
        item->setCheckState(stage.requiredFields.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

void PipelineSettingsDialog::onRequiredChanged()
{
    const int row = currentRow();
    if (row < 0)
        return;
    QStringList keys;
    for (int i = 0; i < m_required->count(); ++i)
        if (m_required->item(i)->checkState() == Qt::Checked)
            keys << m_required->item(i)->data(Qt::UserRole).toString();
    if (!m_model->setRequiredFields(row, keys))
        updateRequiredFields(); // refused: show what holds
}

void PipelineSettingsDialog::addStage()
{
    if (!m_presenter || m_model->pipelineId() <= 0)
        return;
    const QString name = m_presenter->askText(tr("Add Stage"), tr("Name of the new stage:"));
    if (name.isEmpty())
        return;
    // After the stage chosen, or at the end.
    const int row = currentRow();
    const int position = row >= 0 ? row + 1 : -1;
    if (m_model->addStage(name, position))
        selectStage(m_model->rowOfStage(m_model->addedStageId()));
}

void PipelineSettingsDialog::removeStage()
{
    const int row = currentRow();
    if (row < 0 || !m_presenter)
        return;
    const Stage stage = m_model->stageAt(row);
    const int deals = m_model->dealCount(row);
    qint64 target = 0;
    if (deals > 0) {
        // None may be orphaned: they go to a stage of the person's choosing first.
        QStringList names;
        QList<qint64> ids;
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (r != row) {
                names << m_model->stageAt(r).name;
                ids << m_model->stageAt(r).id;
            }
        const QString chosen = m_presenter->choose(tr("Remove Stage"),
                                                   (deals == 1 ? tr("“%1” holds 1 deal. Move it to:")
                                                               : tr("“%1” holds %Ln deals. Move them to:", nullptr, deals))
                                                       .arg(stage.name),
                                                   names);
        if (chosen.isEmpty())
            return;
        target = ids.value(int(names.indexOf(chosen)));
        if (target <= 0)
            return;
    } else if (!m_presenter->confirm(tr("Remove Stage"), tr("Remove the stage “%1”? It holds no deals.").arg(stage.name))) {
        return;
    }
    if (m_model->removeStage(row, target))
        selectStage(std::min(row, m_model->rowCount() - 1));
}

void PipelineSettingsDialog::moveUp()
{
    const int row = currentRow();
    const qint64 id = m_model->stageAt(row).id;
    if (m_model->moveStage(row, row - 1))
        selectStage(m_model->rowOfStage(id));
}

void PipelineSettingsDialog::moveDown()
{
    const int row = currentRow();
    const qint64 id = m_model->stageAt(row).id;
    if (m_model->moveStage(row, row + 1))
        selectStage(m_model->rowOfStage(id));
}

void PipelineSettingsDialog::newPipeline()
{
    if (!m_presenter || !m_workspace)
        return;
    const QString name = m_presenter->askText(tr("New Pipeline"), tr("Name of the new pipeline (it starts with the usual stages):"));
    if (name.isEmpty())
        return;
    Pipeline p;
    p.name = name;
    QUndoStack *stack = m_workspace->undoStack();
    const int before = stack->index();
    if (!CommandRunner::push(m_workspace, new CreatePipeline(m_workspace, p)) || stack->index() == before)
        return;
    setPipeline(static_cast<const CreatePipeline *>(stack->command(stack->index() - 1))->pipelineId());
}

void PipelineSettingsDialog::renamePipeline()
{
    if (!m_presenter || m_model->pipelineId() <= 0)
        return;
    const QString name = m_presenter->askText(tr("Rename Pipeline"), tr("New name of the pipeline:"), m_model->pipeline().name);
    if (name.isEmpty() || name == m_model->pipeline().name)
        return;
    CommandRunner::push(m_workspace, new RenamePipeline(m_workspace, m_model->pipelineId(), name));
}

void PipelineSettingsDialog::deletePipeline()
{
    if (!m_presenter || m_model->pipelineId() <= 0)
        return;
    const Pipeline p = m_model->pipeline();
    if (!m_presenter->confirm(tr("Delete Pipeline"), tr("Delete the pipeline “%1” and its stages?").arg(p.name)))
        return;
    if (CommandRunner::push(m_workspace, new DeletePipeline(m_workspace, p.id)))
        setPipeline(0);
}

} // namespace Kempt
