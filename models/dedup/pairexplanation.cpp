#include "dedup/pairexplanation.h"

#include "dedup/matchfield.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Dedup)
};

QString signedBits(double weight)
{
    return (weight >= 0 ? QStringLiteral("+") : QString()) + QString::number(weight, 'f', 1);
}

} // namespace

QJsonObject PairExplanation::toJson() const
{
    QJsonArray fields;
    for (const Evidence &e : evidence)
        fields.append(QJsonObject{{QStringLiteral("field"), MatchField::name(e.field)},
                                  {QStringLiteral("level"), MatchField::levelName(e.field, e.level)},
                                  {QStringLiteral("weight"), qRound(e.weight * 100) / 100.0},
                                  {QStringLiteral("a"), e.valueA},
                                  {QStringLiteral("b"), e.valueB},
                                  {QStringLiteral("termFrequency"), e.termFrequency}});
    return QJsonObject{{QStringLiteral("a"), idA},
                       {QStringLiteral("b"), idB},
                       {QStringLiteral("score"), qRound(score * 100) / 100.0},
                       {QStringLiteral("probability"), qRound(probability * 10000) / 10000.0},
                       {QStringLiteral("band"), MatchBands::name(band)},
                       {QStringLiteral("prior"), qRound(prior * 100) / 100.0},
                       {QStringLiteral("namesSwapped"), namesSwapped},
                       {QStringLiteral("fields"), fields}};
}

QString PairExplanation::toText(const QString &indent) const
{
    QString text;
    for (const Evidence &e : evidence) {
        QString level = MatchField::levelLabel(e.field, e.level);
        if ((e.field == MatchField::Given || e.field == MatchField::Surname) && namesSwapped)
            level = Tr::tr("%1, given name and surname swapped").arg(level);
        text += QStringLiteral("%1%2: %3 (%4 | %5) %6\n")
                    .arg(indent, MatchField::label(e.field), level, e.valueA, e.valueB, signedBits(e.weight));
    }
    text += indent + Tr::tr("Score %1 bits (prior %2), probability %3%")
                         .arg(QString::number(score, 'f', 1), QString::number(prior, 'f', 1),
                              QString::number(probability * 100, 'f', 1))
        + QLatin1Char('\n');
    return text;
}

} // namespace Kempt
