#include "dedup/duplicategroupstore.h"

#include "audit/affectedrecords.h"
#include "dedup/duplicatechecker.h"
#include "dedup/duplicateclusterer.h"
#include "dedup/notduplicates.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Dedup)
};

QString bandName(MatchBand band)
{
    return MatchBands::name(band);
}

MatchBand bandOf(const QString &name)
{
    return name == QLatin1String("sure") ? MatchBand::Sure : name == QLatin1String("possible") ? MatchBand::Possible : MatchBand::None;
}

// The members shown: active, out of the trash, in a group that still matches. A group is
// shown with two or more of them and no pair among them marked "not a duplicate".
const char *const kShown =
    "WITH live AS ("
    " SELECT m.group_id, m.contact_id, c.display_name AS name FROM duplicate_group_members m"
    " JOIN duplicate_groups g ON g.id = m.group_id AND g.band <> 'none'"
    " JOIN duplicate_scans s ON s.id = g.scan_id AND s.entity = 'contact'"
    " JOIN contacts c ON c.id = m.contact_id AND c.deleted_at IS NULL"
    " WHERE m.active = 1),"
    " apart AS (SELECT DISTINCT a.group_id FROM live a JOIN live b ON b.group_id = a.group_id AND b.contact_id > a.contact_id"
    " JOIN not_duplicates n ON n.entity = 'contact' AND n.a_id = a.contact_id AND n.b_id = b.contact_id) ";

const char *const kShownGroups =
    "SELECT g.id, g.band, g.score, g.skipped, group_concat(l.contact_id || char(30) || l.name, char(31)), count(*)"
    " FROM live l JOIN duplicate_groups g ON g.id = l.group_id"
    " WHERE l.group_id NOT IN apart %1"
    " GROUP BY g.id HAVING count(*) >= 2"
    " ORDER BY g.skipped, g.band = 'possible', g.score DESC, g.id";

const char *const kShownSummary =
    ", shown AS (SELECT g.band AS band, g.skipped AS skipped, count(*) AS n FROM live l JOIN duplicate_groups g ON g.id = l.group_id"
    " WHERE l.group_id NOT IN apart GROUP BY g.id HAVING count(*) >= 2)"
    " SELECT count(*), coalesce(sum(band = 'sure'), 0), coalesce(sum(band = 'possible'), 0), coalesce(sum(n), 0),"
    " coalesce(sum(skipped <> 0), 0), coalesce(sum(CASE WHEN skipped <> 0 THEN n ELSE 0 END), 0) FROM shown";

QString shownGroups(const QString &condition)
{
    return QString::fromLatin1(kShown) + QString::fromLatin1(kShownGroups).arg(condition);
}

DuplicateGroupStore::Group groupOf(const QSqlQuery &q)
{
    DuplicateGroupStore::Group g;
    g.id = q.value(0).toLongLong();
    g.band = bandOf(q.value(1).toString());
    g.score = q.value(2).toDouble();
    g.skipped = q.value(3).toBool();
    QList<std::pair<qint64, QString>> members;
    for (const QString &member : q.value(4).toString().split(QChar(31))) {
        const qsizetype cut = member.indexOf(QChar(30));
        members.append({member.left(cut).toLongLong(), cut < 0 ? QString() : member.mid(cut + 1)});
    }
    std::sort(members.begin(), members.end());
    for (const auto &[id, name] : members) {
        g.contactIds << id;
        g.names << name;
    }
    return g;
}

} // namespace

DuplicateGroupStore::DuplicateGroupStore(QSqlDatabase db)
    : m_db(db)
{
}

DuplicateGroupStore::Scan DuplicateGroupStore::lastScan() const
{
    Scan s;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT id, at, records, pairs, milliseconds, seen_batch, outdated FROM duplicate_scans "
                              "WHERE entity = 'contact'"))
        && q.next()) {
        s.id = q.value(0).toLongLong();
        s.at = q.value(1).toString();
        s.records = q.value(2).toLongLong();
        s.pairs = q.value(3).toLongLong();
        s.milliseconds = q.value(4).toLongLong();
        s.seenBatch = q.value(5).toLongLong();
        s.outdated = q.value(6).toBool();
    }
    return s;
}

