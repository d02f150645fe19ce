#include "audit/uniquenesscounter.h"
#include "dedup/duplicategroupstore.h"
#include "audit/sqlitestatement.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <algorithm>

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
    // Grouping two million keys in SQL sorts them twice and took a quarter of a full
    // audit's reading; scanning the two tables and sorting 16-byte (key hash, id) pairs
    // takes a fifth of that. A 64-bit hash makes two different keys look alike about once
    // in ten million audits of a million contacts, which moves the score by a record.
    std::vector<qint64> deleted;
    SqliteStatement statement;
    Result r = statement.prepare(db, QStringLiteral("SELECT id FROM contacts WHERE deleted_at IS NOT NULL ORDER BY id"));
    if (!r)
        return r;
    while (statement.step())
        deleted.push_back(statement.integer(0));
    if (!(r = statement.result(QCoreApplication::translate("Audit", "Counting duplicates"))))
        return r;

    // The e-mail key is SQL's lower(trim(address)): ASCII lowercase, spaces trimmed.
    // Keys carry their kind so that an e-mail never equals a phone number.
    r = statement.prepare(db, QStringLiteral("SELECT contact_id, address, 'e' FROM contact_emails "
                                             "UNION ALL SELECT contact_id, e164, 'p' FROM contact_phones WHERE e164 <> ''"));
    if (!r)
        return r;
    std::vector<KeyedId> keys;
    QByteArray key;
    while (statement.step()) {
        const qint64 id = statement.integer(0);
        if (std::binary_search(deleted.begin(), deleted.end(), id))
            continue;
        int size = 0;
        const char *text = statement.utf8(1, &size);
        int kindSize = 0;
        const char kind = *statement.utf8(2, &kindSize);
        int from = 0;
        while (from < size && text[from] == ' ')
            ++from;
        while (size > from && text[size - 1] == ' ')
            --size;
        if (size == from)
            continue;
        key.resize(size - from + 1);
        char *out = key.data();
        *out++ = kind;
        for (int i = from; i < size; ++i)
            *out++ = (text[i] >= 'A' && text[i] <= 'Z') ? char(text[i] + ('a' - 'A')) : text[i];
        keys.push_back({quint64(qHashBits(key.constData(), size_t(key.size()), 0x6b656d7074)), id});
    }
    if (!(r = statement.result(QCoreApplication::translate("Audit", "Counting duplicates"))))
        return r;
    *contacts = countSharing(&keys);
    return Result::success();
}

qint64 UniquenessCounter::countSharing(std::vector<KeyedId> *keys)
{
    std::sort(keys->begin(), keys->end());
    keys->erase(std::unique(keys->begin(), keys->end()), keys->end());
    // Sorted by key, then id: a key with two different ids has them in one run.
    std::vector<qint64> sharing;
    for (size_t i = 0; i < keys->size();) {
        size_t end = i + 1;
        while (end < keys->size() && (*keys)[end].key == (*keys)[i].key)
            ++end;
        if (end - i > 1) {
            for (size_t j = i; j < end; ++j)
                sharing.push_back((*keys)[j].id);
        }
        i = end;
    }
    std::sort(sharing.begin(), sharing.end());
    return qint64(std::unique(sharing.begin(), sharing.end()) - sharing.begin());
}

} // namespace Kempt
