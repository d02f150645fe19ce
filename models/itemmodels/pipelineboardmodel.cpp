#include "itemmodels/pipelineboardmodel.h"
#include "commands/losedeal.h"
#include "commands/movedeal.h"
#include "commands/windeal.h"
#include "domain/lostreasons.h"
#include "domain/money.h"
#include "itemmodels/boardcardreader.h"
#include "itemmodels/dealmimedata.h"
#include "storage/workspace.h"
#include "stores/dealstore.h"
#include "stores/pipelinestore.h"

#include <QLocale>
#include <QCoreApplication>
#include <QMimeData>
#include <QSqlQuery>
#include <QUndoStack>
#include <algorithm>
#include <cmath>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PipelineBoardModel)
};

// Beyond this many touched deals one reload is cheaper than moving rows one by one.
constexpr int kMaxIncremental = 2000;

} // namespace

PipelineBoardModel::PipelineBoardModel(Workspace *workspace, QObject *parent)
    : QAbstractItemModel(parent)
    , m_workspace(workspace)
{
    if (m_workspace) {
        connect(m_workspace, &Workspace::changed, this, &PipelineBoardModel::onChanged);
        connect(m_workspace, &Workspace::opened, this, &PipelineBoardModel::reload);
        connect(m_workspace, &Workspace::closed, this, &PipelineBoardModel::reload);
    }
    load();
}

PipelineBoardModel::~PipelineBoardModel() = default;

QList<Pipeline> PipelineBoardModel::pipelines() const
{
    if (!m_workspace || !m_workspace->isOpen())
        return {};
    return PipelineStore(m_workspace->db()).pipelines();
}

void PipelineBoardModel::setPipeline(qint64 pipelineId)
{
    if (pipelineId == m_wantedPipeline && pipelineId == m_pipeline.id)
        return;
    m_wantedPipeline = pipelineId;
    reload();
}

void PipelineBoardModel::setFilter(const BoardFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void PipelineBoardModel::setOwnerFilter(const QString &owner)
{
    BoardFilter f = m_filter;
    f.owner = owner;
    setFilter(f);
}

void PipelineBoardModel::setTextFilter(const QString &text)
{
    BoardFilter f = m_filter;
    f.text = text;
    setFilter(f);
}

void PipelineBoardModel::setCloseDateRange(const QDate &from, const QDate &to)
{
    BoardFilter f = m_filter;
    f.closeFrom = from;
    f.closeTo = to;
    setFilter(f);
}

void PipelineBoardModel::reload()
{
    beginResetModel();
    load();
    endResetModel();
}

void PipelineBoardModel::load()
{
    m_columns.clear();
    m_cards.clear();
    m_reader.reset();
    m_pipeline = Pipeline();
    m_won = ColumnTotals();
    m_lost = ColumnTotals();
    if (!m_workspace || !m_workspace->isOpen())
        return;
    QSqlDatabase db = m_workspace->db();
    PipelineStore store(db);
    std::optional<Pipeline> p = m_wantedPipeline > 0 ? store.load(m_wantedPipeline) : std::nullopt;
    if (!p) {
        const QList<Pipeline> all = store.pipelines();
        if (all.isEmpty())
            return;
        p = all.first();
    }
    m_pipeline = *p;
    m_currency = DealStore(db).mainCurrency();
    m_reader = std::make_unique<BoardCardReader>(db, m_pipeline, m_filter);
    for (const Stage &s : std::as_const(m_pipeline.stages))
        m_columns << Column{s, m_reader->gateMask(s), {}, {}};
    QList<DealCard> cards;
    const Result r = m_reader->read(&cards);
    if (!r)
        qWarning("PipelineBoardModel: %s", qPrintable(r.message()));
    for (const DealCard &c : std::as_const(cards)) {
        const int column = columnOfStage(c.stageId);
        if (column < 0)
            continue;
        m_columns[column].ids << c.id;
        m_cards.insert(c.id, c);
    }
    for (int i = 0; i < m_columns.size(); ++i)
        recount(i);
    recountClosed();
}

int PipelineBoardModel::columnOfStage(qint64 stageId) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).stage.id == stageId)
            return i;
    return -1;
}

void PipelineBoardModel::recount(int column)
{
    ColumnTotals t;
    for (qint64 id : std::as_const(m_columns.at(column).ids)) {
        const DealCard &c = m_cards[id];
        ++t.count;
        if (c.currency != m_currency) {
            ++t.otherCurrency;
            continue;
        }
        t.totalMinor += c.valueMinor;
        t.weightedMinor += double(c.valueMinor) * c.probability;
    }
    m_columns[column].totals = t;
}

