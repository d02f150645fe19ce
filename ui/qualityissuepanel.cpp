#include "qualityissuepanel.h"
#include "alignment.h"
#include "severitystyle.h"

#include "itemmodels/qualityissuemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace Kempt {

namespace {

using Severity = StyleGuideRule::Severity;

// The field column carries the severity's badge.
class IssueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != QualityIssueModel::FieldColumn)
            return;
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = SeverityStyle::icon(Severity(index.data(QualityIssueModel::SeverityRole).toInt()));
        option->decorationSize = QSize(option->fontMetrics.height() - 2, option->fontMetrics.height() - 2);
    }
};

} // namespace

QualityIssuePanel::QualityIssuePanel(QualityIssueModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_icon(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_use(new QPushButton(tr("Use Suggestion"), this))
    , m_fixAll(new QPushButton(tr("Apply All Fixes"), this))
{
    setObjectName(QStringLiteral("qualityIssues"));
    m_summary->setObjectName(QStringLiteral("qualitySummary"));
    m_summary->setAlignment(leadingEdge() | Qt::AlignVCenter);
    m_view->setModel(model);
    m_view->setItemDelegate(new IssueDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QualityIssueModel::FieldColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(QualityIssueModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(QualityIssueModel::SuggestionColumn, QHeaderView::ResizeToContents);
    m_use->setObjectName(QStringLiteral("useSuggestion"));
    m_fixAll->setObjectName(QStringLiteral("applyAllFixes"));
    m_fixAll->setToolTip(tr("Put every value the style guide would store by itself into its field."));
    connect(m_use, &QPushButton::clicked, this, [this] {
        const QualityIssue issue = currentIssue();
        if (!issue.suggestion.isEmpty())
            Q_EMIT suggestionChosen(issue);
    });
    connect(m_view, &QTreeView::doubleClicked, m_use, &QPushButton::click);
    connect(m_fixAll, &QPushButton::clicked, this, &QualityIssuePanel::fixAllRequested);
    connect(model, &QAbstractItemModel::modelReset, this, &QualityIssuePanel::update);
    connect(model, &QAbstractItemModel::dataChanged, this, &QualityIssuePanel::update);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QualityIssuePanel::update);

    auto *top = new QHBoxLayout;
    top->addWidget(m_icon);
    top->addWidget(m_summary, 1);
    top->addWidget(m_use);
    top->addWidget(m_fixAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_view);
    update();
}

QualityIssue QualityIssuePanel::currentIssue() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->issueAt(current.row()) : QualityIssue();
}

void QualityIssuePanel::update()
{
    const int errors = m_model->count(Severity::Error);
    const int warnings = m_model->count(Severity::Warning);
    const int fixes = m_model->count(Severity::Fix);
    const int size = fontMetrics().height();
    if (errors + warnings + fixes == 0) {
        m_icon->setPixmap(SeverityStyle::icon(Severity::Fix).pixmap(size, size, QIcon::Disabled));
        m_summary->setText(tr("Follows the style guide."));
    } else {
        QStringList parts;
        if (errors > 0)
            parts << (errors == 1 ? tr("%Ln error – must be corrected before saving", nullptr, 1)
                                  : tr("%Ln errors – must be corrected before saving", nullptr, errors));
        if (warnings > 0)
            parts << (warnings == 1 ? tr("%Ln warning", nullptr, 1) : tr("%Ln warnings", nullptr, warnings));
        if (fixes > 0)
            parts << (fixes == 1 ? tr("%Ln value the style guide would store differently", nullptr, 1)
                                 : tr("%Ln values the style guide would store differently", nullptr, fixes));
        m_icon->setPixmap(SeverityStyle::icon(errors ? Severity::Error : warnings ? Severity::Warning : Severity::Fix).pixmap(size, size));
        m_summary->setText(parts.join(QStringLiteral(" · ")));
    }
    // As tall as its rows (up to four), so the editor's fields keep the room.
    const int rows = std::min(m_model->rowCount(), 4);
    if (rows > 0) {
        const int rowHeight = std::max(m_view->sizeHintForRow(0), fontMetrics().height() + 6);
        m_view->setFixedHeight(m_view->header()->sizeHint().height() + rows * rowHeight + 2 * m_view->frameWidth() + 2);
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, 0));
    }
    m_view->setVisible(errors + warnings + fixes > 0);
    m_use->setVisible(errors + warnings + fixes > 0);
    m_use->setEnabled(!currentIssue().suggestion.isEmpty());
    m_fixAll->setVisible(fixes > 0);
}

} // namespace Kempt
