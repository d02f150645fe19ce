#include "audit/uniquenesscounter.h"
#include "dedup/duplicategroupstore.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Kempt {

namespace {

Result scalar(QSqlDatabase db, const QString &sql, qint64 *value)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const Result r = exec(q, sql);
    if (!r)
        return r;
    *value = q.next() ? q.value(0).toLongLong() : 0;
    return Result::success();
}

} // namespace

Result UniquenessCounter::count(QSqlDatabase db, qint64 *contacts, qint64 *companies)
{
    // The scan compares names, addresses and more, and follows every decision since.
    DuplicateGroupStore groups(db);
    Result r;
    if (groups.lastScan().isValid()) {
        DuplicateGroupStore::Summary summary;
        r = groups.summary(&summary);
        *contacts = summary.records;
    } else {
        r = contactsSharingAKey(db, contacts);
    }
    if (!r)
        return r;
    return scalar(db, QStringLiteral(
        "WITH k(id, key) AS (SELECT id, lower(trim(email)) FROM companies WHERE deleted_at IS NULL AND trim(email) <> ''),"
        " shared(key) AS (SELECT key FROM k GROUP BY key HAVING count(*) > 1)"
        " SELECT count(DISTINCT id) FROM k WHERE key IN shared"), companies);
}

Result UniquenessCounter::contactsSharingAKey(QSqlDatabase db, qint64 *contacts)
{
    // Keys are prefixed by kind so that an e-mail never equals a phone number.
    return scalar(db, QStringLiteral(
        "WITH k(id, key) AS ("
        " SELECT e.contact_id, 'e:' || lower(trim(e.address)) FROM contact_emails e JOIN contacts c ON c.id = e.contact_id"
        "  WHERE c.deleted_at IS NULL AND trim(e.address) <> ''"
        " UNION SELECT p.contact_id, 'p:' || p.e164 FROM contact_phones p JOIN contacts c ON c.id = p.contact_id"
        "  WHERE c.deleted_at IS NULL AND p.e164 <> ''),"
        " shared(key) AS (SELECT key FROM k GROUP BY key HAVING count(*) > 1)"
        " SELECT count(DISTINCT id) FROM k WHERE key IN shared"), contacts);
}

} // namespace Kempt
