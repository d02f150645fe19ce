#pragma once

#include "import/importmapping.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QStringList>

namespace Kempt {

// The import wizard's mapping step: one row per column of the file with its header, a few
// of its values, where it goes and what that means ("split into first, middle and last
// name", "joined with Street 2"). The target column is editable with a target id from
// choices(): "ignore", "field:<key>", "field:birthday:<part>" or "custom:<label>" (a custom
// field, created by the import when none has that label). Headless; changes only the
// mapping in memory and says so with mappingChanged().
class ImportMappingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { HeaderColumn, SampleColumn, TargetColumn, NoteColumn, ColumnCount };
    enum Role {
        TargetIdRole = Qt::UserRole + 1, // on every cell of the row
        MappedRole,                      // bool: the column is imported
    };
    Q_ENUM(Role)

    struct Choice
    {
        QString id;
        QString label;
        bool startsGroup = false; // a separator goes before it in a list
    };

    explicit ImportMappingModel(QObject *parent = nullptr);

    // The custom fields of the workspace, offered as targets.
    void setWorkspace(QSqlDatabase db);
    // samples: data rows of the file, for the values shown next to each header.
    void setMapping(const ImportMapping &mapping, const QList<QStringList> &samples = {});
    ImportMapping mapping() const { return m_mapping; }
    bool setTarget(int row, const QString &targetId);
    QString targetIdAt(int row) const;

    // Every target a column may have, in the order a list shows them.
    QList<Choice> choices() const;
    QString labelOf(const QString &targetId) const;
    static QString targetId(const ImportMapping::Column &column);
    static QString customTargetId(const QString &label);
    // The field keys the import fills (RowMapper's), in the catalog's order.
    static QStringList importableFields();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void mappingChanged();

private:
    QString sampleOf(int column) const;
    QString noteOf(int row) const;

    ImportMapping m_mapping;
    QList<QStringList> m_samples;
    QStringList m_customLabels;
};

} // namespace Kempt
