#include "itemmodels/taglistmodel.h"
#include "commands/renametag.h"
#include "storage/workspace.h"

#include <QColor>
#include <QUndoStack>

namespace Kempt {

TagListModel::TagListModel(Workspace *workspace, QObject *parent)
    : QAbstractListModel(parent)
    , m_workspace(workspace)
{
    if (m_workspace) {
        connect(m_workspace, &Workspace::changed, this, &TagListModel::onChanged);
        connect(m_workspace, &Workspace::opened, this, &TagListModel::refresh);
        connect(m_workspace, &Workspace::closed, this, &TagListModel::refresh);
    }
    refresh();
}

void TagListModel::onChanged(const ChangeSet &changes)
{
    // Contacts and companies count too: moving a record to the trash changes the usage.
    if (changes.touchesAny({QStringLiteral("tags"), QStringLiteral("contact_tags"), QStringLiteral("company_tags"),
                            QStringLiteral("contacts"), QStringLiteral("companies")}))
        refresh();
}

void TagListModel::refresh()
{
    const QList<TagUsage> fresh = m_workspace && m_workspace->isOpen() ? TagStore(m_workspace->db()).list()
                                                                       : QList<TagUsage>();
    bool sameRows = fresh.size() == m_tags.size();
    for (int i = 0; sameRows && i < fresh.size(); ++i)
        sameRows = fresh.at(i).id == m_tags.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_tags = fresh;
        endResetModel();
        return;
    }
    // The usual change is a count or a colour: keep views' selection and scroll position.
    for (int i = 0; i < fresh.size(); ++i) {
        const TagUsage &a = fresh.at(i);
        const TagUsage &b = m_tags.at(i);
        if (a.name != b.name || a.color != b.color || a.contacts != b.contacts || a.companies != b.companies) {
            m_tags[i] = a;
            Q_EMIT dataChanged(index(i), index(i));
        }
    }
}

int TagListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tags.size());
}

QVariant TagListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const TagUsage &t = m_tags.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(t.name, QLocale().toString(t.total()));
    case Qt::EditRole:
    case NameRole:
        return t.name;
    case Qt::ToolTipRole:
        return tr("%1: %Ln contacts", nullptr, int(t.contacts)).arg(t.name) + QLatin1Char('\n')
            + tr("%Ln companies", nullptr, int(t.companies));
    case Qt::DecorationRole:
        return t.color.isEmpty() ? QVariant() : QVariant(QColor(t.color));
    case IdRole:
        return t.id;
    case ColorRole:
        return t.color;
    case ContactCountRole:
        return t.contacts;
    case CompanyCountRole:
        return t.companies;
    default:
        return QVariant();
    }
}

bool TagListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_workspace
        || (role != Qt::EditRole && role != NameRole))
        return false;
    const qint64 id = m_tags.at(index.row()).id;
    const QString name = value.toString().trimmed();
    if (name == m_tags.at(index.row()).name)
        return false;
    // A refused rename is reported through Workspace::errorOccurred by the command.
    m_workspace->undoStack()->push(new RenameTag(m_workspace, id, name));
    return TagStore(m_workspace->db()).find(id).name == name;
}

Qt::ItemFlags TagListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> TagListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "tagId");
    names.insert(NameRole, "name");
    names.insert(ColorRole, "color");
    names.insert(ContactCountRole, "contacts");
    names.insert(CompanyCountRole, "companies");
    return names;
}

TagUsage TagListModel::tagAt(int row) const
{
    return row >= 0 && row < m_tags.size() ? m_tags.at(row) : TagUsage();
}

int TagListModel::rowOfId(qint64 tagId) const
{
    for (int i = 0; i < m_tags.size(); ++i)
        if (m_tags.at(i).id == tagId)
            return i;
    return -1;
}

} // namespace Kempt
