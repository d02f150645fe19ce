#include "itemmodels/stagetablemodel.h"
#include "commands/addstage.h"
#include "commands/editstage.h"
#include "commands/movestage.h"
#include "commands/removestage.h"
#include "commands/renamestage.h"
#include "storage/sqlerror.h"
#include "storage/workspace.h"
#include "stores/pipelinestore.h"
#include "stores/stagegate.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUndoStack>
#include <cmath>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StageTableModel)
};

} // namespace

StageTableModel::StageTableModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    if (m_workspace) {
        connect(m_workspace, &Workspace::changed, this, &StageTableModel::onChanged);
        connect(m_workspace, &Workspace::opened, this, &StageTableModel::reload);
        connect(m_workspace, &Workspace::closed, this, &StageTableModel::reload);
    }
    load(&m_pipeline, &m_counts);
}

QList<Pipeline> StageTableModel::pipelines() const
{
    return m_workspace && m_workspace->isOpen() ? PipelineStore(m_workspace->db()).pipelines() : QList<Pipeline>();
}

void StageTableModel::setPipeline(qint64 pipelineId)
{
    m_wanted = pipelineId;
    reload();
}

void StageTableModel::reload()
{
    beginResetModel();
    load(&m_pipeline, &m_counts);
    endResetModel();
}

void StageTableModel::load(Pipeline *pipeline, QHash<qint64, Counts> *counts) const
{
    *pipeline = Pipeline();
    counts->clear();
    if (!m_workspace || !m_workspace->isOpen())
        return;
    QSqlDatabase db = m_workspace->db();
    PipelineStore store(db);
    std::optional<Pipeline> p = m_wanted > 0 ? store.load(m_wanted) : std::nullopt;
    if (!p) {
        const QList<Pipeline> all = store.pipelines();
        if (all.isEmpty())
            return;
        p = all.first();
    }
    *pipeline = *p;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const Result r = exec(q, QStringLiteral("SELECT stage_id, count(*), count(*) FILTER (WHERE status = 'open' AND deleted_at IS NULL) "
                                            "FROM deals WHERE stage_id IN (SELECT id FROM stages WHERE pipeline_id = ?) GROUP BY stage_id"),
                          {pipeline->id});
    if (!r) {
        qWarning("StageTableModel: %s", qPrintable(r.message()));
        return;
    }
    while (q.next())
        counts->insert(q.value(0).toLongLong(), {q.value(1).toInt(), q.value(2).toInt(), QString()});
    const StageGate gate(db);
    for (const Stage &s : std::as_const(pipeline->stages))
        if (!s.requiredFields.isEmpty())
            (*counts)[s.id].gate = gate.spokenList(s.requiredFields);
}

void StageTableModel::onChanged(const ChangeSet &changes)
{
    if (changes.touchesAny({QStringLiteral("pipelines"), QStringLiteral("stages"), QStringLiteral("deals")}))
        refresh();
}

void StageTableModel::refresh()
{
    Pipeline fresh;
    QHash<qint64, Counts> counts;
    load(&fresh, &counts);
    bool sameRows = fresh.id == m_pipeline.id && fresh.stages.size() == m_pipeline.stages.size();
    for (int i = 0; sameRows && i < fresh.stages.size(); ++i)
        sameRows = fresh.stages.at(i).id == m_pipeline.stages.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_pipeline = fresh;
        m_counts = counts;
        endResetModel();
        return;
    }
    // Same stages in the same order: an edit in place keeps an open editor and the selection.
    m_pipeline = fresh;
    m_counts = counts;
    if (!m_pipeline.stages.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int StageTableModel::dealCount(int row) const
{
    return m_counts.value(stageAt(row).id).all;
}

int StageTableModel::openDealCount(int row) const
{
    return m_counts.value(stageAt(row).id).open;
}

int StageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pipeline.stages.size());
}

int StageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Stage &s = m_pipeline.stages.at(index.row());
    const Counts counts = m_counts.value(s.id);
    switch (role) {
    case IdRole: return s.id;
    case RequiredFieldsRole: return s.requiredFields;
    case DealCountRole: return counts.all;
    case OpenDealCountRole: return counts.open;
    case Qt::TextAlignmentRole:
        return index.column() == ProbabilityColumn || index.column() == RottingColumn || index.column() == DealsColumn
            ? QVariant(Qt::AlignTrailing | Qt::AlignVCenter)
            : QVariant();
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn: return s.name;
        case ProbabilityColumn: return int(std::lround(s.probability * 100));
        case RottingColumn: return s.rottingDays;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == DealsColumn && counts.all > counts.open)
            return Tr::tr("%Ln open, the others won, lost or in the trash", nullptr, counts.open);
        if (index.column() == GateColumn && !s.requiredFields.isEmpty())
            return Tr::tr("A deal enters %1 only with these fields filled in.").arg(s.name);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn: return s.name;
    case ProbabilityColumn: return Tr::tr("%1 %").arg(std::lround(s.probability * 100));
    case RottingColumn:
        if (s.rottingDays <= 0)
            return Tr::tr("never");
        return s.rottingDays == 1 ? Tr::tr("1 day") : Tr::tr("%Ln days", nullptr, s.rottingDays);
    case GateColumn: return counts.gate;
    case DealsColumn: return counts.all;
    default: return {};
    }
}

