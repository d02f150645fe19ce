#pragma once

#include "audit/guideenginecache.h"
#include "quality/qualityissue.h"
#include "quality/qualityrecord.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QLineEdit;
class QTimer;
class QWidget;

namespace Kempt {

class LabeledValueList;
class QualityIssueModel;
class QualityIssuePanel;
class Workspace;

// Judges the record an editor shows with the workspace's style guide as the person types
// (the rule engine the audit uses, so the verdicts agree) and marks the fields: an
// input with a finding gets a badge of its severity whose tooltip gives the reason and
// the suggested value, and a click on it puts the suggestion in. The findings are also
// listed in a panel. Errors are what blocks saving.
class LiveQualityCheck : public QObject
{
    Q_OBJECT
public:
    using Source = std::function<QualityRecord()>;

    LiveQualityCheck(Workspace *workspace, QWidget *panelParent, QObject *parent = nullptr);

    void setSource(const Source &source) { m_source = source; }
    // A single-valued field and its input (QLineEdit, editable QComboBox, or any widget,
    // which then gets the finding as its tooltip). Edits in it trigger a check.
    void addField(const QString &key, QWidget *input);
    // A field of several values, one per row of the list.
    void addList(const QString &key, LabeledValueList *list);

    QualityIssuePanel *panel() const { return m_panel; }
    QualityIssueModel *model() const { return m_model; }
    const QList<QualityIssue> &issues() const;

    // Checks after a short pause (typing), or at once.
    void schedule();
    void checkNow();
    bool hasErrors() const;
    QualityIssue firstError() const;
    // The input that shows the finding's value (for multi-valued fields, its row).
    QWidget *inputFor(const QualityIssue &issue) const;
    // Puts the suggested value into the input; false when there is none.
    bool applySuggestion(const QualityIssue &issue);
    // Applies every suggestion of the guide's Fix rules; returns how many.
    int applyAllFixes();
    // The badge on an input, for tests: its tooltip, empty when unmarked.
    QString markOf(QWidget *input) const;

Q_SIGNALS:
    void checked();

private:
    struct Mark
    {
        QPointer<QWidget> input;
        QPointer<QAction> badge; // line edits only
        QString baseToolTip;
    };
    void watch(QWidget *input);
    void mark(QWidget *input, const QList<QualityIssue> &issues);
    QLineEdit *lineEditOf(QWidget *input) const;
    int rowOf(const QualityIssue &issue) const;

    QPointer<Workspace> m_workspace;
    Source m_source;
    GuideEngineCache m_engines;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, LabeledValueList *> m_lists;
    QHash<QWidget *, Mark> m_marks;
    QHash<QString, QList<QList<QualityIssue>>> m_rowIssues; // list key -> findings per row
    QualityIssueModel *m_model;
    QualityIssuePanel *m_panel;
    QTimer *m_timer;
};

} // namespace Kempt
