#include "dedup/modelestimator.h"

#include "audit/progresssink.h"
#include "dedup/blockingkeys.h"
#include "dedup/fieldcomparator.h"

#include <QHash>

#include <cmath>
#include <random>

namespace Kempt {

namespace {

using F = MatchField;

constexpr qint64 RandomPairs = 200000;
constexpr qint64 SamplePairs = 200000;
constexpr double PriorPairs = 40;     // weight of the default m in EM, in pairs
constexpr int MaxIterations = 40;
constexpr double MinimumLevel = 0.001;
constexpr double MinimumDuplicates = 20; // expected duplicates a session needs to learn a field

quint64 mix(quint64 x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ull;
    x ^= x >> 33;
    return x;
}

} // namespace

ModelEstimator::ModelEstimator(const DedupCorpus &corpus, const BlockIndex &blocks)
    : m_corpus(corpus)
    , m_blocks(blocks)
{
}

void ModelEstimator::estimateU(MatchModel &model, Report &report) const
{
    const qint64 n = m_corpus.size();
    if (n < 2)
        return;
    FieldComparator comparator(m_corpus);
    std::array<std::array<double, F::MaxLevels>, F::Count> counts{};
    const auto count = [&](int a, int b) {
        const ComparisonVector v = comparator.compare(a, b);
        for (int f = 0; f < F::Count; ++f)
            counts[size_t(f)][v.level[f]] += 1;
        ++report.randomPairs;
    };
    if (n * (n - 1) / 2 <= RandomPairs) {
        for (int a = 0; a < n; ++a)
            for (int b = a + 1; b < n; ++b)
                count(a, b);
    } else {
        std::mt19937_64 random(20240601);
        std::uniform_int_distribution<qint64> pick(0, n - 1);
        for (qint64 i = 0; i < RandomPairs; ++i) {
            const qint64 a = pick(random);
            const qint64 b = pick(random);
            if (a != b)
                count(int(a), int(b));
        }
    }
    for (int f = 0; f < F::Count; ++f) {
        MatchModel::Levels u{};
        const int levels = F::levelCount(f);
        double known = 0;
        for (int l = 1; l < levels; ++l)
            known += counts[size_t(f)][size_t(l)];
        if (known < 100)
            continue; // too few records have the field on both sides: keep the default
        // Half a pair of pseudo-count per level keeps rare levels above zero.
        for (int l = 1; l < levels; ++l)
            u[size_t(l)] = (counts[size_t(f)][size_t(l)] + 0.5) / (known + 0.5 * (levels - 1));
        model.setU(f, u);
    }
}

namespace {

// The training sessions, after Splink's practice: m of a field is learnt only from pairs
// that were not chosen for agreeing on it. Pairs that share a name are judged on their
// contact details and addresses; pairs that share an e-mail or phone on their names and
// addresses; pairs that share birthday and postcode on everything else.
enum Session { SharedName, SharedContact, SharedBirthPlace, SessionCount };

int sessionOf(int family)
{
    switch (family) {
    case BlockingKeys::Name: return SharedName;
    case BlockingKeys::EmailAddress:
    case BlockingKeys::Phone: return SharedContact;
    case BlockingKeys::BirthdayPostcode: return SharedBirthPlace;
    default: return -1;
    }
}

bool excluded(int session, int field)
{
    switch (session) {
    case -1: return false;
    case SharedName: return field == F::Given || field == F::Surname;
    case SharedContact: return field == F::Email || field == F::Phone;
    default: return field == F::Birthday || field == F::Postcode;
    }
}

using Patterns = QHash<quint32, qint64>;
using MTable = std::array<MatchModel::Levels, F::Count>;

struct Fit
{
    MTable m{};
    std::array<double, F::Count> weight{}; // expected duplicates with the field known
    double share = 0;
};

// EM over comparison patterns. Both classes are fitted: pairs chosen for sharing a name
// also share its country and often its city without being one person, which u from
// random pairs cannot know; letting u of the session move keeps those pairs out of the
// duplicate class. Only m is kept. fixedM: fit only u and the share, m as given.
Fit fitPatterns(const Patterns &patterns, int session, const MatchModel &start, bool fixedM,
                const std::array<bool, F::Count> &learnt = {})
{
    Fit fit;
    MTable u{};
    double share = fixedM ? 0.1 : 0.3;
    for (int f = 0; f < F::Count; ++f)
        for (int l = 0; l < F::MaxLevels; ++l) {
            fit.m[size_t(f)][size_t(l)] = start.m(f, l);
            u[size_t(f)][size_t(l)] = start.u(f, l);
        }
    const MatchModel priors = MatchModel::defaults();
    for (int iteration = 0; iteration < MaxIterations; ++iteration) {
        MTable mSums{};
        MTable uSums{};
        std::array<double, F::Count> mKnown{};
        std::array<double, F::Count> uKnown{};
        double matches = 0;
        double all = 0;
        for (auto it = patterns.cbegin(); it != patterns.cend(); ++it) {
            double logM = std::log(share);
            double logU = std::log(1 - share);
            for (int f = 0; f < F::Count; ++f) {
                const int l = ComparisonVector::levelOf(it.key(), f);
                if (l == 0 || excluded(session, f))
                    continue;
                logM += std::log(fit.m[size_t(f)][size_t(l)]);
                logU += std::log(u[size_t(f)][size_t(l)]);
            }
            const double p = 1.0 / (1.0 + std::exp(logU - logM));
            const double c = double(it.value());
            matches += p * c;
            all += c;
            for (int f = 0; f < F::Count; ++f) {
                const int l = ComparisonVector::levelOf(it.key(), f);
                if (l == 0 || excluded(session, f))
                    continue;
                mSums[size_t(f)][size_t(l)] += p * c;
                mKnown[size_t(f)] += p * c;
                uSums[size_t(f)][size_t(l)] += (1 - p) * c;
                uKnown[size_t(f)] += (1 - p) * c;
            }
        }
        double change = std::abs(matches / all - share);
        share = qBound(1e-9, matches / all, 1 - 1e-9);
        for (int f = 0; f < F::Count; ++f)
            for (int l = 1; l < F::levelCount(f); ++l) {
                if (!fixedM && !learnt[size_t(f)]) {
                    const double next = (mSums[size_t(f)][size_t(l)] + PriorPairs * priors.m(f, l)) / (mKnown[size_t(f)] + PriorPairs);
                    change = qMax(change, std::abs(next - fit.m[size_t(f)][size_t(l)]));
                    fit.m[size_t(f)][size_t(l)] = qMax(next, 1e-5);
                }
                const double nextU = (uSums[size_t(f)][size_t(l)] + PriorPairs * start.u(f, l)) / (uKnown[size_t(f)] + PriorPairs);
                u[size_t(f)][size_t(l)] = qMax(nextU, 1e-7);
            }
        for (int f = 0; f < F::Count; ++f)
            fit.weight[size_t(f)] = excluded(session, f) || learnt[size_t(f)] ? 0 : mKnown[size_t(f)];
        if (change < 1e-6)
            break;
    }
    fit.share = share;
    return fit;
}

} // namespace

bool ModelEstimator::estimate(MatchModel *model, ProgressSink *progress, Report *out) const
{
    Report report;
    const MatchModel priors = MatchModel::defaults();
    *model = priors;
    estimateU(*model, report);

    // How many pairs each session's blocks hold, to sample each evenly.
    std::array<qint64, SessionCount> sessionPairs{};
    for (const BlockIndex::Block &block : m_blocks.blocks()) {
        const int s = sessionOf(BlockingKeys::family(block.key));
        if (s >= 0)
            sessionPairs[size_t(s)] += qint64(block.size) * (block.size - 1) / 2;
    }
    std::array<qint64, SessionCount> sessionStride{};
    for (int s = 0; s < SessionCount; ++s)
        sessionStride[size_t(s)] = qMax<qint64>(1, sessionPairs[size_t(s)] / SamplePairs);
    const qint64 stride = qMax<qint64>(1, m_blocks.blockPairs() / SamplePairs);

    FieldComparator comparator(m_corpus);
    std::array<Patterns, SessionCount> sessions;
    Patterns candidates;
    qint64 done = 0;
    const qint64 total = qint64(m_blocks.blocks().size());
    for (const BlockIndex::Block &block : m_blocks.blocks()) {
        const int session = sessionOf(BlockingKeys::family(block.key));
        const qint32 *rows = m_blocks.rows(block);
        for (qint32 i = 0; i < block.size; ++i)
            for (qint32 j = i + 1; j < block.size; ++j) {
                const int a = rows[i];
                const int b = rows[j];
                const quint64 h = mix((quint64(quint32(a)) << 32) | quint32(b));
                const bool first = m_blocks.firstSharedKey(a, b, block.key);
                const bool inSession = session >= 0 && h % quint64(sessionStride[size_t(session)]) == 0;
                const bool inSample = first && h % quint64(stride) == 0;
                report.candidatePairs += first ? 1 : 0;
                if (!inSession && !inSample)
                    continue;
                const quint32 pattern = comparator.compare(a, b).pattern();
                if (inSession)
                    ++sessions[size_t(session)][pattern];
                if (inSample) {
                    ++candidates[pattern];
                    ++report.sampledPairs;
                }
            }
        if (progress && (++done & 1023) == 0 && !progress->progress(done, total))
            return false;
    }

    // m of each field from the first session that may judge it and saw enough duplicates
    // to do so; later sessions hold it fixed. Pairs that share an e-mail or phone are
    // nearly all duplicates, so they go first and anchor the rest: in a million records
    // most pairs that share a name are strangers, and EM alone there could mistake a
    // shared city for a shared person.
    std::array<bool, F::Count> learnt{};
    for (int s : {SharedContact, SharedBirthPlace, SharedName}) {
        if (sessions[size_t(s)].isEmpty())
            continue;
        const Fit fit = fitPatterns(sessions[size_t(s)], s, *model, false, learnt);
        for (int f = 0; f < F::Count; ++f) {
            if (learnt[size_t(f)] || fit.weight[size_t(f)] < MinimumDuplicates)
                continue;
            // No level is ever impossible for a duplicate: people move, change jobs and
            // numbers. A floor keeps one disagreement from outweighing everything else.
            MatchModel::Levels m{};
            double sum = 0;
            for (int l = 1; l < F::levelCount(f); ++l) {
                m[size_t(l)] = qMax(fit.m[size_t(f)][size_t(l)], MinimumLevel);
                sum += m[size_t(l)];
            }
            for (int l = 1; l < F::levelCount(f); ++l)
                m[size_t(l)] /= sum;
            model->setM(f, m);
            learnt[size_t(f)] = true;
        }
    }

    report.duplicateShare = candidates.isEmpty() ? 0 : fitPatterns(candidates, -1, *model, true).share;
    // Prior odds that two records picked at random are duplicates.
    const double n = m_corpus.size();
    const double allPairs = qMax(1.0, n * (n - 1) / 2);
    const double expected = qMax(1.0, report.duplicateShare * double(report.candidatePairs));
    model->setPrior(std::log2(expected / qMax(1.0, allPairs - expected)));
    if (out)
        *out = report;
    return true;
}

} // namespace Kempt
