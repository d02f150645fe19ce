#include "itemmodels/savedviewlistmodel.h"
#include "storage/workspace.h"

namespace Kempt {

SavedViewListModel::SavedViewListModel(Workspace *workspace, Entity entity, QObject *parent)
    : QAbstractListModel(parent)
    , m_workspace(workspace)
    , m_entity(entity)
{
    if (m_workspace) {
        connect(m_workspace, &Workspace::changed, this, &SavedViewListModel::onChanged);
        connect(m_workspace, &Workspace::opened, this, &SavedViewListModel::reload);
        connect(m_workspace, &Workspace::closed, this, &SavedViewListModel::reload);
    }
    reload();
}

void SavedViewListModel::reload()
{
    beginResetModel();
    m_views = m_workspace && m_workspace->isOpen() ? SavedViewStore(m_workspace->db()).list(m_entity) : QList<SavedView>();
    endResetModel();
}

void SavedViewListModel::onChanged(const ChangeSet &changes)
{
    if (changes.touches(QStringLiteral("saved_views")))
        reload();
}

int SavedViewListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_views.size());
}

QVariant SavedViewListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const SavedView &v = m_views.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return v.name;
    case Qt::ToolTipRole:
        return v.filter.search.isEmpty() ? v.name : tr("%1 (search: %2)").arg(v.name, v.filter.search);
    case IdRole:
        return v.id;
    default:
        return {};
    }
}

SavedView SavedViewListModel::viewAt(int row) const
{
    return row >= 0 && row < m_views.size() ? m_views.at(row) : SavedView();
}

int SavedViewListModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_views.size(); ++i)
        if (m_views.at(i).id == id)
            return i;
    return -1;
}

int SavedViewListModel::rowOfName(const QString &name) const
{
    for (int i = 0; i < m_views.size(); ++i)
        if (m_views.at(i).name == name.trimmed())
            return i;
    return -1;
}

} // namespace Kempt
