#include "dedup/duplicatechecker.h"

#include "audit/sqlitestatement.h"
#include "dedup/blockingkeys.h"
#include "dedup/contactrecordreader.h"
#include "dedup/dedupcorpus.h"
#include "dedup/dedupkeyindex.h"
#include "dedup/duplicatefinder.h"
#include "dedup/fieldcomparator.h"
#include "dedup/notduplicates.h"

#include <QCoreApplication>
#include <sqlite3.h>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Dedup)
};

using F = MatchField;
using K = BlockingKeys;

// Expected duplicates per record when no scan has fitted the prior yet.
constexpr double DefaultDuplicatesPerRecord = 0.1;

struct Counts
{
    QHash<quint64, qint64> n;
    qint64 of(int family, const QString &value) const { return value.isEmpty() ? 0 : n.value(K::hash(family, value)); }
    qint64 total(int family) const { return n.value(K::totalKey(family)); }
};

// Term frequencies in the candidates' corpus are the workspace's, for the values the
// record shares with them (the only ones exact agreement can weigh).
void applyCounts(DedupCorpus &candidates, const PreparedRecord &q, const Counts &c)
{
    for (const QString &name : {q.given, q.surname}) {
        const int id = candidates.pool(F::Given).find(name);
        if (id < 0)
            continue;
        candidates.setRoleCount(F::Given, id, int(qMax<qint64>(1, c.of(K::GivenValue, name))));
        candidates.setRoleCount(F::Surname, id, int(qMax<qint64>(1, c.of(K::SurnameValue, name))));
    }
    candidates.setRoleTotal(F::Given, c.total(K::GivenValue));
    candidates.setRoleTotal(F::Surname, c.total(K::SurnameValue));
    const auto apply = [&c](ValuePool &pool, int family, const QString &value, const QString &key) {
        const int id = pool.find(value);
        if (id >= 0)
            pool.setCount(id, int(qMax<qint64>(1, c.of(family, key))));
    };
    for (const QString &e : q.emails)
        apply(candidates.pool(F::Email), K::EmailAddress, e, e);
    candidates.pool(F::Email).setTotal(c.total(K::EmailAddress));
    for (const QString &u : q.emailUsers)
        apply(candidates.userPool(), K::EmailUser, u, u);
    candidates.userPool().setTotal(c.total(K::EmailUser));
    for (const QString &p : q.phones) {
        QString digits;
        for (const QChar ch : p)
            if (ch.isDigit())
                digits += ch;
        const QString tail = digits.size() > 8 ? digits.right(8) : digits;
        apply(candidates.pool(F::Phone), K::Phone, tail, tail);
    }
    candidates.pool(F::Phone).setTotal(c.total(K::Phone));
    const QString birthday = q.birthday > 0 ? QString::number(q.birthday) : QString();
    const std::pair<int, std::pair<int, QString>> values[] = {
        {F::Company, {K::CompanyValue, q.company}}, {F::City, {K::CityValue, q.city}},
        {F::Postcode, {K::PostcodeValue, q.postcode}}, {F::Street, {K::StreetValue, q.street}},
        {F::Birthday, {K::BirthdayValue, birthday}}};
    for (const auto &[field, value] : values) {
        apply(candidates.pool(field), value.first, value.second, value.second);
        candidates.pool(field).setTotal(c.total(value.first));
    }
}

QList<quint64> countedKeys(const PreparedRecord &q, const QList<quint64> &blocking)
{
    QList<quint64> keys = blocking;
    keys += K::valueKeys(q);
    // Each name in the other role too, for swapped names.
    if (!q.given.isEmpty())
        keys << K::hash(K::SurnameValue, q.given);
    if (!q.surname.isEmpty())
        keys << K::hash(K::GivenValue, q.surname);
    for (int family : std::initializer_list<int>{K::GivenValue, K::SurnameValue, K::CompanyValue, K::CityValue, K::PostcodeValue, K::StreetValue,
                       K::BirthdayValue, K::EmailAddress, K::EmailUser, K::Phone})
        keys << K::totalKey(family);
    return keys;
}

} // namespace

DuplicateChecker::DuplicateChecker(QSqlDatabase db)
    : m_db(db)
{
}

Result DuplicateChecker::open(ProgressSink *progress)
{
    Result r = DedupKeyIndex::ensureCurrent(m_db, progress);
    if (!r)
        return r;
    qint64 fitted = 0;
    bool found = false;
    m_model = DedupKeyIndex::loadModel(m_db, &fitted, &found);
    QHash<quint64, qint64> total;
    if (!(r = DedupKeyIndex::counts(m_db, {K::totalKey(K::RecordCount)}, &total)))
        return r;
    m_indexed = total.value(K::totalKey(K::RecordCount));
    m_records = qMax<qint64>(1, m_indexed);
    // The prior odds shrink as the workspace grows: one record has more others to match by chance.
    if (found && fitted > 1)
        m_model.setPrior(m_model.prior() + std::log2(double(fitted) / double(m_records)));
    else
        m_model.setPrior(std::log2(DefaultDuplicatesPerRecord / double(m_records)));
    m_open = true;
    return Result::success();
}

Result DuplicateChecker::catchUp()
{
    return m_open ? DedupKeyIndex::catchUp(m_db) : open();
}

Result DuplicateChecker::check(const DupRecord &record, QList<Match> *matches)
{
    matches->clear();
    if (Result r = catchUp(); !r)
        return r;
    return checkCurrent(record, matches);
}

