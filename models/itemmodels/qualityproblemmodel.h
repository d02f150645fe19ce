#pragma once

#include "audit/qualityoverview.h"

#include <QAbstractTableModel>

namespace Kempt {

// The dashboard's problems, ranked by records touched: one row per rule with findings
// (and one for possible duplicates). Column 0 names the problem, column 1 holds the count
// and is drawn as a bar (ShareRole). Read-only; setProblems() replaces the list.
class QualityProblemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, RecordsColumn, ColumnCount };
    enum Role {
        RuleIdRole = Qt::UserRole + 1,
        EntityRole,   // int(Entity)
        SeverityRole, // int(StyleGuideRule::Severity)
        RecordsRole,  // qint64
        ShareRole,    // double 0..1: records of all audited records of the entity
        ActionRole,   // int(QualityProblem::Action)
        DetailRole,   // "Contacts · 3 errors, 12 warnings"
    };
    Q_ENUM(Role)

    explicit QualityProblemModel(QObject *parent = nullptr);

    void setProblems(const QList<QualityProblem> &problems);
    const QList<QualityProblem> &problems() const { return m_problems; }
    QualityProblem problemAt(int row) const;
    int rowOfRule(const QString &ruleId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString detail(const QualityProblem &problem) const;

    QList<QualityProblem> m_problems;
};

} // namespace Kempt