Result DuplicateGroupStore::replace(const Scan &scan, const QList<Group> &groups)
{
    const QString what = Tr::tr("Keeping the duplicate groups");
    QSqlQuery q(m_db);
    Result r = exec(q, QStringLiteral("DELETE FROM duplicate_scans WHERE entity = 'contact'"));
    if (r)
        r = exec(q, QStringLiteral("INSERT INTO duplicate_scans(entity, records, pairs, milliseconds, seen_batch) VALUES ('contact', ?, ?, ?, ?)"),
                 {scan.records, scan.pairs, scan.milliseconds, scan.seenBatch});
    if (!r)
        return r;
    const qint64 scanId = q.lastInsertId().toLongLong();
    QSqlQuery group(m_db);
    QSqlQuery member(m_db);
    if (!group.prepare(QStringLiteral("INSERT INTO duplicate_groups(scan_id, band, score) VALUES (?, ?, ?)")))
        return sqlFailure(group, what);
    if (!member.prepare(QStringLiteral("INSERT OR IGNORE INTO duplicate_group_members(group_id, contact_id) VALUES (?, ?)")))
        return sqlFailure(member, what);
    for (const Group &g : groups) {
        group.bindValue(0, scanId);
        group.bindValue(1, bandName(g.band));
        group.bindValue(2, g.score);
        if (!group.exec())
            return sqlFailure(group, what);
        const qint64 groupId = group.lastInsertId().toLongLong();
        for (qint64 contact : g.contactIds) {
            member.bindValue(0, groupId);
            member.bindValue(1, contact);
            if (!member.exec())
                return sqlFailure(member, what);
        }
    }
    return Result::success();
}

Result DuplicateGroupStore::list(QList<Group> *groups) const
{
    groups->clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(shownGroups(QString())))
        return sqlFailure(q, Tr::tr("Reading the duplicate groups"));
    while (q.next())
        groups->append(groupOf(q));
    return Result::success();
}

bool DuplicateGroupStore::find(qint64 groupId, Group *group) const
{
    QSqlQuery q(m_db);
    if (!q.prepare(shownGroups(QStringLiteral("AND g.id = ?"))))
        return false;
    q.addBindValue(groupId);
    if (!q.exec() || !q.next())
        return false;
    if (group)
        *group = groupOf(q);
    return true;
}

Result DuplicateGroupStore::summary(Summary *summary) const
{
    *summary = Summary();
    QSqlQuery q(m_db);
    if (!q.exec(QString::fromLatin1(kShown) + QString::fromLatin1(kShownSummary)))
        return sqlFailure(q, Tr::tr("Counting the duplicate groups"));
    if (q.next()) {
        summary->groups = q.value(0).toLongLong();
        summary->sure = q.value(1).toLongLong();
        summary->possible = q.value(2).toLongLong();
        summary->records = q.value(3).toLongLong();
        summary->skipped = q.value(4).toLongLong();
        summary->skippedRecords = q.value(5).toLongLong();
    }
    return Result::success();
}

Result DuplicateGroupStore::setSkipped(qint64 groupId, bool skipped)
{
    QSqlQuery q(m_db);
    return exec(q, QStringLiteral("UPDATE duplicate_groups SET skipped = ? WHERE id = ?"), {skipped ? 1 : 0, groupId});
}

