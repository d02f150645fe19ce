#include "itemmodels/duplicategroupmodel.h"

#include "storage/workspace.h"

#include <QLocale>
#include <QUndoStack>

namespace Kempt {

namespace {
constexpr int NamesInTitle = 2;
}

DuplicateGroupModel::DuplicateGroupModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    if (!workspace)
        return;
    connect(workspace, &Workspace::changed, this, &DuplicateGroupModel::changedOutside);
    connect(workspace, &Workspace::opened, this, &DuplicateGroupModel::changedOutside);
    connect(workspace, &Workspace::closed, this, &DuplicateGroupModel::changedOutside);
    // Undo and redo of decisions that write no journaled table announce no change.
    connect(workspace->undoStack(), &QUndoStack::indexChanged, this, &DuplicateGroupModel::changedOutside);
    if (workspace->isOpen())
        reload();
}

void DuplicateGroupModel::changedOutside()
{
    if (!m_live) {
        m_stale = true;
        return;
    }
    const Result r = reload();
    if (!r)
        Q_EMIT errorOccurred(r.message());
}

void DuplicateGroupModel::setLive(bool live)
{
    m_live = live;
    if (live && m_stale)
        changedOutside();
}

Result DuplicateGroupModel::reload()
{
    m_stale = false;
    DuplicateGroupStore::Scan scan;
    QList<DuplicateGroupStore::Group> groups;
    Result r;
    if (m_workspace && m_workspace->isOpen()) {
        DuplicateGroupStore store(m_workspace->db());
        r = store.refresh();
        if (r) {
            scan = store.lastScan();
            r = store.list(&groups);
        }
    }
    beginResetModel();
    m_scan = scan;
    m_groups = groups;
    endResetModel();
    Q_EMIT reloaded();
    return r;
}

DuplicateGroupStore::Group DuplicateGroupModel::groupAt(int row) const
{
    return row >= 0 && row < m_groups.size() ? m_groups.at(row) : DuplicateGroupStore::Group();
}

int DuplicateGroupModel::rowOfGroup(qint64 groupId) const
{
    for (int i = 0; i < m_groups.size(); ++i)
        if (m_groups.at(i).id == groupId)
            return i;
    return -1;
}

QString DuplicateGroupModel::title(const DuplicateGroupStore::Group &group)
{
    QStringList names;
    for (int i = 0; i < group.names.size(); ++i)
        names << (group.names.at(i).isEmpty() ? tr("Contact %1").arg(group.contactIds.value(i)) : group.names.at(i));
    if (names.size() <= NamesInTitle + 1)
        return QLocale().createSeparatedList(names);
    return tr("%1 and %Ln more", nullptr, int(names.size()) - NamesInTitle)
        .arg(names.mid(0, NamesInTitle).join(tr(", ", "between names")));
}

QString DuplicateGroupModel::bandLabel(MatchBand band)
{
    switch (band) {
    case MatchBand::Sure: return tr("Sure");
    case MatchBand::Possible: return tr("Possible");
    case MatchBand::None: break;
    }
    return tr("No match");
}

int DuplicateGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int DuplicateGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DuplicateGroupModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DuplicateGroupStore::Group &g = m_groups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RecordsColumn: return title(g);
        case BandColumn: return bandLabel(g.band);
        case ScoreColumn: return QLocale().toString(g.score, 'f', 1);
        case SizeColumn: return QLocale().toString(g.size());
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = g.names.join(QLatin1Char('\n'));
        if (g.skipped)
            tip += QLatin1Char('\n') + tr("Skipped: listed after the groups not looked at yet.");
        return tip;
    }
    case Qt::TextAlignmentRole:
        return index.column() == ScoreColumn || index.column() == SizeColumn ? QVariant(int(Qt::AlignTrailing | Qt::AlignVCenter))
                                                                             : QVariant(int(Qt::AlignLeading | Qt::AlignVCenter));
    case Qt::AccessibleTextRole:
        return tr("%1, %2 match, score %3, %Ln records", nullptr, g.size())
            .arg(title(g), bandLabel(g.band), QLocale().toString(g.score, 'f', 1));
    case GroupIdRole: return g.id;
    case BandRole: return int(g.band);
    case ScoreRole: return g.score;
    case SizeRole: return g.size();
    case SkippedRole: return g.skipped;
    case ContactIdsRole: {
        QVariantList ids;
        for (qint64 id : g.contactIds)
            ids << id;
        return ids;
    }
    case NamesRole: return g.names;
    default: return {};
    }
}

QVariant DuplicateGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case RecordsColumn: return tr("Records");
        case BandColumn: return tr("Match");
        case ScoreColumn: return tr("Score");
        case SizeColumn: return tr("Size");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case BandColumn: return tr("Sure: the records agree so much that they are almost certainly one person.\n"
                                   "Possible: they may be one person; have a look before merging.");
        case ScoreColumn: return tr("Match weight in bits of the weakest link in the group: every bit doubles the odds that the records are one person.");
        case SizeColumn: return tr("Records in the group");
        }
    }
    if (role == Qt::TextAlignmentRole)
        return section == ScoreColumn || section == SizeColumn ? int(Qt::AlignTrailing | Qt::AlignVCenter)
                                                               : int(Qt::AlignLeading | Qt::AlignVCenter);
    return {};
}

Qt::ItemFlags DuplicateGroupModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace Kempt
