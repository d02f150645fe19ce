#include "livequalitycheck.h"
#include "countrycombobox.h"
#include "labeledvaluelist.h"
#include "optionaldateedit.h"
#include "qualityissuepanel.h"
#include "severitystyle.h"

#include "itemmodels/qualityissuemodel.h"
#include "storage/workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QLineEdit>
#include <QTimer>

namespace Kempt {

namespace {

constexpr int kTypingPauseMs = 150;

QString describe(const QList<QualityIssue> &issues)
{
    QStringList lines;
    for (const QualityIssue &i : issues) {
        QString line = i.message;
        if (!i.suggestion.isEmpty())
            line += QLatin1Char('\n') + QCoreApplication::translate("LiveQualityCheck", "Suggested: %1 (click the badge to use it)").arg(i.suggestion);
        lines << line;
    }
    return lines.join(QStringLiteral("\n\n"));
}

} // namespace

LiveQualityCheck::LiveQualityCheck(Workspace *workspace, QWidget *panelParent, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_model(new QualityIssueModel(this))
    , m_panel(new QualityIssuePanel(m_model, panelParent))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kTypingPauseMs);
    connect(m_timer, &QTimer::timeout, this, &LiveQualityCheck::checkNow);
    connect(m_panel, &QualityIssuePanel::suggestionChosen, this, [this](const QualityIssue &issue) { applySuggestion(issue); });
    connect(m_panel, &QualityIssuePanel::fixAllRequested, this, &LiveQualityCheck::applyAllFixes);
}

const QList<QualityIssue> &LiveQualityCheck::issues() const
{
    return m_model->issues();
}

void LiveQualityCheck::watch(QWidget *input)
{
    if (auto *edit = qobject_cast<QLineEdit *>(input))
        connect(edit, &QLineEdit::textChanged, this, &LiveQualityCheck::schedule);
    else if (auto *combo = qobject_cast<QComboBox *>(input)) {
        connect(combo, &QComboBox::currentTextChanged, this, &LiveQualityCheck::schedule);
        connect(combo, &QComboBox::currentIndexChanged, this, &LiveQualityCheck::schedule);
    } else if (auto *date = qobject_cast<OptionalDateEdit *>(input))
        connect(date, &OptionalDateEdit::dateChanged, this, &LiveQualityCheck::schedule);
    else if (auto *button = qobject_cast<QAbstractButton *>(input))
        connect(button, &QAbstractButton::toggled, this, &LiveQualityCheck::schedule);
}

void LiveQualityCheck::addField(const QString &key, QWidget *input)
{
    m_fields.insert(key, input);
    m_marks.insert(input, {input, nullptr, input->toolTip()});
    watch(input);
}

void LiveQualityCheck::addList(const QString &key, LabeledValueList *list)
{
    m_lists.insert(key, list);
    connect(list, &LabeledValueList::changed, this, &LiveQualityCheck::schedule);
}

void LiveQualityCheck::schedule()
{
    m_timer->start();
}

QLineEdit *LiveQualityCheck::lineEditOf(QWidget *input) const
{
    if (auto *edit = qobject_cast<QLineEdit *>(input))
        return edit;
    if (auto *combo = qobject_cast<QComboBox *>(input))
        return combo->isEditable() ? combo->lineEdit() : nullptr;
    return nullptr;
}

void LiveQualityCheck::mark(QWidget *input, const QList<QualityIssue> &issues)
{
    if (!input)
        return;
    auto it = m_marks.find(input);
    if (it == m_marks.end())
        it = m_marks.insert(input, {input, nullptr, input->toolTip()});
    Mark &mark = *it;
    QLineEdit *edit = lineEditOf(input);
    if (edit && !mark.badge) {
        mark.badge = edit->addAction(QIcon(), QLineEdit::TrailingPosition);
        mark.badge->setObjectName(QStringLiteral("qualityBadge"));
        connect(mark.badge, &QAction::triggered, this, [this, input] {
            for (const QualityIssue &issue : this->issues())
                if (!issue.suggestion.isEmpty() && inputFor(issue) == input) {
                    applySuggestion(issue);
                    return;
                }
        });
    }
    if (issues.isEmpty()) {
        if (mark.badge)
            mark.badge->setVisible(false);
        input->setToolTip(mark.baseToolTip);
        return;
    }
    auto worst = StyleGuideRule::Severity::Fix;
    for (const QualityIssue &i : issues)
        worst = std::min(worst, i.severity);
    const QString text = describe(issues);
    if (mark.badge) {
        mark.badge->setIcon(SeverityStyle::icon(worst));
        mark.badge->setToolTip(text);
        mark.badge->setVisible(true);
    }
    input->setToolTip(text);
}

