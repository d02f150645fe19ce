#include "itemmodels/importduplicatemodel.h"

#include <QLocale>

namespace Kempt {

ImportDuplicateModel::ImportDuplicateModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportDuplicateModel::setGroups(const QList<ImportDuplicateGroup> &groups)
{
    beginResetModel();
    m_groups = groups;
    for (ImportDuplicateGroup &g : m_groups)
        g.action = m_default.value_or(recommended(g));
    m_decided = QList<bool>(m_groups.size(), false);
    endResetModel();
    Q_EMIT actionsChanged();
}

ImportDuplicateGroup ImportDuplicateModel::groupAt(int row) const
{
    return row >= 0 && row < m_groups.size() ? m_groups.at(row) : ImportDuplicateGroup();
}

DuplicateAction ImportDuplicateModel::recommended(const ImportDuplicateGroup &group)
{
    return group.band == MatchBand::Sure ? DuplicateAction::Update : DuplicateAction::Create;
}

void ImportDuplicateModel::setDefaultAction(std::optional<DuplicateAction> action)
{
    m_default = action;
    for (int i = 0; i < m_groups.size(); ++i)
        if (!m_decided.at(i))
            m_groups[i].action = action.value_or(recommended(m_groups.at(i)));
    if (!m_groups.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT actionsChanged();
}

bool ImportDuplicateModel::setAction(int row, DuplicateAction action)
{
    if (row < 0 || row >= m_groups.size())
        return false;
    m_groups[row].action = action;
    m_decided[row] = true;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT actionsChanged();
    return true;
}

int ImportDuplicateModel::groupsWith(DuplicateAction action) const
{
    return int(std::count_if(m_groups.cbegin(), m_groups.cend(), [action](const ImportDuplicateGroup &g) { return g.action == action; }));
}

int ImportDuplicateModel::groupsMatchingWorkspace() const
{
    return int(std::count_if(m_groups.cbegin(), m_groups.cend(), [](const ImportDuplicateGroup &g) { return g.matchesWorkspace(); }));
}

QString ImportDuplicateModel::actionMeaning(const ImportDuplicateGroup &g, DuplicateAction action)
{
    const bool existing = g.matchesWorkspace();
    const QString who = g.contactNames.value(0);
    switch (action) {
    case DuplicateAction::Create:
        return tr("Every row becomes a contact of its own.");
    case DuplicateAction::Skip:
        return existing ? tr("No row is imported; %1 stays as it is.").arg(who)
                        : tr("The first row is imported, the others are not.");
    case DuplicateAction::Update:
        return existing ? tr("The rows fill the empty fields of %1 and add the e-mail addresses, phone numbers and tags it lacks.").arg(who)
                        : tr("The first row is imported; the others fill its empty fields.");
    case DuplicateAction::Overwrite:
        return existing ? tr("The file's values replace those of %1; nothing is emptied or dropped.").arg(who)
                        : tr("The first row is imported; later rows replace its values.");
    case DuplicateAction::Merge:
        return existing ? tr("The rows are imported and merged into %1, with a merge history that can be unmerged.").arg(who)
                        : tr("The rows are imported and merged into one contact.");
    }
    return QString();
}

QString ImportDuplicateModel::rowsText(const ImportDuplicateGroup &g) const
{
    QStringList parts;
    for (int i = 0; i < g.rows.size(); ++i)
        parts << tr("Row %1: %2").arg(g.rows.at(i)).arg(g.rowNames.value(i));
    return parts.join(QStringLiteral("; "));
}

QString ImportDuplicateModel::contactText(const ImportDuplicateGroup &g) const
{
    if (!g.matchesWorkspace())
        return tr("Only in the file");
    if (g.contactIds.size() == 1)
        return g.contactNames.value(0);
    return tr("%1 and %Ln more", nullptr, int(g.contactIds.size() - 1)).arg(g.contactNames.value(0));
}

QString ImportDuplicateModel::matchText(const ImportDuplicateGroup &g) const
{
    const QString percent = QLocale().toString(qRound(g.probability * 100));
    return g.band == MatchBand::Sure ? tr("Sure · %1 %").arg(percent) : tr("Possible · %1 %").arg(percent);
}

int ImportDuplicateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int ImportDuplicateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportDuplicateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportDuplicateGroup &g = m_groups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RowsColumn: return rowsText(g);
        case ContactColumn: return role == Qt::ToolTipRole ? QLocale().createSeparatedList(g.contactNames) : contactText(g);
        case MatchColumn: return matchText(g);
        case ActionColumn: return role == Qt::ToolTipRole ? actionMeaning(g, g.action) : DuplicateActions::label(g.action);
        }
        return {};
    case Qt::EditRole:
        return index.column() == ActionColumn ? QVariant(int(g.action)) : QVariant();
    case ActionRole:
        return int(g.action);
    case BandRole:
        return int(g.band);
    case ProbabilityRole:
        return g.probability;
    case MatchesWorkspaceRole:
        return g.matchesWorkspace();
    case DecidedRole:
        return m_decided.at(index.row());
    default:
        return {};
    }
}

bool ImportDuplicateModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || index.column() != ActionColumn
        || (role != Qt::EditRole && role != ActionRole))
        return false;
    bool ok = false;
    const int action = value.toInt(&ok);
    if (!ok || !DuplicateActions::all().contains(DuplicateAction(action)))
        return false;
    return setAction(index.row(), DuplicateAction(action));
}

QVariant ImportDuplicateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowsColumn: return tr("Rows of the file");
    case ContactColumn: return tr("Existing contact");
    case MatchColumn: return tr("Match");
    case ActionColumn: return tr("Import does");
    }
    return {};
}

Qt::ItemFlags ImportDuplicateModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ActionColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QHash<int, QByteArray> ImportDuplicateModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ActionRole, "action");
    names.insert(BandRole, "band");
    names.insert(ProbabilityRole, "probability");
    names.insert(MatchesWorkspaceRole, "matchesWorkspace");
    names.insert(DecidedRole, "decided");
    return names;
}

} // namespace Kempt