void PipelineBoardModel::recountClosed()
{
    if (!m_reader)
        return;
    const Result r = m_reader->readClosed(m_currency, &m_won, &m_lost);
    if (!r)
        qWarning("PipelineBoardModel: %s", qPrintable(r.message()));
}

// ---- changes ----------------------------------------------------------------------

void PipelineBoardModel::onChanged(const ChangeSet &changes)
{
    if (!m_workspace || !m_workspace->isOpen())
        return;
    if (!m_reader) {
        // No pipeline shown yet: the first deal or pipeline brings the board to life.
        if (changes.touchesAny({QStringLiteral("pipelines"), QStringLiteral("stages")}))
            reload();
        return;
    }
    // The board's shape (stages, gates, style-guide checks) or the names on many cards.
    if (changes.touchesAny({QStringLiteral("pipelines"), QStringLiteral("stages"), QStringLiteral("custom_fields"),
                            QStringLiteral("style_guides")}))
        return reload();
    if (changes.touchesAny({QStringLiteral("companies"), QStringLiteral("users")})) {
        // New companies and owners (made by a deal edit) change no card already shown;
        // a renamed or removed one may.
        QSqlQuery q(m_workspace->db());
        q.prepare(QStringLiteral("SELECT 1 FROM change_log INDEXED BY change_log_batch WHERE batch_id = ? AND table_name IN ('companies', 'users') "
                                 "AND action <> 'insert' LIMIT 1"));
        q.addBindValue(changes.batchId);
        if (!q.exec() || q.next())
            return reload();
    }
    if (changes.touches(QStringLiteral("custom_values")) && !m_reader->gateKeys().isEmpty())
        return reload();
    if (!changes.touchesAny({QStringLiteral("deals"), QStringLiteral("deal_stage_history")}))
        return;
    const QList<qint64> ids = DealStore(m_workspace->db()).touchedBy(changes.batchId);
    if (ids.size() > kMaxIncremental)
        return reload();
    refreshDeals(ids);
}

int PipelineBoardModel::insertionRow(int column, const DealCard &card) const
{
    const QList<qint64> &ids = m_columns.at(column).ids;
    const auto it = std::lower_bound(ids.cbegin(), ids.cend(), card,
                                     [this](qint64 id, const DealCard &c) { return m_cards.value(id).before(c); });
    return int(it - ids.cbegin());
}

void PipelineBoardModel::refreshDeals(const QList<qint64> &ids)
{
    if (!m_reader || m_columns.isEmpty())
        return;
    QList<DealCard> fresh;
    const Result r = m_reader->read(&fresh, &ids);
    if (!r) {
        qWarning("PipelineBoardModel: %s", qPrintable(r.message()));
        return reload();
    }
    QHash<qint64, DealCard> found;
    for (const DealCard &c : std::as_const(fresh))
        found.insert(c.id, c);
    QList<int> touched;
    for (qint64 id : ids) {
        const int oldColumn = m_cards.contains(id) ? columnOfStage(m_cards.value(id).stageId) : -1;
        const int oldRow = oldColumn >= 0 ? int(m_columns.at(oldColumn).ids.indexOf(id)) : -1;
        const int newColumn = found.contains(id) ? columnOfStage(found.value(id).stageId) : -1;
        if (oldColumn >= 0 && !touched.contains(oldColumn))
            touched << oldColumn;
        if (newColumn >= 0 && !touched.contains(newColumn))
            touched << newColumn;
        if (newColumn < 0) {
            if (oldColumn < 0)
                continue;
            beginRemoveRows(index(oldColumn, 0), oldRow, oldRow);
            m_columns[oldColumn].ids.removeAt(oldRow);
            m_cards.remove(id);
            endRemoveRows();
            continue;
        }
        const DealCard card = found.value(id);
        if (oldColumn < 0) {
            const int row = insertionRow(newColumn, card);
            beginInsertRows(index(newColumn, 0), row, row);
            m_cards.insert(id, card);
            m_columns[newColumn].ids.insert(row, id);
            endInsertRows();
            continue;
        }
        // Where the card lands once it has left its old place.
        m_columns[oldColumn].ids.removeAt(oldRow);
        const int row = insertionRow(newColumn, card);
        m_columns[oldColumn].ids.insert(oldRow, id);
        if (oldColumn == newColumn && row == oldRow) {
            m_cards.insert(id, card);
            const QModelIndex i = index(oldRow, 0, index(oldColumn, 0));
            Q_EMIT dataChanged(i, i);
            continue;
        }
        const int destination = oldColumn == newColumn && row > oldRow ? row + 1 : row;
        beginMoveRows(index(oldColumn, 0), oldRow, oldRow, index(newColumn, 0), destination);
        m_columns[oldColumn].ids.removeAt(oldRow);
        m_cards.insert(id, card);
        m_columns[newColumn].ids.insert(row, id);
        endMoveRows();
    }
    for (int column : std::as_const(touched)) {
        recount(column);
        const QModelIndex i = index(column, 0);
        Q_EMIT dataChanged(i, i);
    }
    recountClosed();
    Q_EMIT dataChanged(wonIndex(), lostIndex());
}

