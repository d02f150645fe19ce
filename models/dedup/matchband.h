#pragma once

#include <QString>

namespace Kempt {

// How sure Kempt is that a pair or group are duplicates. The thresholds are posterior
// probabilities of the match model (MatchModel::probability), the same for every data set:
// Sure pairs may be merged without a second look and chain into groups; Possible pairs
// want a person to decide and never chain on their own.
enum class MatchBand { None, Possible, Sure };

struct MatchBands
{
    static constexpr double SureProbability = 0.97;
    static constexpr double PossibleProbability = 0.60;

    static MatchBand of(double probability)
    {
        return probability >= SureProbability ? MatchBand::Sure
            : probability >= PossibleProbability ? MatchBand::Possible
                                                 : MatchBand::None;
    }
    static QString name(MatchBand band) // stable: "sure", "possible", "none"
    {
        return band == MatchBand::Sure ? QStringLiteral("sure")
            : band == MatchBand::Possible ? QStringLiteral("possible")
                                          : QStringLiteral("none");
    }
};

} // namespace Kempt