void LiveQualityCheck::checkNow()
{
    m_timer->stop();
    QList<QualityIssue> found;
    const bool open = m_workspace && m_workspace->isOpen() && m_source;
    QualityRecord record;
    if (open) {
        record = m_source();
        found = m_engines.engine(m_workspace->db()).evaluate(record);
    }
    m_model->setIssues(found);
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        QList<QualityIssue> own;
        for (const QualityIssue &i : found)
            if (i.field == it.key())
                own << i;
        mark(it.value(), own);
    }
    // Several values: each row is judged alone, so its badge speaks of its own value.
    m_rowIssues.clear();
    for (auto it = m_lists.begin(); it != m_lists.end(); ++it) {
        const QualityField field = QualityRecord::fieldForKey(record.entity(), it.key());
        QList<QList<QualityIssue>> rows;
        for (int row = 0; row < it.value()->rowCount(); ++row) {
            const QString value = it.value()->valueEdit(row)->text().trimmed();
            QList<QualityIssue> own;
            if (open && !value.isEmpty() && field != QualityField::Count) {
                QualityRecord single = record;
                single.setValues(field, {value});
                if (field == QualityField::Phone) {
                    const int at = int(record.values(field).indexOf(value));
                    single.setPhoneE164({at >= 0 ? record.phoneE164At(at) : QString()});
                }
                for (const QualityIssue &i : m_engines.engine(m_workspace->db()).evaluate(single))
                    if (i.field == it.key())
                        own << i;
            }
            mark(it.value()->valueEdit(row), own);
            rows << own;
        }
        m_rowIssues.insert(it.key(), rows);
    }
    Q_EMIT checked();
}

bool LiveQualityCheck::hasErrors() const
{
    return firstError().severity == StyleGuideRule::Severity::Error && !firstError().ruleId.isEmpty();
}

QualityIssue LiveQualityCheck::firstError() const
{
    for (const QualityIssue &i : issues())
        if (i.severity == StyleGuideRule::Severity::Error)
            return i;
    return QualityIssue();
}

int LiveQualityCheck::rowOf(const QualityIssue &issue) const
{
    const QList<QList<QualityIssue>> rows = m_rowIssues.value(issue.field);
    for (int row = 0; row < rows.size(); ++row)
        for (const QualityIssue &i : rows.at(row))
            if (i.ruleId == issue.ruleId && i.message == issue.message && i.suggestion == issue.suggestion)
                return row;
    return rows.isEmpty() ? -1 : 0;
}

QWidget *LiveQualityCheck::inputFor(const QualityIssue &issue) const
{
    if (QWidget *w = m_fields.value(issue.field))
        return w;
    if (LabeledValueList *list = m_lists.value(issue.field)) {
        const int row = rowOf(issue);
        return row >= 0 && row < list->rowCount() ? list->valueEdit(row) : nullptr;
    }
    return nullptr;
}

bool LiveQualityCheck::applySuggestion(const QualityIssue &issue)
{
    QWidget *input = inputFor(issue);
    if (!input || issue.suggestion.isEmpty())
        return false;
    if (auto *country = qobject_cast<CountryComboBox *>(input))
        country->setCode(issue.suggestion);
    else if (auto *combo = qobject_cast<QComboBox *>(input))
        combo->setCurrentText(issue.suggestion);
    else if (auto *edit = qobject_cast<QLineEdit *>(input))
        edit->setText(issue.suggestion);
    else if (auto *date = qobject_cast<OptionalDateEdit *>(input))
        date->setDate(QDate::fromString(issue.suggestion, Qt::ISODate));
    else
        return false;
    checkNow();
    return true;
}

int LiveQualityCheck::applyAllFixes()
{
    // Later stages' suggestions build on earlier ones, so the last per input is the one to keep.
    QHash<QWidget *, QualityIssue> last;
    QList<QWidget *> order;
    for (const QualityIssue &issue : issues()) {
        if (issue.severity != StyleGuideRule::Severity::Fix || issue.suggestion.isEmpty())
            continue;
        QWidget *input = inputFor(issue);
        if (!input)
            continue;
        if (!last.contains(input))
            order << input;
        last.insert(input, issue);
    }
    int applied = 0;
    for (QWidget *input : order)
        if (applySuggestion(last.value(input)))
            ++applied;
    return applied;
}

QString LiveQualityCheck::markOf(QWidget *input) const
{
    const auto it = m_marks.constFind(input);
    if (it == m_marks.constEnd())
        return QString();
    if (it->badge)
        return it->badge->isVisible() ? it->badge->toolTip() : QString();
    return input->toolTip() == it->baseToolTip ? QString() : input->toolTip();
}

} // namespace Kempt
