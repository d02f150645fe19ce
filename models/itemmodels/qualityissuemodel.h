#pragma once

#include "quality/qualityissue.h"

#include <QAbstractTableModel>

namespace Kempt {

// The findings of the style guide on one record, as the contact editor lists them beside
// its fields: the field, what is wrong and the suggested value. Errors first, then
// warnings, then what the guide fixes by itself. Read-only.
class QualityIssueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FieldColumn, MessageColumn, SuggestionColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int(StyleGuideRule::Severity)
        FieldKeyRole,
        RuleIdRole,
        SuggestionRole,
    };
    Q_ENUM(Role)

    explicit QualityIssueModel(QObject *parent = nullptr);

    // Keeps rows that stay the same, so a view's selection survives typing.
    void setIssues(const QList<QualityIssue> &issues);
    const QList<QualityIssue> &issues() const { return m_issues; }
    QualityIssue issueAt(int row) const;
    int count(StyleGuideRule::Severity severity) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Errors first, then warnings, then fixes; otherwise in the engine's order.
    static QList<QualityIssue> ordered(const QList<QualityIssue> &issues);

private:
    QList<QualityIssue> m_issues;
};

} // namespace Kempt
