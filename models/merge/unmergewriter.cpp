#include "merge/unmergewriter.h"
#include "domain/fieldcatalog.h"
#include "merge/mergestore.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Merge)
};

// Cells whose later value is bookkeeping, not a person's edit: kept without a word.
bool bookkeeping(const QString &column)
{
    return column == QLatin1String("updated_at") || column == QLatin1String("position");
}

} // namespace

UnmergeWriter::UnmergeWriter(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result UnmergeWriter::unmerge(qint64 mergeId, UnmergeReport *report)
{
    *report = UnmergeReport();
    MergeStore store(m_db);
    const std::optional<MergeEntry> entry = store.find(mergeId);
    if (!entry)
        return Result::failure(Tr::tr("There is no merge %1 in this workspace. \"kempt-cli merges\" lists the merges and their ids.").arg(mergeId));
    if (entry->isUndone())
        return Result::failure(Tr::tr("Merge %1 was undone already, on %2.").arg(mergeId).arg(entry->undoneAt));
    QList<qint64> ids{entry->survivorId};
    ids += entry->mergedIds;
    const QList<MergeEntry> later = store.laterMergesOf(ids, mergeId);
    if (!later.isEmpty())
        return Result::failure(Tr::tr("Contacts of merge %1 took part in merge %2 (%3) afterwards. Unmerge %2 first, then %1.")
                                   .arg(mergeId)
                                   .arg(later.last().id)
                                   .arg(later.last().at));
    QSqlQuery q(m_db);
    for (qint64 id : std::as_const(ids)) {
        Result r = exec(q, QStringLiteral("SELECT 1 FROM contacts WHERE id = ?"), {id});
        if (!r)
            return r;
        if (!q.next())
            return Result::failure(Tr::tr("Contact %1 of merge %2 was deleted for good after the merge. Undo that deletion "
                                          "(or restore the contact from a copy of the workspace) before unmerging.")
                                       .arg(id)
                                       .arg(mergeId));
    }

    Result r = exec(q, QStringLiteral("SELECT id, table_name, row_id, action, coalesce(column_name, '') FROM change_log "
                                      "INDEXED BY change_log_batch WHERE batch_id = ? ORDER BY id DESC"),
                    {entry->batchId});
    if (!r)
        return r;
    QList<LogRow> rows;
    while (q.next())
        rows << LogRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toString()};
    q.finish();
    if (rows.isEmpty())
        return Result::failure(Tr::tr("The change history of merge %1 is missing from the workspace, so it cannot be undone exactly.").arg(mergeId));

    // Rows come back newest first, as in Journal::revert; references wait for the commit.
    q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    QList<Kept> kept;
    for (const LogRow &row : std::as_const(rows)) {
        if (row.table == QLatin1String("merges"))
            continue; // the history keeps the merge and says it was undone
        if (row.action == QLatin1String("update"))
            r = revertUpdate(row, &kept);
        else if (row.action == QLatin1String("insert"))
            r = revertInsert(row, &kept);
        else
            r = revertDelete(row, &kept);
        if (!r)
            return r;
    }
    // Oldest change first, as a person reads the merge.
    for (auto it = kept.crbegin(); it != kept.crend(); ++it)
        report->keptEdits << keptEdit(it->row, entry->batchId, it->removed);
    if (!(r = store.markUndone(mergeId)))
        return r;
    report->mergeId = mergeId;
    report->survivorId = entry->survivorId;
    report->restoredIds = entry->mergedIds;
    return Result::success();
}

Result UnmergeWriter::revertUpdate(const LogRow &row, QList<Kept> *kept)
{
    QSqlQuery q(m_db);
    // Put the old value back only where the cell still holds what the merge wrote.
    Result r = exec(q, QStringLiteral("UPDATE %1 SET %2 = (SELECT old_value FROM change_log WHERE id = ?) "
                                      "WHERE rowid = ? AND %2 IS (SELECT new_value FROM change_log WHERE id = ?)")
                           .arg(row.table, row.column),
                    {row.id, row.rowId, row.id});
    if (!r || q.numRowsAffected() > 0 || bookkeeping(row.column))
        return r;
    bool exists = false;
    cellText(row.table, row.rowId, row.column, &exists);
    if (exists) {
        // Already back where it was before the merge (a trashed record restored by hand):
        // nothing was lost, nothing to report.
        if (!(r = exec(q, QStringLiteral("SELECT %2 IS (SELECT old_value FROM change_log WHERE id = ?) FROM %1 WHERE rowid = ?")
                              .arg(row.table, row.column),
                       {row.id, row.rowId})))
            return r;
        if (q.next() && q.value(0).toBool())
            return Result::success();
    }
    kept->append(Kept{row, !exists});
    return Result::success();
}