// ---- structure ----------------------------------------------------------------------

QModelIndex PipelineBoardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < rowCount() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_columns.size() || row >= m_columns.at(parent.row()).ids.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex PipelineBoardModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int PipelineBoardModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_columns.isEmpty() ? 0 : int(m_columns.size()) + 2;
    if (parent.column() != 0 || parent.internalId() != 0 || parent.row() >= m_columns.size())
        return 0;
    return int(m_columns.at(parent.row()).ids.size());
}

int PipelineBoardModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return 1;
}

bool PipelineBoardModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

PipelineBoardModel::RowKind PipelineBoardModel::kindOf(const QModelIndex &index) const
{
    if (index.isValid() && index.internalId() != 0)
        return RowKind::Deal;
    if (index.isValid() && index.row() == m_columns.size())
        return RowKind::Won;
    if (index.isValid() && index.row() == m_columns.size() + 1)
        return RowKind::Lost;
    return RowKind::Stage;
}

const DealCard *PipelineBoardModel::card(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const int column = int(index.internalId() - 1);
    if (column >= m_columns.size() || index.row() >= m_columns.at(column).ids.size())
        return nullptr;
    const auto it = m_cards.constFind(m_columns.at(column).ids.at(index.row()));
    return it == m_cards.cend() ? nullptr : &it.value();
}

QModelIndex PipelineBoardModel::stageIndex(qint64 stageId) const
{
    const int column = columnOfStage(stageId);
    return column < 0 ? QModelIndex() : index(column, 0);
}

QModelIndex PipelineBoardModel::wonIndex() const
{
    return m_columns.isEmpty() ? QModelIndex() : index(int(m_columns.size()), 0);
}

QModelIndex PipelineBoardModel::lostIndex() const
{
    return m_columns.isEmpty() ? QModelIndex() : index(int(m_columns.size()) + 1, 0);
}

QModelIndex PipelineBoardModel::dealIndex(qint64 dealId) const
{
    const auto it = m_cards.constFind(dealId);
    if (it == m_cards.cend())
        return {};
    const int column = columnOfStage(it->stageId);
    return column < 0 ? QModelIndex() : index(int(m_columns.at(column).ids.indexOf(dealId)), 0, index(column, 0));
}

QList<qint64> PipelineBoardModel::dealIds(qint64 stageId) const
{
    const int column = columnOfStage(stageId);
    return column < 0 ? QList<qint64>() : m_columns.at(column).ids;
}

// ---- data ----------------------------------------------------------------------------

QVariant PipelineBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RowKind kind = kindOf(index);
    if (role == KindRole)
        return int(kind);
    if (kind == RowKind::Deal) {
        const DealCard *c = card(index);
        if (!c)
            return {};
        switch (role) {
        case Qt::DisplayRole:
        case TitleRole: return c->title;
        case Qt::ToolTipRole: {
            QStringList lines{c->title};
            if (!c->company.isEmpty())
                lines << c->company;
            lines << Money::format(c->valueMinor, c->currency);
            if (c->rotting)
                lines << Tr::tr("No progress for %Ln day(s)", nullptr, c->daysInStage);
            if (!c->qualityMissing.isEmpty())
                lines << Tr::tr("Missing: %1").arg(QLocale().createSeparatedList(c->qualityMissing));
            return lines.join(QLatin1Char('\n'));
        }
        case IdRole: return c->id;
        case StageIdRole: return c->stageId;
        case CompanyRole: return c->company;
        case ValueRole: return c->valueMinor;
        case CurrencyRole: return c->currency;
        case FormattedValueRole: return Money::format(c->valueMinor, c->currency);
        case OwnerRole: return c->owner;
        case ExpectedCloseRole: return c->expectedClose;
        case ProbabilityRole: return c->probability;
        case DaysInStageRole: return c->daysInStage;
        case RottingRole: return c->rotting;
        case QualityBadgeRole: return c->qualityMissing;
        default: return {};
        }
    }
    const ColumnTotals &t = kind == RowKind::Won ? m_won : kind == RowKind::Lost ? m_lost : m_columns.at(index.row()).totals;
    switch (role) {
    case Qt::DisplayRole:
        return kind == RowKind::Won ? Tr::tr("Won") : kind == RowKind::Lost ? Tr::tr("Lost") : m_columns.at(index.row()).stage.name;
    case IdRole: return kind == RowKind::Stage ? m_columns.at(index.row()).stage.id : qint64(0);
    case CountRole: return t.count;
    case TotalValueRole: return t.totalMinor;
    case WeightedValueRole: return qint64(std::llround(t.weightedMinor));
    case OtherCurrencyRole: return t.otherCurrency;
    case CurrencyRole: return m_currency;
    default: break;
    }
    if (kind != RowKind::Stage)
        return {};
    const Stage &s = m_columns.at(index.row()).stage;
    switch (role) {
    case StageProbabilityRole: return s.probability;
    case RottingDaysRole: return s.rottingDays;
    case RequiredFieldsRole: return s.requiredFields;
    default: return {};
    }
}