Result DuplicateChecker::checkCurrent(const DupRecord &record, QList<Match> *matches)
{
    matches->clear();
    bool isContact = false;
    const qint64 self = record.id.toLongLong(&isContact);
    const PreparedRecord q = m_preparer.prepare(record);
    const QList<quint64> blocking = BlockingKeys::keys(q);
    // The blocking keys first: most records share none with the workspace, and then the
    // counts that weigh shared values are not needed.
    Counts counts;
    Result r = DedupKeyIndex::counts(m_db, blocking, &counts.n);
    if (!r)
        return r;

    // Candidates: contacts sharing keys that are not too common. A rare key says more than
    // a common one (an e-mail shared by two beats a name shared by eighty), so each shared
    // key counts log2(1 + cap / n) and the best-ranked candidates are read.
    QHash<qint64, double> shared;
    SqliteStatement members;
    for (quint64 key : blocking) {
        const qint64 n = counts.n.value(key);
        const int cap = BlockingKeys::cap(BlockingKeys::family(key));
        if (n <= 0 || n > cap)
            continue;
        if (!members.isPrepared() && !(r = members.prepare(m_db, QStringLiteral("SELECT contact_id FROM dedup_keys WHERE key = ?"))))
            return r;
        const double weight = std::log2(1.0 + double(cap) / double(n));
        members.reset();
        members.bind(1, qint64(key));
        while (members.step()) {
            const qint64 id = members.integer(0);
            if (!isContact || id != self)
                shared[id] += weight;
        }
        if (!(r = members.result(Tr::tr("Finding possible duplicates"))))
            return r;
    }
    if (shared.isEmpty())
        return Result::success();
    QHash<quint64, qint64> weighing;
    if (!(r = DedupKeyIndex::counts(m_db, countedKeys(q, {}), &weighing)))
        return r;
    counts.n.insert(weighing);
    QList<std::pair<double, qint64>> ranked;
    for (auto it = shared.cbegin(); it != shared.cend(); ++it)
        ranked.append({it.value(), it.key()});
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
    if (ranked.size() > MaxCandidates)
        ranked.resize(MaxCandidates);
    QList<qint64> ids;
    for (const auto &c : ranked)
        ids << c.second;

    ContactRecordReader reader;
    if (!(r = reader.openIds(m_db, ids)))
        return r;
    DedupCorpus candidates;
    DupRecord candidate;
    while (reader.next(&candidate))
        candidates.add(candidate.id, m_preparer.prepare(candidate), false);
    if (!(r = reader.result()))
        return r;
    DedupCorpus query;
    query.add(record.id, q, false);
    applyCounts(candidates, q, counts);

    const FieldComparator comparator(candidates);
    for (int b = 0; b < candidates.size(); ++b) {
        const double score = m_model.score(comparator.compare(query, 0, b));
        const double probability = MatchModel::probability(score);
        const MatchBand band = MatchBands::of(probability);
        if (band == MatchBand::None)
            continue;
        const qint64 id = candidates.id(b).toLongLong();
        if (isContact && NotDuplicates::contains(m_db, self, id))
            continue;
        Match m;
        m.contactId = id;
        m.score = score;
        m.probability = probability;
        m.band = band;
        m.explanation = DuplicateFinder::explain(query, 0, candidates, b, m_model);
        matches->append(m);
    }
    std::sort(matches->begin(), matches->end(), [](const Match &a, const Match &b) { return a.score > b.score; });
    return Result::success();
}

Result DuplicateChecker::explainPairs(const QList<qint64> &contactIds, QList<PairExplanation> *pairs)
{
    pairs->clear();
    if (!m_open) {
        if (Result r = open(); !r)
            return r;
    }
    ContactRecordReader reader;
    Result r = reader.openIds(m_db, contactIds);
    if (!r)
        return r;
    QList<DupRecord> records;
    DupRecord record;
    while (reader.next(&record))
        records << record;
    if (!(r = reader.result()))
        return r;
    for (int a = 0; a + 1 < records.size(); ++a) {
        const PreparedRecord q = m_preparer.prepare(records.at(a));
        Counts counts;
        if (!(r = DedupKeyIndex::counts(m_db, countedKeys(q, BlockingKeys::keys(q)), &counts.n)))
            return r;
        DedupCorpus query;
        query.add(records.at(a).id, q, false);
        DedupCorpus others;
        for (int b = a + 1; b < records.size(); ++b)
            others.add(records.at(b).id, m_preparer.prepare(records.at(b)), false);
        applyCounts(others, q, counts);
        for (int b = 0; b < others.size(); ++b)
            pairs->append(DuplicateFinder::explain(query, 0, others, b, m_model));
    }
    std::sort(pairs->begin(), pairs->end(), [](const PairExplanation &x, const PairExplanation &y) { return x.score > y.score; });
    return Result::success();
}

Result DuplicateChecker::checkBatch(const QList<DupRecord> &records, QList<QList<Match>> *matches)
{
    matches->clear();
    Result r = catchUp();
    if (!r)
        return r;
    // Outside a transaction every statement takes and drops the file's read lock (a system
    // call each way) and re-reads the schema cookie: a few statements per record made that
    // most of an import's duplicate preview.
    sqlite3 *handle = SqliteStatement::handleOf(m_db);
    const bool ownTransaction = handle && sqlite3_get_autocommit(handle);
    if (ownTransaction && sqlite3_exec(handle, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return Result::failure(Tr::tr("The workspace could not be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    for (const DupRecord &record : records) {
        QList<Match> found;
        if (!(r = checkCurrent(record, &found)))
            break;
        matches->append(found);
    }
    // Nothing was written: ending the read transaction cannot fail in a way that matters.
    if (ownTransaction)
        sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr);
    return r;
}

} // namespace Kempt
