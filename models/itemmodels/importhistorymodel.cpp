#include "itemmodels/importhistorymodel.h"
#include "storage/sqlerror.h"
#include "storage/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

namespace Kempt {

ImportHistoryModel::ImportHistoryModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    if (m_workspace) {
        // import_batches is bookkeeping, not journaled: no ChangeSet names it. Imports and
        // their undos always write contacts, and the list is short, so any batch reloads.
        connect(m_workspace, &Workspace::changed, this, &ImportHistoryModel::reload);
        connect(m_workspace, &Workspace::opened, this, &ImportHistoryModel::reload);
        connect(m_workspace, &Workspace::closed, this, &ImportHistoryModel::reload);
    }
    reload();
}

void ImportHistoryModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_error.clear();
    if (m_workspace && m_workspace->isOpen()) {
        QSqlQuery q(m_workspace->db());
        const Result r = exec(q, QStringLiteral("SELECT id, file_name, started_at, status, counts FROM import_batches ORDER BY id DESC"));
        if (!r)
            m_error = r.message();
        while (r && q.next()) {
            const QJsonObject counts = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
            Entry e;
            e.id = q.value(0).toLongLong();
            e.fileName = q.value(1).toString();
            e.started = QDateTime::fromString(q.value(2).toString(), Qt::ISODate).toLocalTime();
            e.status = q.value(3).toString();
            e.created = counts.value(QStringLiteral("created")).toInteger();
            e.updated = counts.value(QStringLiteral("updated")).toInteger();
            e.merged = counts.value(QStringLiteral("merged")).toInteger();
            e.skipped = counts.value(QStringLiteral("skipped")).toInteger();
            e.rejected = counts.value(QStringLiteral("rejected")).toInteger();
            m_entries << e;
        }
    }
    endResetModel();
}

ImportHistoryModel::Entry ImportHistoryModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : Entry();
}

int ImportHistoryModel::rowOfImport(qint64 importId) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).id == importId)
            return i;
    return -1;
}

int ImportHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ImportHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportHistoryModel::statusText(const QString &status) const
{
    if (status == QLatin1String("done"))
        return tr("Imported");
    if (status == QLatin1String("undone"))
        return tr("Undone");
    if (status == QLatin1String("running"))
        return tr("Did not finish");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    return status;
}

QVariant ImportHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn: return e.fileName;
        case StartedColumn: return QLocale().toString(e.started, QLocale::ShortFormat);
        case StatusColumn: return statusText(e.status);
        case CreatedColumn: return e.created;
        case UpdatedColumn: return e.updated;
        case MergedColumn: return e.merged;
        case SkippedColumn: return e.skipped;
        case RejectedColumn: return e.rejected;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == FileColumn || index.column() == StatusColumn)
            return tr("Import %1 of %2 on %3: %4")
                .arg(e.id)
                .arg(e.fileName, QLocale().toString(e.started, QLocale::LongFormat), statusText(e.status));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= CreatedColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignTrailing | Qt::AlignVCenter));
        return {};
    case ImportIdRole:
        return e.id;
    case StatusRole:
        return e.status;
    case UndoableRole:
        return e.undoable();
    default:
        return {};
    }
}

QVariant ImportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn: return tr("File");
    case StartedColumn: return tr("Imported on");
    case StatusColumn: return tr("Status");
    case CreatedColumn: return tr("Created");
    case UpdatedColumn: return tr("Updated");
    case MergedColumn: return tr("Merged");
    case SkippedColumn: return tr("Skipped");
    case RejectedColumn: return tr("Rejected");
    }
    return {};
}

QHash<int, QByteArray> ImportHistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ImportIdRole, "importId");
    names.insert(StatusRole, "status");
    names.insert(UndoableRole, "undoable");
    return names;
}

} // namespace Kempt
