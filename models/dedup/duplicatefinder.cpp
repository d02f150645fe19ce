#include "dedup/duplicatefinder.h"

#include "audit/progresssink.h"
#include "dedup/blockingkeys.h"
#include "dedup/duplicateclusterer.h"
#include "dedup/duprecordsource.h"
#include "dedup/fieldcomparator.h"
#include "dedup/recordpreparer.h"
#include "quality/phonenormalizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <atomic>
#include <mutex>
#include <thread>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Dedup)
};

using F = MatchField;

constexpr int ChunkSize = 8192;
constexpr int BlocksPerTask = 64;

// Progress of the whole run, in thousandths: loading, estimating, scoring, grouping.
constexpr qint64 LoadEnd = 350;
constexpr qint64 EstimateEnd = 450;
constexpr qint64 ScoreEnd = 980;

class ScaledProgress : public ProgressSink
{
public:
    ScaledProgress(ProgressSink *sink, qint64 from, qint64 to)
        : m_sink(sink)
        , m_from(from)
        , m_to(to)
    {
    }
    bool progress(qint64 done, qint64 total) override
    {
        if (!m_sink)
            return true;
        const qint64 at = total > 0 ? m_from + (m_to - m_from) * qMin(done, total) / total : m_from;
        return m_sink->progress(at, 1000);
    }

private:
    ProgressSink *m_sink;
    qint64 m_from;
    qint64 m_to;
};

struct Prepared
{
    QString id;
    PreparedRecord record;
    QList<quint64> keys;
};

QString birthdayText(int yyyymmdd)
{
    if (yyyymmdd <= 0)
        return QString();
    return QStringLiteral("%1-%2-%3")
        .arg(yyyymmdd / 10000, 4, 10, QLatin1Char('0'))
        .arg(yyyymmdd / 100 % 100, 2, 10, QLatin1Char('0'))
        .arg(yyyymmdd % 100, 2, 10, QLatin1Char('0'));
}

// The values a field was compared on, for the explanation.
QString valueOf(const DedupCorpus &c, int row, int field, bool swapped)
{
    const DedupCorpus::Row &r = c.row(row);
    const auto list = [](const ValuePool &pool, const qint32 *ids) {
        QStringList values;
        for (int i = 0; i < DedupCorpus::MaxValues && ids[i] >= 0; ++i)
            values << pool.value(ids[i]);
        return values.join(QStringLiteral(", "));
    };
    const auto one = [&c](int f, int id) { return id >= 0 ? c.pool(f).value(id) : QString(); };
    switch (field) {
    case F::Given: return one(F::Given, swapped ? r.surname : r.given);
    case F::Surname: return one(F::Surname, swapped ? r.given : r.surname);
    case F::Email: {
        const QString emails = list(c.pool(F::Email), r.email);
        return emails.isEmpty() ? list(c.userPool(), r.user) : emails;
    }
    case F::Phone: {
        // Shown in E.164 where the number parses with the record's country.
        const PhoneNormalizer phones;
        const QString region = r.country >= 0 ? c.pool(F::Country).value(r.country) : QString();
        QStringList values;
        for (int i = 0; i < DedupCorpus::MaxValues && r.phoneText[i] >= 0; ++i) {
            const QString digits = c.phoneTextPool().value(r.phoneText[i]);
            const Verdict v = phones.check(digits, region);
            values << (v.status != Verdict::Invalid && !v.normalized.isEmpty() ? v.normalized : digits);
        }
        return values.join(QStringLiteral(", "));
    }
    case F::Birthday: return r.birthday >= 0 ? birthdayText(c.birthdayValue(r.birthday)) : QString();
    case F::Company: return one(field, r.company);
    case F::Street: return one(field, r.street);
    case F::City: return one(field, r.city);
    case F::Postcode: return one(field, r.postcode);
    default: return one(field, r.country);
    }
}

} // namespace

DuplicateFinder::DuplicateFinder()
    : m_model(MatchModel::defaults())
{
    m_threads = int(qBound(1u, std::thread::hardware_concurrency(), 8u));
}

void DuplicateFinder::setModel(const MatchModel &model)
{
    m_model = model;
    m_fixedModel = true;
}