QStringList UnmergeWriter::loggedColumns(qint64 logId, const QString &valueColumn) const
{
    QStringList columns;
    QSqlQuery q(m_db);
    if (exec(q, QStringLiteral("SELECT key FROM json_each((SELECT %1 FROM change_log WHERE id = ?))").arg(valueColumn), {logId}))
        while (q.next())
            columns << q.value(0).toString();
    return columns;
}

Result UnmergeWriter::revertInsert(const LogRow &row, QList<Kept> *kept)
{
    // A row the merge added goes only while it is exactly as the merge wrote it; the
    // current row is written as JSON the way the journal trigger wrote it, and compared.
    const QStringList columns = loggedColumns(row.id, QStringLiteral("new_value"));
    QStringList parts;
    for (const QString &c : columns)
        parts << QStringLiteral("'%1', %1").arg(c);
    QSqlQuery q(m_db);
    Result r = exec(q, QStringLiteral("SELECT json_object(%1) = (SELECT new_value FROM change_log WHERE id = ?) FROM %2 WHERE rowid = ?")
                           .arg(parts.join(QStringLiteral(", ")), row.table),
                    {row.id, row.rowId});
    if (!r || !q.next())
        return r; // gone already: a later edit removed it, as the unmerge would have
    if (!q.value(0).toBool()) {
        kept->append(Kept{row, false});
        return Result::success();
    }
    q.finish();
    return exec(q, QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(row.table), {row.rowId});
}

Result UnmergeWriter::revertDelete(const LogRow &row, QList<Kept> *kept)
{
    // A row the merge deleted comes back with its id, unless a later row took its place.
    const QStringList columns = loggedColumns(row.id, QStringLiteral("old_value"));
    QStringList values;
    for (const QString &c : columns)
        values << QStringLiteral("json_extract(j.v, '$.\"%1\"')").arg(c);
    QSqlQuery q(m_db);
    Result r = exec(q, QStringLiteral("INSERT OR IGNORE INTO %1(rowid%2%3) SELECT ?%2%4 FROM (SELECT old_value AS v FROM change_log WHERE id = ?) j")
                           .arg(row.table, columns.isEmpty() ? QString() : QStringLiteral(", "), columns.join(QStringLiteral(", ")),
                                values.join(QStringLiteral(", "))),
                    {row.rowId, row.id});
    if (r && q.numRowsAffected() == 0)
        kept->append(Kept{row, false});
    return r;
}

QString UnmergeWriter::cellText(const QString &table, qint64 rowId, const QString &column, bool *exists) const
{
    QSqlQuery q(m_db);
    const bool found = exec(q, QStringLiteral("SELECT %1 FROM %2 WHERE rowid = ?").arg(column, table), {rowId}) && q.next();
    if (exists)
        *exists = found;
    return found ? q.value(0).toString() : QString();
}

QString UnmergeWriter::contactName(qint64 contactId) const
{
    const QString name = cellText(QStringLiteral("contacts"), contactId, QStringLiteral("display_name"));
    return name.isEmpty() ? Tr::tr("contact %1").arg(contactId) : name;
}

