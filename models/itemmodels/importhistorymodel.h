#pragma once

#include "storage/changeset.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

namespace Kempt {

class Workspace;

// The Import history: every import of the workspace, newest first, with what it did and
// whether it can still be undone. Follows the workspace: an import, or the undo of one,
// shows up as soon as its batch is announced.
class ImportHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FileColumn, StartedColumn, StatusColumn, CreatedColumn, UpdatedColumn, MergedColumn, SkippedColumn,
                  RejectedColumn, ColumnCount };
    enum Role {
        ImportIdRole = Qt::UserRole + 1, // qint64
        StatusRole,                      // "done", "undone" ...
        UndoableRole,                    // bool: finished and not undone
    };
    Q_ENUM(Role)

    struct Entry
    {
        qint64 id = 0;
        QString fileName;
        QDateTime started;
        QString status;
        qint64 created = 0;
        qint64 updated = 0;
        qint64 merged = 0;
        qint64 skipped = 0;
        qint64 rejected = 0;
        bool undoable() const { return status == QLatin1String("done"); }
    };

    explicit ImportHistoryModel(Workspace *workspace, QObject *parent = nullptr);

    void reload();
    Entry entryAt(int row) const;
    int rowOfImport(qint64 importId) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString statusText(const QString &status) const;

    QPointer<Workspace> m_workspace;
    QList<Entry> m_entries;
    QString m_error;
};

} // namespace Kempt
