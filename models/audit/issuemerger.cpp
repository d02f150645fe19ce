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

Key keyOf(const IssueRow &row, const QByteArray &severity)
{
    return {row.rule, row.field, severity, row.message, row.suggestion};
}

constexpr qint64 kNoId = std::numeric_limits<qint64>::max();

} // namespace

IssueMerger::IssueMerger(QSqlDatabase db)
    : m_db(db)
    , m_writer(db)
{
}

Result IssueMerger::merge(Entity entity, qint64 after, qint64 upTo, const std::vector<IssueRow> &rows)
{
    Result r;
    if (!m_select.isPrepared()) {
        if (!(r = m_select.prepare(m_db, QStringLiteral("SELECT id, entity_id, rule, field, severity, message, suggestion "
                                                         "FROM quality_issues WHERE entity = ? AND entity_id > ? AND entity_id <= ? "
                                                         "ORDER BY entity_id, id"))))
            return r;
        if (!(r = m_delete.prepare(m_db, QStringLiteral("DELETE FROM quality_issues WHERE id = ?"))))
            return r;
    }
    const QByteArray entityName = IssueWriter::entityName(entity);
    m_select.bindText(1, entityName);
    m_select.bind(2, after);
    m_select.bind(3, upTo);
    // The severity is kept as stored: a value the enum does not know compares unequal.
    std::vector<Stored> stored;
    std::vector<QByteArray> storedSeverity;
    while (m_select.step()) {
        auto bytes = [this](int column) {
            int size = 0;
            const char *data = m_select.utf8(column, &size);
            return QByteArray(data, size);
        };
        IssueRow row;
        row.entity = entity;
        row.entityId = m_select.integer(1);
        row.rule = bytes(2);
        row.field = bytes(3);
        row.message = bytes(5);
        row.suggestion = bytes(6);
        stored.push_back({m_select.integer(0), row});
        storedSeverity.push_back(bytes(4));
    }
    r = m_select.result(what());
    m_select.reset();
    if (!r)
        return r;
    if (stored.empty()) {
        m_inserted += qint64(rows.size());
        return m_writer.write(rows);
    }

    std::vector<IssueRow> inserts;
    std::vector<qint64> deletes;
    size_t i = 0; // new rows
    size_t k = 0; // stored rows
    while (i < rows.size() || k < stored.size()) {
        const qint64 id = std::min(i < rows.size() ? rows[i].entityId : kNoId,
                                   k < stored.size() ? stored[k].row.entityId : kNoId);
        size_t j = i, l = k;
        while (j < rows.size() && rows[j].entityId == id)
            ++j;
        while (l < stored.size() && stored[l].row.entityId == id)
            ++l;
        bool same = j - i == l - k;
        if (same) {
            // Usually in the same order as stored; otherwise compared as multisets.
            bool inOrder = true;
            for (size_t n = 0; n < j - i && inOrder; ++n)
                inOrder = keyOf(rows[i + n], IssueWriter::severityName(rows[i + n].severity))
                    == keyOf(stored[k + n].row, storedSeverity[k + n]);
            if (!inOrder) {
                std::vector<Key> fresh, old;
                for (size_t n = i; n < j; ++n)
                    fresh.push_back(keyOf(rows[n], IssueWriter::severityName(rows[n].severity)));
                for (size_t n = k; n < l; ++n)
                    old.push_back(keyOf(stored[n].row, storedSeverity[n]));
                std::sort(fresh.begin(), fresh.end());
                std::sort(old.begin(), old.end());
                same = fresh == old;
            }
        }
        if (!same) {
            for (size_t n = k; n < l; ++n)
                deletes.push_back(stored[n].rowId);
            inserts.insert(inserts.end(), rows.begin() + i, rows.begin() + j);
        }
        i = j;
        k = l;
    }
    for (qint64 rowId : deletes) {
        m_delete.bind(1, rowId);
        m_delete.step();
        r = m_delete.result(what());
        m_delete.reset();
        if (!r)
            return r;
    }
    m_removed += qint64(deletes.size());
    m_inserted += qint64(inserts.size());
    return m_writer.write(inserts);
}

Result IssueMerger::removeForeign()
{
    SqliteStatement statement;
    Result r = statement.prepare(m_db, QStringLiteral("DELETE FROM quality_issues WHERE entity NOT IN ('contact', 'company')"));
    if (!r)
        return r;
    statement.step();
    return statement.result(what());
}

} // namespace Kempt
