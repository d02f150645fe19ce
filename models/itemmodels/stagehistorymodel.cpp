#include "itemmodels/stagehistorymodel.h"
#include "core/timestamps.h"
#include "storage/sqlerror.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StageHistoryModel)
};

int daysBetween(const QDateTime &from, const QDateTime &to)
{
    return from.isValid() ? int(qMax<qint64>(0, from.secsTo(to.isValid() ? to : QDateTime::currentDateTimeUtc()) / 86400)) : 0;
}

} // namespace

StageHistoryModel::StageHistoryModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    if (m_workspace) {
        connect(m_workspace, &Workspace::changed, this, &StageHistoryModel::onChanged);
        connect(m_workspace, &Workspace::closed, this, [this] { setDeal(0); });
    }
}

void StageHistoryModel::setDeal(qint64 dealId)
{
    beginResetModel();
    m_dealId = dealId;
    m_stays = load();
    endResetModel();
}

QList<StageHistoryModel::Stay> StageHistoryModel::load() const
{
    QList<Stay> stays;
    if (!m_workspace || !m_workspace->isOpen() || m_dealId <= 0)
        return stays;
    QSqlQuery q(m_workspace->db());
    q.setForwardOnly(true);
    const Result r = exec(q, QStringLiteral("SELECT h.stage_id, coalesce(s.name, ''), coalesce(p.name, ''), h.entered_at, h.left_at "
                                            "FROM deal_stage_history h LEFT JOIN stages s ON s.id = h.stage_id "
                                            "LEFT JOIN pipelines p ON p.id = s.pipeline_id "
                                            "WHERE h.deal_id = ? ORDER BY h.entered_at, h.id"),
                          {m_dealId});
    if (!r) {
        qWarning("StageHistoryModel: %s", qPrintable(r.message()));
        return stays;
    }
    while (q.next())
        stays.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), fromIso(q.value(3).toString()),
                      fromIso(q.value(4).toString())});
    return stays;
}

void StageHistoryModel::onChanged(const ChangeSet &changes)
{
    // Stage names show in the list, so a renamed stage counts too.
    if (m_dealId > 0 && changes.touchesAny({QStringLiteral("deal_stage_history"), QStringLiteral("stages"),
                                            QStringLiteral("pipelines"), QStringLiteral("deals")}))
        refresh();
}

void StageHistoryModel::refresh()
{
    const QList<Stay> fresh = load();
    bool sameRows = fresh.size() == m_stays.size();
    for (int i = 0; sameRows && i < fresh.size(); ++i)
        sameRows = fresh.at(i).stageId == m_stays.at(i).stageId && fresh.at(i).enteredAt == m_stays.at(i).enteredAt;
    if (!sameRows) {
        beginResetModel();
        m_stays = fresh;
        endResetModel();
        return;
    }
    m_stays = fresh;
    if (!m_stays.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_stays.size()) - 1, ColumnCount - 1));
}

int StageHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stays.size());
}

int StageHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StageHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Stay &s = m_stays.at(index.row());
    switch (role) {
    case StageIdRole: return s.stageId;
    case EnteredAtRole: return s.enteredAt;
    case LeftAtRole: return s.leftAt;
    case DaysRole: return daysBetween(s.enteredAt, s.leftAt);
    case Qt::TextAlignmentRole:
        return index.column() == DaysColumn ? QVariant(Qt::AlignTrailing | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == StageColumn && !s.pipeline.isEmpty() ? Tr::tr("%1 (pipeline %2)").arg(s.stage, s.pipeline) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case StageColumn: return s.stage.isEmpty() ? Tr::tr("(removed stage)") : s.stage;
    case EnteredColumn: return s.enteredAt.isValid() ? locale.toString(s.enteredAt.toLocalTime(), QLocale::ShortFormat) : QString();
    case LeftColumn: return s.leftAt.isValid() ? locale.toString(s.leftAt.toLocalTime(), QLocale::ShortFormat) : Tr::tr("still there");
    case DaysColumn: {
        const int days = daysBetween(s.enteredAt, s.leftAt);
        return days == 1 ? Tr::tr("1 day") : Tr::tr("%Ln days", nullptr, days);
    }
    default: return {};
    }
}

QVariant StageHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StageColumn: return Tr::tr("Stage");
    case EnteredColumn: return Tr::tr("Entered");
    case LeftColumn: return Tr::tr("Left");
    case DaysColumn: return Tr::tr("Time in stage");
    default: return {};
    }
}

} // namespace Kempt
