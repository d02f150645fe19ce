#include "itemmodels/pairexplanationmodel.h"

#include "dedup/matchfield.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace Kempt {

PairExplanationModel::PairExplanationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PairExplanationModel::setExplanation(const PairExplanation &explanation)
{
    beginResetModel();
    m_explanation = explanation;
    m_rows = explanation.evidence;
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const PairExplanation::Evidence &a, const PairExplanation::Evidence &b) {
        return std::abs(a.weight) > std::abs(b.weight);
    });
    endResetModel();
}

void PairExplanationModel::clear()
{
    setExplanation(PairExplanation());
}

QString PairExplanationModel::signedWeight(double bits)
{
    // The locale's own signs, so that right-to-left scripts place them as they read.
    const QLocale locale;
    return bits < 0 ? locale.toString(bits, 'f', 1) : locale.positiveSign() + locale.toString(bits, 'f', 1);
}

QString PairExplanationModel::headline(const PairExplanation &e)
{
    const QString band = e.band == MatchBand::Sure ? tr("Sure match")
        : e.band == MatchBand::Possible            ? tr("Possible match")
                                                   : tr("No match");
    const QLocale locale;
    return tr("%1 · score %2 · %3", "band · score in bits · probability")
        .arg(band, locale.toString(e.score, 'f', 1),
             locale.toString(e.probability * 100, 'f', e.probability >= 0.999 ? 2 : 1) + locale.percent());
}

int PairExplanationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PairExplanationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PairExplanationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PairExplanation::Evidence &e = m_rows.at(index.row());
    const bool name = e.field == MatchField::Given || e.field == MatchField::Surname;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FieldColumn: return MatchField::label(e.field);
        case AgreementColumn:
            return name && m_explanation.namesSwapped ? tr("%1, given name and surname swapped").arg(MatchField::levelLabel(e.field, e.level))
                                                      : MatchField::levelLabel(e.field, e.level);
        case ValuesColumn:
            return e.valueA == e.valueB ? e.valueA : tr("%1 | %2", "the two values compared").arg(e.valueA, e.valueB);
        case WeightColumn: return signedWeight(e.weight);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == WeightColumn || index.column() == AgreementColumn) {
            QString tip = e.weight >= 0 ? tr("Counts %1 bits for one person.").arg(QLocale().toString(e.weight, 'f', 1))
                                        : tr("Counts %1 bits against one person.").arg(QLocale().toString(-e.weight, 'f', 1));
            if (e.termFrequency)
                tip += QLatin1Char('\n') + tr("Weighed by how rare the value is: a common value says less.");
            return tip;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == WeightColumn ? int(Qt::AlignTrailing | Qt::AlignVCenter) : int(Qt::AlignLeading | Qt::AlignVCenter);
    case WeightRole: return e.weight;
    case FieldRole: return e.field;
    case LevelRole: return e.level;
    case TermFrequencyRole: return e.termFrequency;
    default: return {};
    }
}

QVariant PairExplanationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case FieldColumn: return tr("Field");
        case AgreementColumn: return tr("Agreement");
        case ValuesColumn: return tr("Values compared");
        case WeightColumn: return tr("Weight");
        }
    }
    if (role == Qt::ToolTipRole && section == WeightColumn)
        return tr("Bits of evidence: every bit for doubles the odds that the records are one person, every bit against halves them.");
    if (role == Qt::TextAlignmentRole)
        return section == WeightColumn ? int(Qt::AlignTrailing | Qt::AlignVCenter) : int(Qt::AlignLeading | Qt::AlignVCenter);
    return {};
}

Qt::ItemFlags PairExplanationModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace Kempt
