#pragma once

#include "core/result.h"
#include "dedup/duplicategroupstore.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Kempt {

class Workspace;

// The duplicate groups of the last scan, for review: one row per group with its records,
// band, score and size (DuplicateGroupStore::list(), so not skipped first, sure before
// possible, strongest first). Read-only. It follows the workspace: every change batch is
// caught up (DuplicateGroupStore::refresh) and the list read again, and so is every undo
// or redo, which covers the decisions that are not journaled ("not a duplicate", skip).
// While not live (the section is hidden) it only notes that it is out of date.
class DuplicateGroupModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RecordsColumn, BandColumn, ScoreColumn, SizeColumn, ColumnCount };
    enum Role {
        GroupIdRole = Qt::UserRole + 1,
        BandRole,       // int(MatchBand)
        ScoreRole,      // double, bits
        SizeRole,       // int
        SkippedRole,    // bool
        ContactIdsRole, // QVariantList of qint64
        NamesRole,      // QStringList
    };
    Q_ENUM(Role)

    explicit DuplicateGroupModel(Workspace *workspace, QObject *parent = nullptr);

    // Catches up with the changes since the last look and reads the groups again.
    Result reload();
    void setLive(bool live);
    bool isLive() const { return m_live; }

    const DuplicateGroupStore::Scan &scan() const { return m_scan; }
    bool hasScan() const { return m_scan.isValid(); }
    DuplicateGroupStore::Group groupAt(int row) const;
    int rowOfGroup(qint64 groupId) const;
    const QList<DuplicateGroupStore::Group> &groups() const { return m_groups; }
    // "Ann Lee, Anna Lee and 2 more"
    static QString title(const DuplicateGroupStore::Group &group);
    static QString bandLabel(MatchBand band);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    // After every reload, also when nothing changed; the section re-selects its group.
    void reloaded();
    void errorOccurred(const QString &message);

private:
    void changedOutside();

    QPointer<Workspace> m_workspace;
    DuplicateGroupStore::Scan m_scan;
    QList<DuplicateGroupStore::Group> m_groups;
    bool m_live = true;
    bool m_stale = false;
};

} // namespace Kempt