Result DuplicateFinder::load(DupRecordSource &source, ProgressSink *progress, std::vector<BlockIndex::Entry> &entries)
{
    ScaledProgress scaled(progress, 0, LoadEnd);
    const qint64 expected = source.sizeHint();
    std::vector<RecordPreparer> preparers(static_cast<size_t>(m_threads));
    QList<DupRecord> chunk;
    std::vector<Prepared> prepared;
    bool more = true;
    while (more) {
        chunk.clear();
        DupRecord record;
        while (chunk.size() < ChunkSize && (more = source.next(&record)))
            chunk << record;
        if (!source.result())
            return source.result();
        prepared.assign(size_t(chunk.size()), Prepared());
        const auto work = [&](int worker) {
            RecordPreparer &preparer = preparers[size_t(worker)];
            for (qsizetype i = worker; i < chunk.size(); i += m_threads) {
                Prepared &p = prepared[size_t(i)];
                p.id = chunk.at(i).id;
                p.record = preparer.prepare(chunk.at(i));
                p.keys = BlockingKeys::keys(p.record);
            }
        };
        std::vector<std::thread> helpers;
        for (int t = 1; t < m_threads && chunk.size() > 256; ++t)
            helpers.emplace_back(work, t);
        if (helpers.empty()) {
            for (qsizetype i = 0; i < chunk.size(); ++i) {
                Prepared &p = prepared[size_t(i)];
                p.id = chunk.at(i).id;
                p.record = preparers[0].prepare(chunk.at(i));
                p.keys = BlockingKeys::keys(p.record);
            }
        } else {
            work(0);
        }
        for (std::thread &t : helpers)
            t.join();
        for (const Prepared &p : prepared) {
            const int row = m_corpus.add(p.id, p.record);
            for (quint64 k : p.keys)
                entries.push_back({k, row});
        }
        if (!scaled.progress(m_corpus.size(), expected > 0 ? expected : m_corpus.size() * 2))
            return Result::failure(Tr::tr("The duplicate scan was cancelled."));
    }
    return Result::success();
}

bool DuplicateFinder::score(ProgressSink *progress)
{
    const std::vector<BlockIndex::Block> &blocks = m_blocks.blocks();
    FieldComparator comparator(m_corpus);
    const double keep = std::log2(MatchBands::PossibleProbability / (1 - MatchBands::PossibleProbability));
    std::atomic<size_t> next{0};
    std::atomic<bool> stop{false};
    std::atomic<qint64> compared{0};
    std::vector<std::vector<DuplicatePair>> found(static_cast<size_t>(m_threads));
    ScaledProgress scaled(progress, EstimateEnd, ScoreEnd);
    const auto work = [&](int worker) {
        std::vector<DuplicatePair> &out = found[size_t(worker)];
        qint64 pairs = 0;
        while (!stop.load(std::memory_order_relaxed)) {
            const size_t from = next.fetch_add(BlocksPerTask);
            if (from >= blocks.size())
                break;
            const size_t to = qMin(blocks.size(), from + BlocksPerTask);
            for (size_t bi = from; bi < to; ++bi) {
                const BlockIndex::Block &block = blocks[bi];
                const qint32 *rows = m_blocks.rows(block);
                for (qint32 i = 0; i < block.size; ++i)
                    for (qint32 j = i + 1; j < block.size; ++j) {
                        const int a = rows[i];
                        const int b = rows[j];
                        if (!m_blocks.firstSharedKey(a, b, block.key))
                            continue;
                        ++pairs;
                        const double s = m_model.score(comparator.compare(a, b));
                        if (s < keep)
                            continue;
                        const double p = MatchModel::probability(s);
                        out.push_back({qint32(qMin(a, b)), qint32(qMax(a, b)), float(s), float(p), MatchBands::of(p)});
                    }
            }
            if (worker == 0 && !scaled.progress(qint64(qMin(to, blocks.size())), qint64(blocks.size())))
                stop = true;
        }
        compared += pairs;
    };
    std::vector<std::thread> helpers;
    for (int t = 1; t < m_threads; ++t)
        helpers.emplace_back(work, t);
    work(0);
    for (std::thread &t : helpers)
        t.join();
    if (stop)
        return false;
    m_pairs.clear();
    for (const auto &list : found)
        m_pairs.insert(m_pairs.end(), list.begin(), list.end());
    std::sort(m_pairs.begin(), m_pairs.end(), [](const DuplicatePair &x, const DuplicatePair &y) {
        return x.a < y.a || (x.a == y.a && x.b < y.b);
    });
    m_stats.candidatePairs = compared;
    m_stats.keptPairs = qint64(m_pairs.size());
    return true;
}

