#include "audit/issuemerger.h"

#include <QCoreApplication>
#include <algorithm>
#include <limits>
#include <tuple>

namespace Kempt {

namespace {

QString what()
{
    return QCoreApplication::translate("Audit", "Storing the data-quality findings");
}

// What a row says, without its id: the stored row and the new one are equal when this
// is. Copies of QByteArray share their bytes, so building one costs little.
using Key = std::tuple<QByteArray, QByteArray, QByteArray, QByteArray, QByteArray>;

constexpr qint64 kNoId = std::numeric_limits<qint64>::max();

} // namespace

IssueMerger::IssueMerger(QSqlDatabase db)
    : m_db(db)
    , m_writer(db)
{
}

QStringList IssueMerger::digestTriggers()
{
    return {QStringLiteral("quality_issues_digest_ins"), QStringLiteral("quality_issues_digest_del"),
            QStringLiteral("quality_issues_digest_upd")};
}

Result IssueMerger::prepare()
{
    Result r;
    if (m_selectDigests.isPrepared())
        return r;
    if (!(r = m_selectDigests.prepare(m_db, QStringLiteral("SELECT entity_id, digest FROM quality_digests "
                                                           "WHERE entity = ? AND entity_id > ? AND entity_id <= ? "
                                                           "ORDER BY entity_id"))))
        return r;
    if (!(r = m_selectRows.prepare(m_db, QStringLiteral("SELECT rule, field, severity, message, suggestion FROM quality_issues "
                                                        "WHERE entity = ? AND entity_id = ?"))))
        return r;
    if (!(r = m_deleteRows.prepare(m_db, QStringLiteral("DELETE FROM quality_issues WHERE entity = ? AND entity_id = ?"))))
        return r;
    if (!(r = m_upsertDigest.prepare(m_db, QStringLiteral("INSERT INTO quality_digests(entity, entity_id, digest) VALUES (?, ?, ?) "
                                                          "ON CONFLICT(entity, entity_id) DO UPDATE SET digest = excluded.digest"))))
        return r;
    return m_deleteDigest.prepare(m_db, QStringLiteral("DELETE FROM quality_digests WHERE entity = ? AND entity_id = ?"));
}

Result IssueMerger::step(SqliteStatement &statement)
{
    statement.step();
    const Result r = statement.result(what());
    statement.reset();
    return r;
}

Result IssueMerger::readDigests(const QByteArray &entity, qint64 after, qint64 upTo)
{
    m_stored.clear();
    m_selectDigests.bindText(1, entity);
    m_selectDigests.bind(2, after);
    m_selectDigests.bind(3, upTo);
    while (m_selectDigests.step()) {
        Stored s{m_selectDigests.integer(0), std::nullopt};
        if (!m_selectDigests.isNull(1))
            s.digest = quint64(m_selectDigests.integer(1));
        m_stored.push_back(s);
    }
    const Result r = m_selectDigests.result(what());
    m_selectDigests.reset();
    return r;
}

// Compared row by row, as multisets: for records whose digest is unknown.
Result IssueMerger::sameAsStored(const QByteArray &entity, qint64 id, const IssueRow *first, const IssueRow *last,
                                 bool *same)
{
    std::vector<Key> old;
    m_selectRows.bindText(1, entity);
    m_selectRows.bind(2, id);
    while (m_selectRows.step()) {
        auto bytes = [this](int column) {
            int size = 0;
            const char *data = m_selectRows.utf8(column, &size);
            return QByteArray(data, size);
        };
        old.emplace_back(bytes(0), bytes(1), bytes(2), bytes(3), bytes(4));
    }
    const Result r = m_selectRows.result(what());
    m_selectRows.reset();
    if (!r)
        return r;
    std::vector<Key> fresh;
    for (const IssueRow *row = first; row != last; ++row)
        fresh.emplace_back(row->rule, row->field, IssueWriter::severityName(row->severity), row->message, row->suggestion);
    std::sort(fresh.begin(), fresh.end());
    std::sort(old.begin(), old.end());
    *same = fresh == old;
    return r;
}

Result IssueMerger::removeRows(const QByteArray &entity, qint64 id)
{
    m_deleteRows.bindText(1, entity);
    m_deleteRows.bind(2, id);
    m_deleteRows.step();
    const Result r = m_deleteRows.result(what());
    m_removed += m_deleteRows.changes();
    m_deleteRows.reset();
    return r;
}

Result IssueMerger::storeDigest(const QByteArray &entity, qint64 id, quint64 digest)
{
    m_upsertDigest.bindText(1, entity);
    m_upsertDigest.bind(2, id);
    m_upsertDigest.bind(3, qint64(digest));
    return step(m_upsertDigest);
}

Result IssueMerger::forgetDigest(const QByteArray &entity, qint64 id)
{
    m_deleteDigest.bindText(1, entity);
    m_deleteDigest.bind(2, id);
    return step(m_deleteDigest);
}

Result IssueMerger::merge(Entity entity, qint64 after, qint64 upTo, const std::vector<IssueRow> &rows,
                          const std::vector<Record> &records)
{
    Result r = prepare();
    if (!r)
        return r;
    const QByteArray entityName = IssueWriter::entityName(entity);
    if (!(r = readDigests(entityName, after, upTo)))
        return r;

    m_inserts.clear();
    size_t i = 0; // new records
    size_t k = 0; // stored digests
    while (r && (i < records.size() || k < m_stored.size())) {
        const qint64 id = std::min(i < records.size() ? records[i].id : kNoId, k < m_stored.size() ? m_stored[k].id : kNoId);
        const Record *fresh = i < records.size() && records[i].id == id ? &records[i++] : nullptr;
        const Stored *stored = k < m_stored.size() && m_stored[k].id == id ? &m_stored[k++] : nullptr;
        if (!fresh) {
            // No findings now: whatever is stored goes, and so does its digest.
            if ((r = removeRows(entityName, id)))
                r = forgetDigest(entityName, id);
            continue;
        }
        const IssueRow *first = rows.data() + fresh->first;
        const IssueRow *last = first + fresh->count;
        if (stored) {
            if (stored->digest == fresh->digest)
                continue;
            if (!stored->digest) {
                bool same = false;
                if (!(r = sameAsStored(entityName, id, first, last, &same)))
                    break;
                if (same) {
                    r = storeDigest(entityName, id, fresh->digest);
                    continue;
                }
            }
            if (!(r = removeRows(entityName, id)))
                break;
        }
        // Without a digest row the record has no stored rows (see 005_quality_digests.sql).
        m_inserts.insert(m_inserts.end(), first, last);
        r = storeDigest(entityName, id, fresh->digest);
    }
    if (!r)
        return r;
    m_inserted += qint64(m_inserts.size());
    return m_writer.write(m_inserts);
}

Result IssueMerger::removeForeign()
{
    // "entity NOT IN (...)" would read every row; these ranges are searched in the index.
    for (const char *table : {"quality_issues", "quality_digests"}) {
        const QString sql = QStringLiteral("DELETE FROM %1 WHERE entity < 'company' OR (entity > 'company' AND entity < 'contact') "
                                           "OR entity > 'contact'").arg(QLatin1String(table));
        SqliteStatement statement;
        Result r = statement.prepare(m_db, sql);
        if (!r)
            return r;
        statement.step();
        if (!(r = statement.result(what())))
            return r;
    }
    return Result::success();
}

} // namespace Kempt
