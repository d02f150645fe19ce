#include "itemmodels/qualityproblemmodel.h"
#include "quality/ruletext.h"

#include <QLocale>
#include <algorithm>
#include <climits>

namespace Kempt {

QualityProblemModel::QualityProblemModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void QualityProblemModel::setProblems(const QList<QualityProblem> &problems)
{
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

QualityProblem QualityProblemModel::problemAt(int row) const
{
    return row >= 0 && row < m_problems.size() ? m_problems.at(row) : QualityProblem();
}

int QualityProblemModel::rowOfRule(const QString &ruleId) const
{
    for (int i = 0; i < m_problems.size(); ++i)
        if (m_problems.at(i).ruleId == ruleId && !m_problems.at(i).isDuplicates())
            return i;
    return -1;
}

int QualityProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int QualityProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QualityProblemModel::detail(const QualityProblem &p) const
{
    QStringList parts{RuleText::entityLabel(p.entity)};
    const auto n = [](qint64 count) { return int(std::min<qint64>(count, INT_MAX)); };
    if (p.errors > 0)
        parts << (p.errors == 1 ? tr("%Ln error", nullptr, 1) : tr("%Ln errors", nullptr, n(p.errors)));
    if (p.warnings > 0)
        parts << (p.warnings == 1 ? tr("%Ln warning", nullptr, 1) : tr("%Ln warnings", nullptr, n(p.warnings)));
    if (p.fixes > 0)
        parts << (p.fixes == 1 ? tr("%Ln automatic fix", nullptr, 1) : tr("%Ln automatic fixes", nullptr, n(p.fixes)));
    // Says where the duplicates come from, so shared keys are not taken for the real groups.
    if (p.isDuplicates() && p.entity == Entity::Contact)
        parts << (p.fromScan ? tr("from the last duplicate scan") : tr("no duplicate scan yet"));
    return parts.join(QStringLiteral(" · "));
}

QVariant QualityProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QualityProblem &p = m_problems.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == TitleColumn ? QVariant(p.title) : QVariant(QLocale().toString(p.records));
    case Qt::ToolTipRole:
        return p.description.isEmpty() ? detail(p) : p.description + QStringLiteral("\n") + detail(p);
    case Qt::TextAlignmentRole:
        return index.column() == RecordsColumn ? QVariant(int(Qt::AlignTrailing | Qt::AlignVCenter)) : QVariant();
    case RuleIdRole: return p.ruleId;
    case EntityRole: return int(p.entity);
    case SeverityRole: return int(p.severity);
    case RecordsRole: return p.records;
    case ShareRole: return p.share();
    case ActionRole: return int(p.action);
    case DetailRole: return detail(p);
    default: return {};
    }
}

QVariant QualityProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn: return tr("Problem");
    case RecordsColumn: return tr("Records");
    default: return {};
    }
}

Qt::ItemFlags QualityProblemModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> QualityProblemModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RuleIdRole, "ruleId");
    names.insert(EntityRole, "entity");
    names.insert(SeverityRole, "severity");
    names.insert(RecordsRole, "records");
    names.insert(ShareRole, "share");
    names.insert(ActionRole, "action");
    names.insert(DetailRole, "detail");
    return names;
}

} // namespace Kempt