Qt::ItemFlags PipelineBoardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (kindOf(index) == RowKind::Deal)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
}

QHash<int, QByteArray> PipelineBoardModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(IdRole, "id");
    names.insert(CountRole, "count");
    names.insert(TotalValueRole, "totalValue");
    names.insert(WeightedValueRole, "weightedValue");
    names.insert(OtherCurrencyRole, "otherCurrency");
    names.insert(StageProbabilityRole, "stageProbability");
    names.insert(RottingDaysRole, "rottingDays");
    names.insert(RequiredFieldsRole, "requiredFields");
    names.insert(TitleRole, "title");
    names.insert(CompanyRole, "company");
    names.insert(ValueRole, "value");
    names.insert(CurrencyRole, "currency");
    names.insert(FormattedValueRole, "formattedValue");
    names.insert(OwnerRole, "owner");
    names.insert(ExpectedCloseRole, "expectedClose");
    names.insert(ProbabilityRole, "probability");
    names.insert(DaysInStageRole, "daysInStage");
    names.insert(RottingRole, "rotting");
    names.insert(QualityBadgeRole, "qualityBadge");
    names.insert(StageIdRole, "stageId");
    return names;
}

// ---- moving ----------------------------------------------------------------------------

bool PipelineBoardModel::push(BatchCommand *command)
{
    // A failed command only signals through the workspace (and drops itself).
    QString failure;
    const auto watch = connect(m_workspace, &Workspace::errorOccurred, this,
                               [&failure](const QString &message) { failure = message; });
    m_workspace->undoStack()->push(command);
    disconnect(watch);
    if (!failure.isEmpty())
        return refuse(failure);
    return true;
}

bool PipelineBoardModel::refuse(const QString &message)
{
    m_refusal = message;
    Q_EMIT moveRefused(message);
    return false;
}

bool PipelineBoardModel::gateAllows(const QList<qint64> &ids, int column) const
{
    const Column &target = m_columns.at(column);
    if (target.stage.requiredFields.isEmpty())
        return true;
    bool allKnown = true;
    for (qint64 id : ids) {
        const auto it = m_cards.constFind(id);
        if (it == m_cards.cend()) {
            allKnown = false;
            continue;
        }
        if (it->stageId != target.stage.id && (it->gateMissing & target.gateMask))
            return false;
    }
    if (allKnown)
        return true;
    // Deals not on the board (another filter, another window): ask the store.
    return DealStore(m_workspace->db()).checkMove(ids, target.stage.id).ok();
}

bool PipelineBoardModel::moveDeal(qint64 dealId, int stageSteps)
{
    m_refusal.clear();
    const auto it = m_cards.constFind(dealId);
    if (!m_workspace || it == m_cards.cend())
        return false;
    const int target = columnOfStage(it->stageId) + stageSteps;
    if (stageSteps == 0 || target < 0 || target >= m_columns.size())
        return false;
    if (!gateAllows({dealId}, target))
        return refuse(DealStore(m_workspace->db()).checkMove({dealId}, m_columns.at(target).stage.id).message());
    return push(new MoveDeal(m_workspace, {dealId}, m_columns.at(target).stage.id));
}

