#pragma once

#include "storage/changeset.h"
#include "stores/savedviewstore.h"

#include <QAbstractListModel>
#include <QPointer>

namespace Kempt {

class Workspace;

// The saved views of one entity, for the sidebar; follows every change to saved_views.
class SavedViewListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1 };

    SavedViewListModel(Workspace *workspace, Entity entity, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    SavedView viewAt(int row) const;
    int rowOfId(qint64 id) const;   // -1 when absent
    int rowOfName(const QString &name) const;

public Q_SLOTS:
    void reload();

private:
    void onChanged(const ChangeSet &changes);

    QPointer<Workspace> m_workspace;
    Entity m_entity;
    QList<SavedView> m_views;
};

} // namespace Kempt