QVariant StageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return Tr::tr("Stage");
    case ProbabilityColumn: return Tr::tr("Probability");
    case RottingColumn: return Tr::tr("Rots after");
    case GateColumn: return Tr::tr("Required to enter");
    case DealsColumn: return Tr::tr("Deals");
    default: return {};
    }
}

Qt::ItemFlags StageTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == NameColumn || index.column() == ProbabilityColumn || index.column() == RottingColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool StageTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_workspace)
        return false;
    Stage s = m_pipeline.stages.at(index.row());
    switch (index.column()) {
    case NameColumn: {
        const QString name = value.toString().simplified();
        if (name == s.name)
            return true;
        return push(new RenameStage(m_workspace, s.id, name));
    }
    case ProbabilityColumn: {
        bool ok = false;
        const double percent = value.toDouble(&ok);
        if (!ok || percent < 0 || percent > 100) {
            m_error = Tr::tr("The probability of stage \"%1\" must lie between 0 % and 100 %.").arg(s.name);
            return false;
        }
        if (std::lround(s.probability * 100) == std::lround(percent))
            return true;
        s.probability = percent / 100.0;
        return push(new EditStage(m_workspace, s));
    }
    case RottingColumn: {
        bool ok = false;
        const int days = value.toInt(&ok);
        if (!ok || days < 0) {
            m_error = Tr::tr("The rotting period of stage \"%1\" cannot be negative; use 0 for none.").arg(s.name);
            return false;
        }
        if (days == s.rottingDays)
            return true;
        s.rottingDays = days;
        return push(new EditStage(m_workspace, s));
    }
    default:
        return false;
    }
}

bool StageTableModel::push(QUndoCommand *command)
{
    m_error.clear();
    if (!m_workspace || !m_workspace->isOpen()) {
        delete command;
        return false;
    }
    // A failed command only signals through the workspace (and drops itself).
    const auto watch = connect(m_workspace, &Workspace::errorOccurred, this, [this](const QString &message) { m_error = message; });
    m_workspace->undoStack()->push(command);
    disconnect(watch);
    return m_error.isEmpty();
}

bool StageTableModel::addStage(const QString &name, int position)
{
    m_added = 0;
    if (m_pipeline.id <= 0)
        return false;
    Stage s;
    s.pipelineId = m_pipeline.id;
    s.name = name.simplified();
    // A new stage starts where its neighbours are: the probability of the stage before it.
    const int before = position < 0 ? int(m_pipeline.stages.size()) - 1 : position - 1;
    if (before >= 0 && before < m_pipeline.stages.size())
        s.probability = m_pipeline.stages.at(before).probability;
    auto *command = new AddStage(m_workspace, s, position);
    QUndoStack *stack = m_workspace ? m_workspace->undoStack() : nullptr;
    const int index = stack ? stack->index() : 0;
    if (!push(command))
        return false;
    if (stack && stack->index() > index)
        m_added = static_cast<const AddStage *>(stack->command(stack->index() - 1))->stageId();
    return m_added > 0;
}

bool StageTableModel::moveStage(int row, int toRow)
{
    if (row < 0 || row >= rowCount() || toRow < 0 || toRow >= rowCount() || row == toRow)
        return false;
    return push(new MoveStage(m_workspace, stageAt(row).id, toRow));
}

bool StageTableModel::removeStage(int row, qint64 targetStageId)
{
    if (row < 0 || row >= rowCount())
        return false;
    return push(new RemoveStage(m_workspace, stageAt(row).id, targetStageId));
}

bool StageTableModel::setRequiredFields(int row, const QStringList &keys)
{
    if (row < 0 || row >= rowCount())
        return false;
    Stage s = stageAt(row);
    if (s.requiredFields == keys)
        return true;
    s.requiredFields = keys;
    return push(new EditStage(m_workspace, s));
}

} // namespace Kempt