bool PipelineBoardModel::reorderDeal(qint64 dealId, int steps)
{
    m_refusal.clear();
    const auto it = m_cards.constFind(dealId);
    if (!m_workspace || it == m_cards.cend() || steps == 0)
        return false;
    const int column = columnOfStage(it->stageId);
    QList<qint64> ids = m_columns.at(column).ids;
    const int from = int(ids.indexOf(dealId));
    const int to = qBound(0, from + steps, int(ids.size()) - 1);
    if (to == from)
        return false;
    ids.removeAt(from);
    const qint64 before = to < ids.size() ? ids.at(to) : 0;
    return push(new MoveDeal(m_workspace, {dealId}, it->stageId, before));
}

bool PipelineBoardModel::winDeals(const QList<qint64> &dealIds)
{
    m_refusal.clear();
    return m_workspace && !dealIds.isEmpty() && push(new WinDeal(m_workspace, dealIds));
}

bool PipelineBoardModel::loseDeals(const QList<qint64> &dealIds, const QString &reason)
{
    m_refusal.clear();
    return m_workspace && !dealIds.isEmpty() && push(new LoseDeal(m_workspace, dealIds, reason));
}

QStringList PipelineBoardModel::lostReasons() const
{
    return m_workspace && m_workspace->isOpen() ? LostReasons::of(m_workspace->db()) : LostReasons::defaults();
}

// ---- drag and drop -----------------------------------------------------------------------

QStringList PipelineBoardModel::mimeTypes() const
{
    return {DealMimeData::mimeType()};
}

Qt::DropActions PipelineBoardModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions PipelineBoardModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QMimeData *PipelineBoardModel::mimeData(const QModelIndexList &indexes) const
{
    QModelIndexList cards;
    for (const QModelIndex &i : indexes)
        if (kindOf(i) == RowKind::Deal && card(i))
            cards << i;
    if (cards.isEmpty() || !m_workspace)
        return nullptr;
    // Board order, whatever order the selection was made in.
    std::sort(cards.begin(), cards.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.internalId() != b.internalId() ? a.internalId() < b.internalId() : a.row() < b.row();
    });
    QList<qint64> ids;
    for (const QModelIndex &i : std::as_const(cards))
        if (!ids.contains(card(i)->id))
            ids << card(i)->id;
    return DealMimeData::encode(m_workspace->path(), ids);
}

bool PipelineBoardModel::dropTarget(int row, const QModelIndex &parent, const QList<qint64> &moving, int *column,
                                    qint64 *beforeId) const
{
    *beforeId = 0;
    if (!parent.isValid() || parent.model() != this)
        return false;
    int start = row;
    if (kindOf(parent) == RowKind::Deal) {
        // Dropped onto a card: in front of it.
        *column = int(parent.internalId() - 1);
        start = parent.row();
    } else {
        *column = parent.row();
    }
    if (*column >= m_columns.size()) {
        *column = -1; // a zone
        return true;
    }
    const QList<qint64> &ids = m_columns.at(*column).ids;
    if (start < 0)
        start = int(ids.size());
    for (int i = start; i < ids.size(); ++i)
        if (!moving.contains(ids.at(i))) {
            *beforeId = ids.at(i);
            break;
        }
    return true;
}

bool PipelineBoardModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                         const QModelIndex &parent) const
{
    Q_UNUSED(column)
    m_refusal.clear();
    QString path;
    QList<qint64> ids;
    if (action != Qt::MoveAction || !m_workspace || !DealMimeData::decode(data, &path, &ids))
        return false;
    if (path != m_workspace->path()) {
        m_refusal = Tr::tr("These deals belong to another workspace. Open that workspace to move them.");
        return false;
    }
    int target = -1;
    qint64 before = 0;
    if (!dropTarget(row, parent, ids, &target, &before))
        return false;
    if (target < 0)
        return true;
    if (gateAllows(ids, target))
        return true;
    m_refusal = DealStore(m_workspace->db()).checkMove(ids, m_columns.at(target).stage.id).message();
    return false;
}

bool PipelineBoardModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                      const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent)) {
        if (!m_refusal.isEmpty())
            Q_EMIT moveRefused(m_refusal);
        return false;
    }
    QString path;
    QList<qint64> ids;
    DealMimeData::decode(data, &path, &ids);
    int target = -1;
    qint64 before = 0;
    dropTarget(row, parent, ids, &target, &before);
    if (target >= 0)
        return push(new MoveDeal(m_workspace, ids, m_columns.at(target).stage.id, before));
    if (kindOf(parent) == RowKind::Won)
        return winDeals(ids);
    // Nothing is written until the user has said why.
    Q_EMIT lostReasonRequested(ids);
    return false;
}

} // namespace Kempt
