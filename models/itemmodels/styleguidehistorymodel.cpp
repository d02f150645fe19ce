#include "itemmodels/styleguidehistorymodel.h"
#include "core/timestamps.h"
#include "storage/workspace.h"

#include <QLocale>

namespace Kempt {

StyleGuideHistoryModel::StyleGuideHistoryModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    if (m_workspace) {
        connect(m_workspace, &Workspace::changed, this, [this](const ChangeSet &changes) {
            if (changes.touches(QStringLiteral("style_guides")))
                refresh();
        });
        connect(m_workspace, &Workspace::opened, this, &StyleGuideHistoryModel::refresh);
        connect(m_workspace, &Workspace::closed, this, &StyleGuideHistoryModel::refresh);
    }
    refresh();
}

void StyleGuideHistoryModel::refresh()
{
    beginResetModel();
    m_versions = m_workspace && m_workspace->isOpen() ? StyleGuideStore(m_workspace->db()).history()
                                                      : QList<StyleGuideVersion>();
    endResetModel();
}

StyleGuideVersion StyleGuideHistoryModel::versionAt(int row) const
{
    return row >= 0 && row < m_versions.size() ? m_versions.at(row) : StyleGuideVersion();
}

int StyleGuideHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int StyleGuideHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StyleGuideHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StyleGuideVersion &v = m_versions.at(index.row());
    if (role == VersionRole)
        return v.version;
    if (role == CreatedAtRole)
        return v.createdAt;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case VersionColumn: return QLocale().toString(v.version);
    case AuthorColumn: return v.author.isEmpty() ? tr("unknown") : v.author;
    case WhenColumn: {
        const QDateTime at = fromIso(v.createdAt);
        return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : v.createdAt;
    }
    case CommentColumn: return v.comment;
    default: return {};
    }
}

QVariant StyleGuideHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VersionColumn: return tr("Version");
    case AuthorColumn: return tr("Saved by");
    case WhenColumn: return tr("When");
    case CommentColumn: return tr("Comment");
    default: return {};
    }
}

QHash<int, QByteArray> StyleGuideHistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(VersionRole, "version");
    names.insert(CreatedAtRole, "createdAt");
    return names;
}

} // namespace Kempt
