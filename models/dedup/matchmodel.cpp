#include "dedup/matchmodel.h"

#include <QJsonArray>

#include <cmath>

namespace Kempt {

namespace {

using F = MatchField;

// The chance frequency of a value never goes below this share of records: a value seen
// once in a small file is not a billion-to-one coincidence.
constexpr double MinimumFrequency = 1e-6;

} // namespace

MatchModel MatchModel::defaults()
{
    MatchModel model;
    // m: share of true duplicates at each level, level 0 excluded (it weighs nothing).
    // u: share of unrelated pairs. Both from the record-linkage literature for person data
    // (names with typos and nicknames, e-mails and phones mostly kept), then refined by
    // ModelEstimator on the data at hand.
    model.m_m[F::Given] = {0, 0.70, 0.06, 0.07, 0.05, 0.05, 0.07};
    model.m_u[F::Given] = {0, 0.005, 0.002, 0.008, 0.03, 0.02, 0.935};
    model.m_m[F::Surname] = {0, 0.82, 0.08, 0.04, 0.06};
    model.m_u[F::Surname] = {0, 0.002, 0.004, 0.02, 0.974};
    model.m_m[F::Email] = {0, 0.80, 0.07, 0.04, 0.09};
    model.m_u[F::Email] = {0, 0.00001, 0.0002, 0.002, 0.99779};
    model.m_m[F::Phone] = {0, 0.85, 0.03, 0.12};
    model.m_u[F::Phone] = {0, 0.00001, 0.0002, 0.99979};
    model.m_m[F::Company] = {0, 0.80, 0.08, 0.12};
    model.m_u[F::Company] = {0, 0.02, 0.02, 0.96};
    model.m_m[F::Birthday] = {0, 0.80, 0.12, 0.08};
    model.m_u[F::Birthday] = {0, 0.0005, 0.006, 0.9935};
    model.m_m[F::Street] = {0, 0.70, 0.12, 0.06, 0.12};
    model.m_u[F::Street] = {0, 0.0005, 0.002, 0.03, 0.9675};
    model.m_m[F::City] = {0, 0.82, 0.06, 0.12};
    model.m_u[F::City] = {0, 0.02, 0.02, 0.96};
    model.m_m[F::Postcode] = {0, 0.85, 0.07, 0.08};
    model.m_u[F::Postcode] = {0, 0.005, 0.03, 0.965};
    model.m_m[F::Country] = {0, 0.93, 0.07};
    model.m_u[F::Country] = {0, 0.3, 0.7};
    model.m_prior = -17;
    model.refresh();
    return model;
}

void MatchModel::refresh()
{
    for (int f = 0; f < F::Count; ++f)
        for (int l = 0; l < F::MaxLevels; ++l) {
            const double mv = m_m[size_t(f)][size_t(l)];
            const double uv = m_u[size_t(f)][size_t(l)];
            const bool known = l > 0 && l < F::levelCount(f) && mv > 0 && uv > 0;
            m_logM[size_t(f)][size_t(l)] = known ? std::log2(mv) : 0;
            m_weight[size_t(f)][size_t(l)] = known ? std::log2(mv / uv) : 0;
        }
}

double MatchModel::weight(int field, int level, double frequency) const
{
    if (level <= 0 || level >= F::levelCount(field))
        return 0;
    if (frequency > 0 && F::usesTermFrequency(field, level) && m_m[size_t(field)][size_t(level)] > 0)
        return m_logM[size_t(field)][size_t(level)] - std::log2(qMax(frequency, MinimumFrequency));
    return m_weight[size_t(field)][size_t(level)];
}

double MatchModel::score(const ComparisonVector &v) const
{
    double s = m_prior;
    for (int f = 0; f < F::Count; ++f)
        s += weight(f, v.level[f], v.frequency[f]);
    return s;
}

double MatchModel::probability(double score)
{
    return 1.0 / (1.0 + std::exp2(-score));
}

QJsonObject MatchModel::toJson() const
{
    QJsonObject fields;
    for (int f = 0; f < F::Count; ++f) {
        QJsonArray m, u;
        for (int l = 1; l < F::levelCount(f); ++l) {
            m.append(m_m[size_t(f)][size_t(l)]);
            u.append(m_u[size_t(f)][size_t(l)]);
        }
        fields.insert(F::name(f), QJsonObject{{QStringLiteral("m"), m}, {QStringLiteral("u"), u}});
    }
    return QJsonObject{{QStringLiteral("prior"), m_prior}, {QStringLiteral("fields"), fields}};
}

MatchModel MatchModel::fromJson(const QJsonObject &json, bool *ok)
{
    // The model is stored in the workspace file (dedup_state), which anything may have
    // edited: a value that is not a share in (0, 1], or a prior that is not a number,
    // keeps the default for that part and reports the model as not good.
    MatchModel model = defaults();
    const double prior = json.value(QStringLiteral("prior")).toDouble(std::nan(""));
    bool good = std::isfinite(prior);
    if (good)
        model.m_prior = prior;
    auto isShare = [](const QJsonValue &v) {
        const double d = v.toDouble(-1);
        return d > 0 && d <= 1;
    };
    const QJsonObject fields = json.value(QStringLiteral("fields")).toObject();
    for (int f = 0; f < F::Count; ++f) {
        const QJsonObject o = fields.value(F::name(f)).toObject();
        const QJsonArray m = o.value(QStringLiteral("m")).toArray();
        const QJsonArray u = o.value(QStringLiteral("u")).toArray();
        bool valid = m.size() == F::levelCount(f) - 1 && u.size() == m.size();
        for (qsizetype i = 0; valid && i < m.size(); ++i)
            valid = isShare(m.at(i)) && isShare(u.at(i));
        if (!valid) {
            good = false;
            continue;
        }
        for (int l = 1; l < F::levelCount(f); ++l) {
            model.m_m[size_t(f)][size_t(l)] = m.at(l - 1).toDouble();
            model.m_u[size_t(f)][size_t(l)] = u.at(l - 1).toDouble();
        }
    }
    model.refresh();
    if (ok)
        *ok = good;
    return model;
}

} // namespace Kempt
