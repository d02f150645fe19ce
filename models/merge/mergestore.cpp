#include "merge/mergestore.h"
#include "core/timestamps.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Merge)
};

QString idsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

MergeStore::MergeStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<MergeEntry> MergeStore::query(const QString &where, const QVariantList &binds) const
{
    QList<MergeEntry> list;
    QSqlQuery q(m_db);
    if (!exec(q, QStringLiteral("SELECT m.id, m.entity, m.survivor_id, m.merged_ids, coalesce(m.change_batch_id, 0), m.at, m.undone_at, "
                                "coalesce((SELECT author FROM change_batches b WHERE b.id = m.change_batch_id), ''), "
                                "coalesce((SELECT display_name FROM contacts c WHERE c.id = m.survivor_id), ''), "
                                "(SELECT json_group_array(coalesce((SELECT display_name FROM contacts c WHERE c.id = j.value), '')) "
                                " FROM json_each(m.merged_ids) j) "
                                "FROM merges m WHERE %1 ORDER BY m.id DESC").arg(where),
              binds))
        return list;
    while (q.next()) {
        MergeEntry e;
        e.id = q.value(0).toLongLong();
        e.entity = q.value(1).toString();
        e.survivorId = q.value(2).toLongLong();
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(3).toByteArray()).array())
            e.mergedIds << v.toInteger();
        e.batchId = q.value(4).toLongLong();
        e.at = q.value(5).toString();
        e.undoneAt = q.value(6).toString();
        e.author = q.value(7).toString();
        e.survivorName = q.value(8).toString();
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(9).toByteArray()).array())
            e.mergedNames << v.toString();
        list << e;
    }
    return list;
}

QList<MergeEntry> MergeStore::list(bool includeUndone) const
{
    return query(includeUndone ? QStringLiteral("1") : QStringLiteral("m.undone_at = ''"), {});
}

std::optional<MergeEntry> MergeStore::find(qint64 mergeId) const
{
    const QList<MergeEntry> found = query(QStringLiteral("m.id = ?"), {mergeId});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<MergeEntry> MergeStore::mergesOf(qint64 contactId) const
{
    return query(QStringLiteral("m.entity = 'contact' AND (m.survivor_id = ? OR EXISTS "
                                "(SELECT 1 FROM json_each(m.merged_ids) j WHERE j.value = ?))"),
                 {contactId, contactId});
}

QList<MergeEntry> MergeStore::laterMergesOf(const QList<qint64> &ids, qint64 afterMergeId) const
{
    return query(QStringLiteral("m.entity = 'contact' AND m.id > ? AND m.undone_at = '' AND (m.survivor_id IN (SELECT value FROM json_each(?)) "
                                "OR EXISTS (SELECT 1 FROM json_each(m.merged_ids) j WHERE j.value IN (SELECT value FROM json_each(?))))"),
                 {afterMergeId, idsJson(ids), idsJson(ids)});
}

Result MergeStore::record(qint64 survivorId, const QList<qint64> &mergedIds, qint64 *mergeId)
{
    QSqlQuery q(m_db);
    // The batch the journal triggers stamp rows with: the merge's own.
    Result r = exec(q, QStringLiteral("INSERT INTO merges(entity, survivor_id, merged_ids, change_batch_id, at) "
                                      "VALUES ('contact', ?, ?, (SELECT value FROM kempt_state WHERE key = 'batch'), ?)"),
                    {survivorId, idsJson(mergedIds), isoNow()});
    if (!r)
        return r;
    if (mergeId)
        *mergeId = q.lastInsertId().toLongLong();
    return Result::success();
}

Result MergeStore::markUndone(qint64 mergeId)
{
    QSqlQuery q(m_db);
    Result r = exec(q, QStringLiteral("UPDATE merges SET undone_at = ? WHERE id = ? AND undone_at = ''"), {isoNow(), mergeId});
    if (r && q.numRowsAffected() != 1)
        return Result::failure(Tr::tr("Merge %1 is not standing; it was undone already or does not exist.").arg(mergeId));
    return r;
}

} // namespace Kempt
