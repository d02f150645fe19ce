#include "dedup/dedupkeyindex.h"

#include "audit/affectedrecords.h"
#include "audit/progresssink.h"
#include "dedup/blockingkeys.h"
#include "dedup/contactrecordreader.h"
#include "dedup/recordpreparer.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <sqlite3.h>
#include <thread>
#include <vector>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Dedup)
};

constexpr int ChunkSize = 4096;

// A prepared statement on the raw handle, for the million-row writes of a rebuild and for
// the blobs of dedup_records, which SqliteStatement does not bind.
class RawStatement
{
public:
    RawStatement(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
    }
    ~RawStatement() { sqlite3_finalize(m_stmt); }
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    void bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bindBlob(int i, const QByteArray &b) { sqlite3_bind_blob(m_stmt, i, b.constData(), int(b.size()), SQLITE_TRANSIENT); }
    // Runs a statement that returns no rows; false (with the message kept) on failure.
    bool run()
    {
        if (!m_error.isEmpty())
            return false;
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        return true;
    }
    bool row()
    {
        if (!m_error.isEmpty())
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(m_stmt);
        return false;
    }
    void reset() { sqlite3_reset(m_stmt); }
    qint64 integer(int c) const { return sqlite3_column_int64(m_stmt, c); }
    QByteArray blob(int c) const
    {
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_stmt, c)), sqlite3_column_bytes(m_stmt, c));
    }
    Result result(const QString &what) const
    {
        if (m_error.isEmpty())
            return Result::success();
        return Result::failure(Tr::tr("%1 failed: %2").arg(what, m_error));
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

QByteArray packKeys(const QList<quint64> &keys)
{
    QByteArray blob(keys.size() * qsizetype(sizeof(quint64)), Qt::Uninitialized);
    std::copy(keys.cbegin(), keys.cend(), reinterpret_cast<quint64 *>(blob.data()));
    return blob;
}

QList<quint64> unpackKeys(const QByteArray &blob)
{
    QList<quint64> keys(blob.size() / qsizetype(sizeof(quint64)));
    std::copy_n(reinterpret_cast<const quint64 *>(blob.constData()), keys.size(), keys.begin());
    return keys;
}

// Every key a contact is indexed and counted under.
QList<quint64> allKeys(const PreparedRecord &p)
{
    QList<quint64> keys = BlockingKeys::keys(p);
    keys += BlockingKeys::valueKeys(p);
    return keys;
}

// The counters that change with a contact's keys: each key, each family's total, records.
void countChanges(const QList<quint64> &keys, int sign, QHash<quint64, qint64> &delta)
{
    for (quint64 k : keys) {
        delta[k] += sign;
        delta[BlockingKeys::totalKey(BlockingKeys::family(k))] += sign;
    }
    delta[BlockingKeys::totalKey(BlockingKeys::RecordCount)] += sign;
}

const char *const kWhat = QT_TRANSLATE_NOOP("Dedup", "Updating the duplicate-detection index");

} // namespace

bool DedupKeyIndex::isBuilt(QSqlDatabase db)
{
    return state(db, QStringLiteral("keys_built")) == QLatin1String("1");
}

