#pragma once

#include "dedup/matchband.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Kempt {

// Why two records are, or are not, duplicates: every field that was known on both sides,
// how well it agreed, and what that weighed. The score is the prior plus the weights.
struct PairExplanation
{
    struct Evidence
    {
        int field = 0;          // MatchField::Field
        int level = 0;
        double weight = 0;      // bits: positive for evidence for, negative against
        QString valueA;
        QString valueB;
        bool termFrequency = false; // the weight reflects how common the shared value is
    };

    QString idA;
    QString idB;
    double prior = 0;
    double score = 0;
    double probability = 0;
    MatchBand band = MatchBand::None;
    bool namesSwapped = false;
    QList<Evidence> evidence;

    QJsonObject toJson() const;
    // One line per field: "  E-mail: equal (a@x.com = a@x.com) +16.2".
    QString toText(const QString &indent = QStringLiteral("  ")) const;
};

} // namespace Kempt
