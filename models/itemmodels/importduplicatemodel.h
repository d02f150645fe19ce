#pragma once

#include "import/importduplicategroup.h"

#include <QAbstractTableModel>
#include <optional>

namespace Kempt {

// The import wizard's duplicate preview: one row per group of rows that are one person,
// with an existing contact or only in the file, how sure the match is, and what the
// import does with the group. The action column is editable (int(DuplicateAction) as
// EditRole); a default policy sets every group the person has not decided on by hand.
class ImportDuplicateModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RowsColumn, ContactColumn, MatchColumn, ActionColumn, ColumnCount };
    enum Role {
        ActionRole = Qt::UserRole + 1, // int(DuplicateAction)
        BandRole,                      // int(MatchBand)
        ProbabilityRole,               // double 0..1
        MatchesWorkspaceRole,          // bool
        DecidedRole,                   // bool: the action was chosen for this group by hand
    };
    Q_ENUM(Role)

    explicit ImportDuplicateModel(QObject *parent = nullptr);

    // Every group starts with the default action.
    void setGroups(const QList<ImportDuplicateGroup> &groups);
    const QList<ImportDuplicateGroup> &groups() const { return m_groups; }
    ImportDuplicateGroup groupAt(int row) const;

    // No value: the recommended action of each group (recommended()).
    std::optional<DuplicateAction> defaultAction() const { return m_default; }
    // Sets every group not decided by hand.
    void setDefaultAction(std::optional<DuplicateAction> action);
    // A sure match fills the empty fields of the contact it matches (nothing is lost and
    // no duplicate is made); a possible match may be someone else, so it becomes new.
    static DuplicateAction recommended(const ImportDuplicateGroup &group);
    bool setAction(int row, DuplicateAction action);
    int groupsWith(DuplicateAction action) const;
    int groupsMatchingWorkspace() const;
    // What the action does to this group, in a sentence.
    static QString actionMeaning(const ImportDuplicateGroup &group, DuplicateAction action);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void actionsChanged();

private:
    QString rowsText(const ImportDuplicateGroup &group) const;
    QString contactText(const ImportDuplicateGroup &group) const;
    QString matchText(const ImportDuplicateGroup &group) const;

    QList<ImportDuplicateGroup> m_groups;
    QList<bool> m_decided;
    std::optional<DuplicateAction> m_default;
};

} // namespace Kempt
