#pragma once

#include "storage/changeset.h"
#include "stores/styleguidestore.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Kempt {

class Workspace;

// The stored versions of the style guide, newest first: number, who saved it, when and
// why. Refreshes when a change batch touches style_guides (a save, or its undo).
class StyleGuideHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { VersionColumn, AuthorColumn, WhenColumn, CommentColumn, ColumnCount };
    enum Role { VersionRole = Qt::UserRole + 1, CreatedAtRole };
    Q_ENUM(Role)

    explicit StyleGuideHistoryModel(Workspace *workspace, QObject *parent = nullptr);

    StyleGuideVersion versionAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void refresh();

private:
    QPointer<Workspace> m_workspace;
    QList<StyleGuideVersion> m_versions;
};

} // namespace Kempt
