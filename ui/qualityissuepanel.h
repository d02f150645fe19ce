#pragma once

#include "quality/qualityissue.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace Kempt {

class QualityIssueModel;

// The style guide's findings on the record in an editor, listed under its fields: a line
// that sums them up ("1 error, 2 warnings") and, when there are any, what to do about each
// with the suggested value, which one click puts into the field.
class QualityIssuePanel : public QWidget
{
    Q_OBJECT
public:
    explicit QualityIssuePanel(QualityIssueModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *useButton() const { return m_use; }
    QPushButton *fixAllButton() const { return m_fixAll; }
    QualityIssue currentIssue() const;

Q_SIGNALS:
    void suggestionChosen(const Kempt::QualityIssue &issue);
    void fixAllRequested();

private:
    void update();

    QualityIssueModel *m_model;
    QLabel *m_icon;
    QLabel *m_summary;
    QTreeView *m_view;
    QPushButton *m_use;
    QPushButton *m_fixAll;
};

} // namespace Kempt
