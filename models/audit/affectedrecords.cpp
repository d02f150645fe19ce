#include "audit/affectedrecords.h"
#include "audit/sqlitestatement.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Kempt {

namespace {

// The owner of a child row named in a change_log row: inserts and deletes carry the
// whole row as JSON, updates leave it in place (where it may have moved from old_value).
// Every source reads the batch through change_log_batch by name: after a big import the
// statistics say one batch holds millions of rows, and the planner then chose to read
// the whole log through its index on table names instead (seconds for each change).
QString childOwners(const QString &entity, const QString &table, const QString &ownerColumn)
{
    return QStringLiteral("SELECT '%1', CASE action WHEN 'insert' THEN json_extract(new_value, '$.%3') "
                          "WHEN 'delete' THEN json_extract(old_value, '$.%3') "
                          "ELSE (SELECT %3 FROM %2 WHERE rowid = change_log.row_id) END "
                          "FROM change_log INDEXED BY change_log_batch WHERE batch_id = ?1 AND table_name = '%2' "
                          "UNION ALL SELECT '%1', old_value FROM change_log INDEXED BY change_log_batch WHERE batch_id = ?1 AND table_name = '%2' "
                          "AND action = 'update' AND column_name = '%3'")
        .arg(entity, table, ownerColumn);
}

// Rows of a referenced table (companies, users, tags) whose name changed or that went away.
QString renamed(const QString &table)
{
    return QStringLiteral("SELECT row_id FROM change_log INDEXED BY change_log_batch WHERE batch_id = ?1 AND table_name = '%1' "
                          "AND (action <> 'update' OR column_name = 'name')")
        .arg(table);
}

} // namespace

Result AffectedRecords::clear(QSqlDatabase db)
{
    QSqlQuery q(db);
    Result r = exec(q, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS audit_affected(entity TEXT NOT NULL, id INTEGER NOT NULL, "
                                      "PRIMARY KEY (entity, id)) WITHOUT ROWID"));
    if (r)
        r = exec(q, QStringLiteral("DELETE FROM temp.audit_affected"));
    return r;
}

Result AffectedRecords::collect(QSqlDatabase db, qint64 batchId)
{
    Result r = clear(db);
    if (!r)
        return r;
    const QStringList sources = {
        QStringLiteral("SELECT 'contact', row_id FROM change_log INDEXED BY change_log_batch WHERE batch_id = ?1 AND table_name = 'contacts'"),
        QStringLiteral("SELECT 'company', row_id FROM change_log INDEXED BY change_log_batch WHERE batch_id = ?1 AND table_name = 'companies'"),
        childOwners(QStringLiteral("contact"), QStringLiteral("contact_emails"), QStringLiteral("contact_id")),
        childOwners(QStringLiteral("contact"), QStringLiteral("contact_phones"), QStringLiteral("contact_id")),
        childOwners(QStringLiteral("contact"), QStringLiteral("contact_tags"), QStringLiteral("contact_id")),
        childOwners(QStringLiteral("contact"), QStringLiteral("social_profiles"), QStringLiteral("contact_id")),
        childOwners(QStringLiteral("company"), QStringLiteral("company_tags"), QStringLiteral("company_id")),
        // Custom values name their record only by id; the field says of which kind, and
        // when the field itself went away in the batch both kinds are refreshed.
        QStringLiteral("SELECT e.entity, v.id FROM (SELECT CASE action WHEN 'insert' THEN json_extract(new_value, '$.entity_id') "
                       "WHEN 'delete' THEN json_extract(old_value, '$.entity_id') "
                       "ELSE (SELECT entity_id FROM custom_values WHERE rowid = change_log.row_id) END AS id, "
                       "CASE action WHEN 'insert' THEN json_extract(new_value, '$.field_id') "
                       "WHEN 'delete' THEN json_extract(old_value, '$.field_id') "
                       "ELSE (SELECT field_id FROM custom_values WHERE rowid = change_log.row_id) END AS field "
                       "FROM change_log INDEXED BY change_log_batch WHERE batch_id = ?1 AND table_name = 'custom_values') v "
                       "JOIN (SELECT 'contact' AS entity UNION ALL SELECT 'company') e "
                       "ON coalesce((SELECT f.entity FROM custom_fields f WHERE f.id = v.field), e.entity) = e.entity"),
        QStringLiteral("SELECT 'contact', c.id FROM contacts c WHERE c.company_id IN (%1)").arg(renamed(QStringLiteral("companies"))),
        // Live contacts only, as only they are judged: the sort index on owners holds only
        // those, and without it this was a scan of every contact on every change.
        QStringLiteral("SELECT 'contact', c.id FROM contacts c INDEXED BY contacts_owner WHERE c.owner_id IN (%1) AND c.deleted_at IS NULL").arg(renamed(QStringLiteral("users"))),
        QStringLiteral("SELECT 'company', c.id FROM companies c WHERE c.owner_id IN (%1)").arg(renamed(QStringLiteral("users"))),
        QStringLiteral("SELECT 'contact', l.contact_id FROM contact_tags l WHERE l.tag_id IN (%1)").arg(renamed(QStringLiteral("tags"))),
        QStringLiteral("SELECT 'company', l.company_id FROM company_tags l WHERE l.tag_id IN (%1)").arg(renamed(QStringLiteral("tags"))),
    };
    for (const QString &source : sources) {
        // ?1 is the batch, named once however often the source uses it (QSqlQuery
        // would count each use as a parameter of its own).
        SqliteStatement insert;
        r = insert.prepare(db, QStringLiteral("WITH s(entity, id) AS (%1) INSERT OR IGNORE INTO temp.audit_affected(entity, id) "
                                              "SELECT entity, id FROM s WHERE id IS NOT NULL").arg(source));
        if (!r)
            return r;
        insert.bind(1, batchId);
        insert.step();
        if (!(r = insert.result(QCoreApplication::translate("Audit", "Finding the records a change touched"))))
            return r;
    }
    return Result::success();
}

QString AffectedRecords::condition(const QString &entityName)
{
    return QStringLiteral("t.id IN (SELECT id FROM temp.audit_affected WHERE entity = '%1')").arg(entityName);
}

} // namespace Kempt
