#pragma once

#include "storage/changeset.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

namespace Kempt {

class Workspace;

// One deal's stays in its stages, oldest first: when it entered and left each stage and
// for how long. A deal's history is written by DealFlow; this only shows it, and follows
// every change to it (a move, a win, an undo).
class StageHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StageColumn, EnteredColumn, LeftColumn, DaysColumn, ColumnCount };
    enum Role {
        StageIdRole = Qt::UserRole + 1,
        EnteredAtRole, // QDateTime, UTC
        LeftAtRole,    // QDateTime, UTC; invalid while the deal is still in the stage
        DaysRole,      // int: whole days in the stage (until now for the open stay)
    };
    Q_ENUM(Role)

    struct Stay
    {
        qint64 stageId = 0;
        QString stage;
        QString pipeline;
        QDateTime enteredAt;
        QDateTime leftAt;
    };

    explicit StageHistoryModel(Workspace *workspace, QObject *parent = nullptr);

    void setDeal(qint64 dealId);
    qint64 dealId() const { return m_dealId; }
    Stay stayAt(int row) const { return m_stays.value(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void refresh();

private:
    void onChanged(const ChangeSet &changes);
    QList<Stay> load() const;

    QPointer<Workspace> m_workspace;
    qint64 m_dealId = 0;
    QList<Stay> m_stays;
};

} // namespace Kempt
