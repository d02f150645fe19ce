#include "qualityfilterbutton.h"
#include "severitystyle.h"

#include "itemmodels/qualitycolumn.h"
#include "itemmodels/recordtablemodel.h"
#include "quality/ruletext.h"
#include "storage/workspace.h"
#include "stores/styleguidestore.h"

#include <QActionGroup>
#include <QMenu>
#include <algorithm>

namespace Kempt {

namespace {

using Op = FilterCondition::Operator;
using Severity = StyleGuideRule::Severity;

} // namespace

QualityFilterButton::QualityFilterButton(Workspace *workspace, RecordTableModel *model, QWidget *parent)
    : QToolButton(parent)
    , m_workspace(workspace)
    , m_model(model)
{
    setObjectName(QStringLiteral("qualityFilter"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setAutoRaise(true);
    setToolTip(tr("Show records by their data-quality findings"));
    setMenu(new QMenu(this));
    connect(menu(), &QMenu::aboutToShow, this, &QualityFilterButton::fillMenu);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QualityFilterButton::updateText);
    updateText();
}

void QualityFilterButton::setQualityFilter(const QString &value, bool has)
{
    Filter f = m_model->filter();
    f.conditions.erase(std::remove_if(f.conditions.begin(), f.conditions.end(),
                                      [](const FilterCondition &c) { return c.field == QualityColumn::key(); }),
                       f.conditions.end());
    FilterCondition c;
    c.field = QualityColumn::key();
    c.op = has ? Op::HasIssue : Op::LacksIssue;
    c.value = value;
    f.conditions << c;
    m_model->setFilter(f);
}

void QualityFilterButton::clearQualityFilter()
{
    Filter f = m_model->filter();
    f.conditions.erase(std::remove_if(f.conditions.begin(), f.conditions.end(),
                                      [](const FilterCondition &c) { return c.field == QualityColumn::key(); }),
                       f.conditions.end());
    m_model->setFilter(f);
}

void QualityFilterButton::setColumnShown(bool shown)
{
    Q_EMIT columnToggled(shown);
}

void QualityFilterButton::updateText()
{
    const auto condition = QualityColumn::conditionOf(m_model->filter());
    if (!condition) {
        setText(tr("Quality"));
        return;
    }
    const QString value = condition->value.toString();
    QString what;
    StyleGuideRule::Severity severity;
    if (condition->op == Op::LacksIssue)
        what = value.isEmpty() ? tr("no findings") : tr("without %1").arg(value);
    else if (value.isEmpty())
        what = tr("any finding");
    else if (StyleGuideRule::severityFromName(value, &severity))
        what = severity == Severity::Error ? tr("errors") : severity == Severity::Warning ? tr("warnings") : tr("automatic fixes");
    else {
        const StyleGuide guide = m_workspace && m_workspace->isOpen() ? StyleGuideStore(m_workspace->db()).active() : StyleGuide();
        const StyleGuideRule *rule = guide.rule(value);
        what = rule ? RuleText::problemTitle(*rule) : value;
    }
    setText(tr("Quality: %1").arg(what));
}

void QualityFilterButton::fillMenu()
{
    QMenu *m = menu();
    m->clear();
    const auto condition = QualityColumn::conditionOf(m_model->filter());
    auto *group = new QActionGroup(m);
    const auto add = [&](const QString &text, const QIcon &icon, bool checked, auto slot) {
        QAction *a = m->addAction(icon, text);
        a->setCheckable(true);
        a->setChecked(checked);
        group->addAction(a);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    const QString value = condition ? condition->value.toString() : QString();
    const bool has = condition && condition->op == Op::HasIssue;
    add(tr("All Records"), QIcon(), !condition, [this] { clearQualityFilter(); });
    add(tr("With Errors"), SeverityStyle::icon(Severity::Error), has && value == QLatin1String("error"),
        [this] { setQualityFilter(QStringLiteral("error"), true); });
    add(tr("With Warnings"), SeverityStyle::icon(Severity::Warning), has && value == QLatin1String("warning"),
        [this] { setQualityFilter(QStringLiteral("warning"), true); });
    add(tr("With Automatic Fixes Pending"), SeverityStyle::icon(Severity::Fix), has && value == QLatin1String("fix"),
        [this] { setQualityFilter(QStringLiteral("fix"), true); });
    add(tr("With Any Finding"), QIcon(), has && value.isEmpty(), [this] { setQualityFilter(QString(), true); });
    add(tr("Without Findings"), QIcon(), condition && !has && value.isEmpty(), [this] { setQualityFilter(QString(), false); });
    // A rule chosen on the dashboard stays listed while it is in force.
    StyleGuideRule::Severity severity;
    if (has && !value.isEmpty() && !StyleGuideRule::severityFromName(value, &severity))
        add(text(), QIcon(), true, [] {});
    m->addSeparator();
    QAction *column = m->addAction(tr("Show Quality Column"));
    column->setCheckable(true);
    column->setChecked(m_model->columnOf(QualityColumn::key()) >= 0);
    connect(column, &QAction::toggled, this, &QualityFilterButton::columnToggled);
}

} // namespace Kempt
