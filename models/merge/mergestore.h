#pragma once

#include "core/result.h"
#include "merge/mergeentry.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace Kempt {

// The merges history (table merges): what the Duplicates section and "kempt-cli merges"
// list, and what unmerge starts from. Writers run inside Workspace::write.
class MergeStore
{
public:
    explicit MergeStore(QSqlDatabase db);

    // Newest first.
    QList<MergeEntry> list(bool includeUndone = true) const;
    std::optional<MergeEntry> find(qint64 mergeId) const;
    // The merges a contact took part in, as survivor or as merged record, newest first.
    QList<MergeEntry> mergesOf(qint64 contactId) const;
    // Standing merges after afterMergeId that involve any of ids: they must be undone first.
    QList<MergeEntry> laterMergesOf(const QList<qint64> &ids, qint64 afterMergeId) const;

    // Records a merge written in the current change batch.
    Result record(qint64 survivorId, const QList<qint64> &mergedIds, qint64 *mergeId);
    Result markUndone(qint64 mergeId);

private:
    QList<MergeEntry> query(const QString &where, const QVariantList &binds) const;

    QSqlDatabase m_db;
};

} // namespace Kempt
