#include "itemmodels/qualityissuemodel.h"
#include "quality/qualityrecord.h"
#include "quality/ruletext.h"

#include <algorithm>

namespace Kempt {

QualityIssueModel::QualityIssueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QList<QualityIssue> QualityIssueModel::ordered(const QList<QualityIssue> &issues)
{
    QList<QualityIssue> sorted = issues;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const QualityIssue &a, const QualityIssue &b) { return int(a.severity) < int(b.severity); });
    return sorted;
}

void QualityIssueModel::setIssues(const QList<QualityIssue> &issues)
{
    const QList<QualityIssue> fresh = ordered(issues);
    if (fresh == m_issues)
        return;
    if (fresh.size() != m_issues.size()) {
        beginResetModel();
        m_issues = fresh;
        endResetModel();
        return;
    }
    m_issues = fresh;
    Q_EMIT dataChanged(index(0, 0), index(int(m_issues.size()) - 1, ColumnCount - 1));
}

QualityIssue QualityIssueModel::issueAt(int row) const
{
    return row >= 0 && row < m_issues.size() ? m_issues.at(row) : QualityIssue();
}

int QualityIssueModel::count(StyleGuideRule::Severity severity) const
{
    return int(std::count_if(m_issues.begin(), m_issues.end(), [severity](const QualityIssue &i) { return i.severity == severity; }));
}

int QualityIssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int QualityIssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QualityIssueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QualityIssue &issue = m_issues.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FieldColumn:
            return issue.field.isEmpty() ? tr("Record") : RuleText::fieldLabel(issue.entity, issue.field);
        case MessageColumn:
            return issue.message;
        case SuggestionColumn:
            return issue.suggestion;
        default:
            return {};
        }
    case SeverityRole: return int(issue.severity);
    case FieldKeyRole: return issue.field;
    case RuleIdRole: return issue.ruleId;
    case SuggestionRole: return issue.suggestion;
    default: return {};
    }
}

QVariant QualityIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn: return tr("Field");
    case MessageColumn: return tr("What to do");
    case SuggestionColumn: return tr("Suggestion");
    default: return {};
    }
}

QHash<int, QByteArray> QualityIssueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SeverityRole, "severity");
    names.insert(FieldKeyRole, "fieldKey");
    names.insert(RuleIdRole, "ruleId");
    names.insert(SuggestionRole, "suggestion");
    return names;
}

} // namespace Kempt