Result DuplicateFinder::run(DupRecordSource &source, ProgressSink *progress)
{
    const Result cancelled = Result::failure(Tr::tr("The duplicate scan was cancelled."));
    m_corpus = DedupCorpus();
    m_pairs.clear();
    m_groups.clear();
    m_stats = Stats();
    QElapsedTimer timer;
    timer.start();

    std::vector<BlockIndex::Entry> entries;
    Result r = load(source, progress, entries);
    if (!r)
        return r;
    m_stats.records = m_corpus.size();
    m_stats.loadMs = timer.restart();

    m_blocks.build(entries, m_corpus.size());
    m_stats.blocks = qint64(m_blocks.blocks().size());
    m_stats.droppedKeys = m_blocks.droppedKeys();
    m_stats.blockMs = timer.restart();

    if (!m_fixedModel) {
        ScaledProgress scaled(progress, LoadEnd, EstimateEnd);
        if (!ModelEstimator(m_corpus, m_blocks).estimate(&m_model, &scaled, &m_stats.estimation))
            return cancelled;
    }
    m_stats.estimateMs = timer.restart();

    if (!score(progress))
        return cancelled;
    m_stats.scoreMs = timer.restart();

    QSet<quint64> apart;
    if (!m_notDuplicateIds.isEmpty()) {
        QHash<QString, qint32> rowOf;
        for (int i = 0; i < m_corpus.size(); ++i)
            rowOf.insert(m_corpus.id(i), i);
        for (const auto &pair : m_notDuplicateIds) {
            const qint32 a = rowOf.value(pair.first, -1);
            const qint32 b = rowOf.value(pair.second, -1);
            if (a >= 0 && b >= 0 && a != b)
                apart.insert(DuplicateClusterer::key(a, b));
        }
        m_pairs.erase(std::remove_if(m_pairs.begin(), m_pairs.end(),
                                     [&](const DuplicatePair &p) { return apart.contains(DuplicateClusterer::key(p.a, p.b)); }),
                      m_pairs.end());
        m_stats.keptPairs = qint64(m_pairs.size());
    }
    m_groups = DuplicateClusterer::cluster(m_corpus.size(), m_pairs, apart);
    m_stats.clusterMs = timer.restart();
    if (progress && !progress->progress(1000, 1000))
        return cancelled;
    return Result::success();
}

PairExplanation DuplicateFinder::explain(int a, int b) const
{
    return explain(m_corpus, a, m_corpus, b, m_model);
}

PairExplanation DuplicateFinder::explain(const DedupCorpus &query, int a, const DedupCorpus &corpus, int b,
                                         const MatchModel &model)
{
    FieldComparator comparator(corpus);
    const ComparisonVector v = &query == &corpus ? comparator.compare(a, b) : comparator.compare(query, a, b);
    PairExplanation e;
    e.idA = query.id(a);
    e.idB = corpus.id(b);
    e.prior = model.prior();
    e.score = model.score(v);
    e.probability = MatchModel::probability(e.score);
    e.band = MatchBands::of(e.probability);
    e.namesSwapped = v.namesSwapped;
    for (int f = 0; f < F::Count; ++f) {
        if (v.level[f] == 0)
            continue;
        PairExplanation::Evidence ev;
        ev.field = f;
        ev.level = v.level[f];
        ev.weight = model.weight(f, v.level[f], v.frequency[f]);
        ev.termFrequency = F::usesTermFrequency(f, v.level[f]);
        ev.valueA = valueOf(query, a, f, false);
        ev.valueB = valueOf(corpus, b, f, v.namesSwapped);
        e.evidence << ev;
    }
    return e;
}

} // namespace Kempt
