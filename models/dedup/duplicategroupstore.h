#pragma once

#include "core/result.h"
#include "dedup/matchband.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace Kempt {

// The groups of the last duplicate scan of contacts (tables of migration 4), so that the
// Duplicates section and the dashboard open at once, however big the workspace.
//
// What a person decides is never stored here: a merge puts records in the trash and "not
// a duplicate" goes to not_duplicates, and list() leaves out every group that has fewer
// than two records outside the trash or a pair marked apart. So an undo of either brings
// the group back by itself. Edits are followed by refresh(): the groups of the contacts
// that the change batches since the last look touched are scored again (DuplicateChecker),
// and a group that no longer matches is hidden until its records match again.
class DuplicateGroupStore
{
public:
    struct Scan
    {
        qint64 id = 0;
        QString at;             // ISO 8601 UTC
        qint64 records = 0;     // contacts compared
        qint64 pairs = 0;       // pairs that matched
        qint64 milliseconds = 0;
        qint64 seenBatch = 0;   // the last change batch the groups reflect
        bool outdated = false;  // more changed since than refresh() follows: scan again
        bool isValid() const { return id > 0; }
    };

    struct Group
    {
        qint64 id = 0;
        MatchBand band = MatchBand::None;
        double score = 0;       // match weight in bits of the weakest link
        bool skipped = false;
        QList<qint64> contactIds; // ascending; only those shown (active, out of the trash)
        QStringList names;        // display names, in contactIds order
        int size() const { return int(contactIds.size()); }
    };

    // Counts of the groups list() shows, skipped ones included (a skip only puts the
    // decision off; the records still look like one person).
    struct Summary
    {
        qint64 groups = 0;
        qint64 sure = 0;
        qint64 possible = 0;
        qint64 records = 0;     // contacts in a group
        qint64 skipped = 0;     // groups skipped for later
        qint64 skippedRecords = 0;
        // What is still waiting for a decision: neither merged, kept apart nor skipped.
        qint64 pendingGroups() const { return groups - skipped; }
        qint64 pendingRecords() const { return records - skippedRecords; }
    };

    // Groups score again one by one up to this many per refresh; beyond, the scan is
    // marked outdated (a bulk change of many grouped contacts wants a new scan).
    static constexpr int MaxRefreshedGroups = 400;

    explicit DuplicateGroupStore(QSqlDatabase db);

    // The last scan of contacts; invalid when there was none.
    Scan lastScan() const;
    // Replaces the last scan and its groups. Call inside a transaction (the scan job
    // writes the groups and the model it fitted together).
    Result replace(const Scan &scan, const QList<Group> &groups);

    // The groups to review: not skipped first, sure before possible, strongest first.
    Result list(QList<Group> *groups) const;
    // One of list()'s groups (group may be null); false when it is not (or no longer) shown.
    bool find(qint64 groupId, Group *group) const;
    Result summary(Summary *summary) const;
    Result setSkipped(qint64 groupId, bool skipped);

    // Follows the change batches written since the groups were last looked at (by this
    // program or another). changed: whether any group was scored again.
    Result refresh(bool *changed = nullptr);

private:
    Result rescore(const QList<qint64> &groupIds);

    QSqlDatabase m_db;
};

} // namespace Kempt
