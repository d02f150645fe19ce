#pragma once

#include "dedup/comparisonvector.h"
#include "dedup/matchfield.h"

#include <QJsonObject>
#include <array>

namespace Kempt {

// A Fellegi–Sunter model: for every field and level, m = how often true duplicates show
// that level and u = how often two unrelated records do. A level weighs log2(m/u) bits;
// for exact agreement u is the frequency of the agreeing value itself (term frequency),
// so a shared "Smith" counts for less than a shared "Sondergeld". The prior is the log2
// odds that two records picked at random are duplicates; the score of a pair is the prior
// plus its weights, and its probability 1 / (1 + 2^-score).
class MatchModel
{
public:
    using Levels = std::array<double, MatchField::MaxLevels>;

    // Sane priors for m and u that fit contact data in general; ModelEstimator replaces
    // u by what the data shows and refines m.
    static MatchModel defaults();

    double m(int field, int level) const { return m_m[size_t(field)][size_t(level)]; }
    double u(int field, int level) const { return m_u[size_t(field)][size_t(level)]; }
    void setM(int field, const Levels &m)
    {
        m_m[size_t(field)] = m;
        refresh();
    }
    void setU(int field, const Levels &u)
    {
        m_u[size_t(field)] = u;
        refresh();
    }
    double prior() const { return m_prior; }
    void setPrior(double log2Odds) { m_prior = log2Odds; }

    // The weight of one field in bits; frequency is used for term-frequency levels.
    double weight(int field, int level, double frequency) const;
    double score(const ComparisonVector &v) const;
    static double probability(double score);

    QJsonObject toJson() const;
    static MatchModel fromJson(const QJsonObject &json, bool *ok = nullptr);

private:
    void refresh();

    std::array<Levels, MatchField::Count> m_m{};
    // log2(m) and log2(m/u), computed once: scoring runs millions of times.
    std::array<Levels, MatchField::Count> m_logM{};
    std::array<Levels, MatchField::Count> m_weight{};
    std::array<Levels, MatchField::Count> m_u{};
    double m_prior = -20;
};

} // namespace Kempt