UnmergeReport::KeptEdit UnmergeWriter::keptEdit(const LogRow &row, qint64 mergeBatch, bool removed) const
{
    UnmergeReport::KeptEdit k;
    k.removed = removed;
    QSqlQuery q(m_db);
    // The row's last known content: as it is now, or as the later change deleted it.
    const QString source = row.action == QLatin1String("update") ? QStringLiteral("new_value") : QStringLiteral("old_value");
    auto field = [&](const QString &column) -> QString {
        bool exists = false;
        const QString now = cellText(row.table, row.rowId, column, &exists);
        if (exists)
            return now;
        if (exec(q, QStringLiteral("SELECT coalesce(json_extract(old_value, '$.\"%1\"'), '') FROM change_log WHERE table_name = ? "
                                   "AND row_id = ? AND action = 'delete' AND batch_id > ? ORDER BY id DESC LIMIT 1").arg(column),
                 {row.table, row.rowId, mergeBatch})
            && q.next())
            return q.value(0).toString();
        if (exec(q, QStringLiteral("SELECT coalesce(json_extract(%1, '$.\"%2\"'), '') FROM change_log WHERE id = ?").arg(source, column), {row.id})
            && q.next())
            return q.value(0).toString();
        return QString();
    };

    if (row.action == QLatin1String("update")) {
        if (exec(q, QStringLiteral("SELECT new_value FROM change_log WHERE id = ?"), {row.id}) && q.next())
            k.mergedValue = q.value(0).toString();
        k.currentValue = cellText(row.table, row.rowId, row.column);
    } else {
        const QString valueColumn = row.table == QLatin1String("custom_values") ? QStringLiteral("value") : QString();
        if (!valueColumn.isEmpty()) {
            if (exec(q, QStringLiteral("SELECT json_extract(%1, '$.value') FROM change_log WHERE id = ?").arg(source), {row.id}) && q.next())
                k.mergedValue = row.action == QLatin1String("insert") ? q.value(0).toString() : QString();
            k.currentValue = field(QStringLiteral("value"));
        }
    }

    if (row.table == QLatin1String("contacts")) {
        k.contactId = row.rowId;
        QString label = row.column;
        for (const FieldDef &f : FieldCatalog::builtIn(Entity::Contact))
            if (f.column == row.column)
                label = f.displayLabel();
        if (row.column == QLatin1String("deleted_at"))
            label = Tr::tr("Moved to the trash");
        k.what = Tr::tr("%1 of %2").arg(label, contactName(k.contactId));
    } else if (row.table == QLatin1String("custom_values")) {
        k.contactId = field(QStringLiteral("entity_id")).toLongLong();
        const qint64 fieldId = field(QStringLiteral("field_id")).toLongLong();
        QString label = cellText(QStringLiteral("custom_fields"), fieldId, QStringLiteral("label"));
        k.what = Tr::tr("%1 of %2").arg(label.isEmpty() ? Tr::tr("A custom field") : label, contactName(k.contactId));
    } else {
        // A moved row belongs, for the person reading, to the record it would go back to.
        if (row.column == QLatin1String("contact_id")
            && exec(q, QStringLiteral("SELECT old_value FROM change_log WHERE id = ?"), {row.id}) && q.next())
            k.contactId = q.value(0).toLongLong();
        else
            k.contactId = field(QStringLiteral("contact_id")).toLongLong();
        QString item;
        if (row.table == QLatin1String("contact_emails"))
            item = Tr::tr("E-mail %1").arg(field(QStringLiteral("address")));
        else if (row.table == QLatin1String("contact_phones"))
            item = Tr::tr("Phone %1").arg(field(QStringLiteral("number")));
        else if (row.table == QLatin1String("social_profiles"))
            item = Tr::tr("Profile %1").arg(field(QStringLiteral("url")));
        else if (row.table == QLatin1String("contact_tags"))
            item = Tr::tr("Tag %1").arg(cellText(QStringLiteral("tags"), field(QStringLiteral("tag_id")).toLongLong(), QStringLiteral("name")));
        else if (row.table == QLatin1String("notes"))
            item = Tr::tr("Note %1").arg(row.rowId);
        else if (row.table == QLatin1String("activities"))
            item = Tr::tr("Activity \u201C%1\u201D").arg(field(QStringLiteral("subject")));
        else if (row.table == QLatin1String("deals"))
            item = Tr::tr("Deal \u201C%1\u201D").arg(field(QStringLiteral("title")));
        else if (row.table == QLatin1String("deal_contacts"))
            item = Tr::tr("The link to deal \u201C%1\u201D")
                       .arg(cellText(QStringLiteral("deals"), field(QStringLiteral("deal_id")).toLongLong(), QStringLiteral("title")));
        else
            item = Tr::tr("Row %1 of %2").arg(row.rowId).arg(row.table);
        k.what = Tr::tr("%1 of %2").arg(item, contactName(k.contactId));
        if (row.column == QLatin1String("contact_id")) {
            k.mergedValue = contactName(k.mergedValue.toLongLong());
            if (!removed)
                k.currentValue = contactName(k.currentValue.toLongLong());
        }
    }

    if (exec(q, QStringLiteral("SELECT b.id, b.label, b.author, b.at, b.kind FROM change_log l JOIN change_batches b ON b.id = l.batch_id "
                               "WHERE l.table_name = ? AND l.row_id = ? AND l.batch_id > ? AND (l.action <> 'update' OR l.column_name = ?) "
                               "ORDER BY l.id DESC LIMIT 1"),
             {row.table, row.rowId, mergeBatch, row.column})
        && q.next()) {
        k.laterBatchId = q.value(0).toLongLong();
        k.laterLabel = q.value(1).toString().isEmpty() ? q.value(4).toString() : q.value(1).toString();
        k.laterAuthor = q.value(2).toString();
        k.laterAt = q.value(3).toString();
    }
    return k;
}

} // namespace Kempt
