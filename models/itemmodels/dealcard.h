#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace Kempt {

// One open deal as the pipeline board shows it.
struct DealCard
{
    qint64 id = 0;
    qint64 stageId = 0;
    double rank = 0;
    QString title;
    QString company;
    QString owner;
    qint64 valueMinor = 0;
    QString currency;
    QDate expectedClose;
    double probability = 0; // the deal's own, else its stage's default
    int daysInStage = 0;
    bool rotting = false;
    // Bit i set: the deal leaves BoardCardReader::gateKeys()[i] empty.
    quint64 gateMissing = 0;
    // Labels of the fields the style guide requires that the deal leaves empty.
    QStringList qualityMissing;

    bool before(const DealCard &o) const { return rank < o.rank || (rank == o.rank && id < o.id); }
};

// What a board column adds up to. Amounts are in the board's currency; deals in other
// currencies are counted in otherCurrency and left out of the sums (there are no rates).
struct ColumnTotals
{
    int count = 0;
    qint64 totalMinor = 0;
    double weightedMinor = 0;
    int otherCurrency = 0;
};

} // namespace Kempt