Result DuplicateGroupStore::refresh(bool *changed)
{
    if (changed)
        *changed = false;
    const Scan scan = lastScan();
    if (!scan.isValid())
        return Result::success();
    const QString what = Tr::tr("Following the changes since the duplicate scan");
    QSqlQuery q(m_db);
    Result r = exec(q, QStringLiteral("SELECT id FROM change_batches WHERE id > ? ORDER BY id"), {scan.seenBatch});
    if (!r)
        return r;
    QList<qint64> batches;
    while (q.next())
        batches << q.value(0).toLongLong();
    if (batches.isEmpty())
        return Result::success();

    QSet<qint64> touched;
    if (!scan.outdated) {
        for (qint64 batch : std::as_const(batches)) {
            if (!(r = AffectedRecords::collect(m_db, batch)))
                break;
            if (!(r = exec(q, QStringLiteral("SELECT DISTINCT m.group_id FROM temp.audit_affected a "
                                             "JOIN duplicate_group_members m ON m.contact_id = a.id WHERE a.entity = 'contact'"))))
                break;
            while (q.next())
                touched.insert(q.value(0).toLongLong());
            if (touched.size() > MaxRefreshedGroups)
                break;
        }
        const Result cleared = AffectedRecords::clear(m_db);
        if (!r)
            return r;
        if (!cleared)
            return cleared;
    }
    const bool tooMany = scan.outdated || touched.size() > MaxRefreshedGroups;
    if (!tooMany && !touched.isEmpty()) {
        QList<qint64> ids(touched.cbegin(), touched.cend());
        std::sort(ids.begin(), ids.end());
        if (!(r = rescore(ids)))
            return r;
        if (changed)
            *changed = true;
    }
    if (tooMany && changed)
        *changed = !scan.outdated;
    return exec(q, QStringLiteral("UPDATE duplicate_scans SET seen_batch = ?, outdated = ? WHERE id = ?"),
                {batches.last(), tooMany ? 1 : 0, scan.id});
}

Result DuplicateGroupStore::rescore(const QList<qint64> &groupIds)
{
    // The checker reads the index on this connection; it must be open before the
    // transaction, as catching the index up writes in a transaction of its own.
    DuplicateChecker checker(m_db);
    Result r = checker.open();
    if (!r)
        return r;
    Transaction tx(m_db);
    if (!(r = tx.begin()))
        return r;
    QSqlQuery members(m_db);
    QSqlQuery q(m_db);
    for (qint64 groupId : groupIds) {
        if (!(r = exec(members, QStringLiteral("SELECT contact_id FROM duplicate_group_members WHERE group_id = ?"), {groupId})))
            return r;
        QList<qint64> ids;
        while (members.next())
            ids << members.value(0).toLongLong();
        QList<PairExplanation> explained;
        if (!(r = checker.explainPairs(ids, &explained)))
            return r;
        // Fewer than two records out of the trash: the group is hidden as it is, and
        // comes back as it was when an undo restores them.
        if (explained.isEmpty())
            continue;
        QList<qint64> live;
        for (const PairExplanation &e : std::as_const(explained))
            for (qint64 id : {e.idA.toLongLong(), e.idB.toLongLong()})
                if (!live.contains(id))
                    live << id;
        std::sort(live.begin(), live.end());
        std::vector<DuplicatePair> pairs;
        QSet<quint64> apart;
        for (const PairExplanation &e : std::as_const(explained)) {
            const qint32 a = qint32(live.indexOf(e.idA.toLongLong()));
            const qint32 b = qint32(live.indexOf(e.idB.toLongLong()));
            if (NotDuplicates::contains(m_db, live.at(a), live.at(b)))
                apart.insert(DuplicateClusterer::key(a, b));
            if (e.band != MatchBand::None)
                pairs.push_back({qMin(a, b), qMax(a, b), float(e.score), float(e.probability), e.band});
        }
        const QList<DuplicateGroup> clusters = DuplicateClusterer::cluster(int(live.size()), pairs, apart);
        const DuplicateGroup *best = nullptr;
        for (const DuplicateGroup &c : clusters)
            if (!best || c.rows.size() > best->rows.size() || (c.rows.size() == best->rows.size() && c.score > best->score))
                best = &c;
        if (!best) {
            if (!(r = exec(q, QStringLiteral("UPDATE duplicate_groups SET band = 'none' WHERE id = ?"), {groupId})))
                return r;
            continue;
        }
        if (!(r = exec(q, QStringLiteral("UPDATE duplicate_groups SET band = ?, score = ? WHERE id = ?"),
                       {bandName(best->band), double(best->score), groupId})))
            return r;
        for (int i = 0; i < live.size(); ++i)
            if (!(r = exec(q, QStringLiteral("UPDATE duplicate_group_members SET active = ? WHERE group_id = ? AND contact_id = ?"),
                           {best->rows.contains(qint32(i)) ? 1 : 0, groupId, live.at(i)})))
                return r;
    }
    return tx.commit();
}

} // namespace Kempt
