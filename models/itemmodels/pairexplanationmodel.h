#pragma once

#include "dedup/pairexplanation.h"

#include <QAbstractTableModel>

namespace Kempt {

// Why two records match (PairExplanation): one row per field known on both sides, with
// how well it agreed, the values compared (as normalized for comparison) and what that
// weighed. Strongest evidence first, whether for or against.
class PairExplanationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FieldColumn, AgreementColumn, ValuesColumn, WeightColumn, ColumnCount };
    enum Role {
        WeightRole = Qt::UserRole + 1, // double, bits: positive for, negative against
        FieldRole,                      // int(MatchField::Field)
        LevelRole,                      // int
        TermFrequencyRole,              // bool: weighed by how common the value is
    };
    Q_ENUM(Role)

    explicit PairExplanationModel(QObject *parent = nullptr);

    void setExplanation(const PairExplanation &explanation);
    void clear();
    const PairExplanation &explanation() const { return m_explanation; }
    // "Sure match · score 23.4 · 99.9 %"
    static QString headline(const PairExplanation &explanation);
    // "+16.2" / "−3.1"
    static QString signedWeight(double bits);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    PairExplanation m_explanation;
    QList<PairExplanation::Evidence> m_rows;
};

} // namespace Kempt
