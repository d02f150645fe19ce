#pragma once

#include "storage/changeset.h"
#include "stores/tagstore.h"

#include <QAbstractListModel>
#include <QPointer>

namespace Kempt {

class Workspace;

// Every tag with its usage, sorted by name. Renaming in place pushes RenameTag; the model
// itself never writes.
class TagListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        ColorRole,
        ContactCountRole,
        CompanyCountRole,
    };
    Q_ENUM(Role)

    explicit TagListModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    TagUsage tagAt(int row) const;
    int rowOfId(qint64 tagId) const;

public Q_SLOTS:
    void refresh();

private:
    void onChanged(const ChangeSet &changes);

    QPointer<Workspace> m_workspace;
    QList<TagUsage> m_tags;
};

} // namespace Kempt