QString DedupKeyIndex::state(QSqlDatabase db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM dedup_state WHERE name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Result DedupKeyIndex::setState(QSqlDatabase db, const QString &name, const QString &value)
{
    QSqlQuery q(db);
    return exec(q, QStringLiteral("INSERT INTO dedup_state(name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value"),
                {name, value});
}

Result DedupKeyIndex::saveModel(QSqlDatabase db, const MatchModel &model, qint64 records)
{
    QJsonObject json = model.toJson();
    json.insert(QStringLiteral("records"), records);
    return setState(db, QStringLiteral("model"), QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

MatchModel DedupKeyIndex::loadModel(QSqlDatabase db, qint64 *records, bool *found)
{
    const QString text = state(db, QStringLiteral("model"));
    bool ok = false;
    MatchModel model = MatchModel::defaults();
    qint64 n = 0;
    if (!text.isEmpty()) {
        const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
        model = MatchModel::fromJson(json, &ok);
        n = json.value(QStringLiteral("records")).toInteger();
        if (!ok)
            model = MatchModel::defaults();
    }
    if (records)
        *records = ok ? n : 0;
    if (found)
        *found = ok;
    return model;
}

Result DedupKeyIndex::counts(QSqlDatabase db, const QList<quint64> &keys, QHash<quint64, qint64> *out)
{
    out->clear();
    sqlite3 *handle = SqliteStatement::handleOf(db);
    RawStatement q(handle, "SELECT n FROM dedup_counts WHERE key = ?");
    for (quint64 k : keys) {
        q.bind(1, qint64(k));
        const qint64 n = q.row() ? q.integer(0) : 0;
        q.reset();
        out->insert(k, n);
    }
    return q.result(Tr::tr("Reading the duplicate-detection index"));
}

Result DedupKeyIndex::rebuild(QSqlDatabase db, ProgressSink *progress)
{
    const QString what = QCoreApplication::translate("Dedup", kWhat);
    Transaction tx(db);
    Result r = tx.begin();
    QSqlQuery q(db);
    for (const char *sql : {"DELETE FROM dedup_keys", "DELETE FROM dedup_counts", "DELETE FROM dedup_records"})
        if (r)
            r = exec(q, QString::fromLatin1(sql));
    if (!r)
        return r;
    ContactRecordReader reader;
    if (!(r = reader.open(db)))
        return r;
    const qint64 expected = qMax<qint64>(1, reader.sizeHint());
    sqlite3 *handle = SqliteStatement::handleOf(db);
    RawStatement insertRecord(handle, "INSERT INTO dedup_records(contact_id, keys) VALUES (?, ?)");
    struct Entry
    {
        quint64 key;
        qint64 contact;
    };
    std::vector<Entry> blocking;
    std::vector<quint64> counted;
    const int threads = int(qBound(1u, std::thread::hardware_concurrency(), 8u));
    std::vector<RecordPreparer> preparers(static_cast<size_t>(threads));
    QList<DupRecord> chunk;
    std::vector<QList<quint64>> keys;
    qint64 records = 0;
    bool more = true;
    while (more) {
        chunk.clear();
        DupRecord record;
        while (chunk.size() < ChunkSize && (more = reader.next(&record)))
            chunk << record;
        if (!(r = reader.result()))
            return r;
        keys.assign(size_t(chunk.size()), {});
        const auto work = [&](int worker) {
            for (qsizetype i = worker; i < chunk.size(); i += threads)
                keys[size_t(i)] = allKeys(preparers[size_t(worker)].prepare(chunk.at(i)));
        };
        std::vector<std::thread> helpers;
        for (int t = 1; t < threads && chunk.size() > 256; ++t)
            helpers.emplace_back(work, t);
        if (helpers.empty())
            for (qsizetype i = 0; i < chunk.size(); ++i)
                keys[size_t(i)] = allKeys(preparers[0].prepare(chunk.at(i)));
        else
            work(0);
        for (std::thread &t : helpers)
            t.join();
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            const qint64 id = ContactRecordReader::contactId(chunk.at(i));
            const QList<quint64> &k = keys[size_t(i)];
            insertRecord.bind(1, id);
            insertRecord.bindBlob(2, packKeys(k));
            if (!insertRecord.run())
                return insertRecord.result(what);
            for (quint64 key : k) {
                if (BlockingKeys::isBlocking(key))
                    blocking.push_back({key, id});
                counted.push_back(key);
                counted.push_back(BlockingKeys::totalKey(BlockingKeys::family(key)));
            }
            counted.push_back(BlockingKeys::totalKey(BlockingKeys::RecordCount));
        }
        records += chunk.size();
        if (progress && !progress->progress(records, expected * 2))
            return Result::failure(Tr::tr("Building the duplicate-detection index was cancelled."));
    }
    // Written in key order, the B-trees grow at their end instead of splitting pages everywhere.
    std::sort(blocking.begin(), blocking.end(),
              [](const Entry &a, const Entry &b) { return a.key < b.key || (a.key == b.key && a.contact < b.contact); });
    RawStatement insertKey(handle, "INSERT OR IGNORE INTO dedup_keys(key, contact_id) VALUES (?, ?)");
    for (const Entry &e : blocking) {
        insertKey.bind(1, qint64(e.key));
        insertKey.bind(2, e.contact);
        if (!insertKey.run())
            return insertKey.result(what);
    }
    std::vector<Entry>().swap(blocking);
    // dedup_counts is keyed by rowid, which orders signed: sort the same way.
    std::sort(counted.begin(), counted.end(), [](quint64 a, quint64 b) { return qint64(a) < qint64(b); });
    RawStatement insertCount(handle, "INSERT INTO dedup_counts(key, n) VALUES (?, ?)");
    for (size_t i = 0; i < counted.size();) {
        size_t j = i + 1;
        while (j < counted.size() && counted[j] == counted[i])
            ++j;
        insertCount.bind(1, qint64(counted[i]));
        insertCount.bind(2, qint64(j - i));
        if (!insertCount.run())
            return insertCount.result(what);
        i = j;
    }
    if (progress && !progress->progress(expected * 2, expected * 2))
        return Result::failure(Tr::tr("Building the duplicate-detection index was cancelled."));
    QSqlQuery last(db);
    const qint64 batch = last.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM change_batches")) && last.next()
        ? last.value(0).toLongLong() : 0;
    if (!(r = setState(db, QStringLiteral("keys_batch"), QString::number(batch))) || !(r = setState(db, QStringLiteral("keys_built"), QStringLiteral("1"))))
        return r;
    return tx.commit();
}

Result DedupKeyIndex::refreshContacts(QSqlDatabase db, const QString &idsSql)
{
    const QString what = QCoreApplication::translate("Dedup", kWhat);
    sqlite3 *handle = SqliteStatement::handleOf(db);
    QHash<quint64, qint64> delta;
    // Old keys out.
    {
        QSqlQuery ids(db);
        ids.setForwardOnly(true);
        if (!ids.exec(idsSql))
            return sqlFailure(ids, what);
        RawStatement old(handle, "SELECT keys FROM dedup_records WHERE contact_id = ?");
        RawStatement dropKey(handle, "DELETE FROM dedup_keys WHERE key = ? AND contact_id = ?");
        RawStatement dropRecord(handle, "DELETE FROM dedup_records WHERE contact_id = ?");
        while (ids.next()) {
            const qint64 id = ids.value(0).toLongLong();
            old.bind(1, id);
            if (!old.row()) {
                if (Result r = old.result(what); !r)
                    return r;
                continue;
            }
            const QList<quint64> keys = unpackKeys(old.blob(0));
            old.reset();
            for (quint64 k : keys)
                if (BlockingKeys::isBlocking(k)) {
                    dropKey.bind(1, qint64(k));
                    dropKey.bind(2, id);
                    if (!dropKey.run())
                        return dropKey.result(what);
                }
            dropRecord.bind(1, id);
            if (!dropRecord.run())
                return dropRecord.result(what);
            countChanges(keys, -1, delta);
        }
    }
    // New keys in, for the contacts that still exist outside the trash.
    ContactRecordReader reader;
    Result r = reader.open(db, QStringLiteral("c.id IN (%1)").arg(idsSql));
    if (!r)
        return r;
    RecordPreparer preparer;
    RawStatement addRecord(handle, "INSERT INTO dedup_records(contact_id, keys) VALUES (?, ?)");
    RawStatement addKey(handle, "INSERT OR IGNORE INTO dedup_keys(key, contact_id) VALUES (?, ?)");
    DupRecord record;
    while (reader.next(&record)) {
        const qint64 id = ContactRecordReader::contactId(record);
        const QList<quint64> keys = allKeys(preparer.prepare(record));
        addRecord.bind(1, id);
        addRecord.bindBlob(2, packKeys(keys));
        if (!addRecord.run())
            return addRecord.result(what);
        for (quint64 k : keys)
            if (BlockingKeys::isBlocking(k)) {
                addKey.bind(1, qint64(k));
                addKey.bind(2, id);
                if (!addKey.run())
                    return addKey.result(what);
            }
        countChanges(keys, +1, delta);
    }
    if (!(r = reader.result()))
        return r;
    RawStatement count(handle, "INSERT INTO dedup_counts(key, n) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET n = n + ?2");
    for (auto it = delta.cbegin(); it != delta.cend(); ++it) {
        if (it.value() == 0)
            continue;
        count.bind(1, qint64(it.key()));
        count.bind(2, it.value());
        if (!count.run())
            return count.result(what);
    }
    RawStatement tidy(handle, "DELETE FROM dedup_counts WHERE key = ? AND n <= 0");
    for (auto it = delta.cbegin(); it != delta.cend(); ++it)
        if (it.value() < 0) {
            tidy.bind(1, qint64(it.key()));
            if (!tidy.run())
                return tidy.result(what);
        }
    return Result::success();
}

Result DedupKeyIndex::batchWritten(QSqlDatabase db, qint64 batchId)
{
    if (!isBuilt(db))
        return Result::success();
    Result r = AffectedRecords::collect(db, batchId);
    if (r)
        r = refreshContacts(db, QStringLiteral("SELECT id FROM temp.audit_affected WHERE entity = 'contact'"));
    const Result cleared = AffectedRecords::clear(db);
    if (r)
        r = cleared;
    if (r)
        r = setState(db, QStringLiteral("keys_batch"), QString::number(batchId));
    return r;
}

Result DedupKeyIndex::catchUp(QSqlDatabase db)
{
    if (!isBuilt(db))
        return Result::success();
    const qint64 seen = state(db, QStringLiteral("keys_batch")).toLongLong();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM change_batches WHERE id > ? ORDER BY id"));
    q.addBindValue(seen);
    if (!q.exec())
        return sqlFailure(q, QCoreApplication::translate("Dedup", kWhat));
    QList<qint64> batches;
    while (q.next())
        batches << q.value(0).toLongLong();
    if (batches.isEmpty())
        return Result::success();
    Transaction tx(db);
    Result r = tx.begin();
    for (qint64 batch : batches)
        if (r)
            r = batchWritten(db, batch);
    return r ? tx.commit() : r;
}

Result DedupKeyIndex::ensureCurrent(QSqlDatabase db, ProgressSink *progress)
{
    return isBuilt(db) ? catchUp(db) : rebuild(db, progress);
}

} // namespace Kempt
