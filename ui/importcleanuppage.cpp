#include "importcleanuppage.h"
#include "importcelldelegate.h"
#include "importwizard.h"
#include "severitystyle.h"

#include "itemmodels/importpreviewmodel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Kempt {

namespace {

// Rows the style guide changes or has something to say about.
class ProblemRowsFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setOnlyProblems(bool only)
    {
        m_only = only;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        return !m_only
            || sourceModel()->index(row, 0, parent).data(ImportPreviewModel::RowStatusRole).toInt()
                != int(ImportPreviewModel::RowStatus::Clean);
    }

private:
    bool m_only = false;
};

} // namespace

ImportCleanupPage::ImportCleanupPage(ImportWizard *wizard)
    : m_wizard(wizard)
    , m_applyFixes(new QRadioButton(tr("&Apply the style guide's fixes (recommended)"), this))
    , m_keepOriginal(new QRadioButton(tr("&Keep the values as the file has them; the issues are still listed on the dashboard"), this))
    , m_skipInvalid(new QCheckBox(tr("&Reject rows with errors the style guide blocks saving for"), this))
    , m_onlyProblems(new QCheckBox(tr("Show only rows that change or have issues"), this))
    , m_summary(new QLabel(this))
    , m_problems(new QTreeWidget(this))
    , m_view(new QTableView(this))
    , m_filter(new ProblemRowsFilter(this))
{
    setObjectName(QStringLiteral("importCleanupPage"));
    setTitle(tr("Clean Up"));
    setSubTitle(tr("Every row goes through the workspace's style guide. Struck-through values are what the file says; "
                   "beside them is what will be stored."));
    m_applyFixes->setObjectName(QStringLiteral("applyFixes"));
    m_keepOriginal->setObjectName(QStringLiteral("keepOriginal"));
    m_skipInvalid->setObjectName(QStringLiteral("skipInvalid"));
    m_onlyProblems->setObjectName(QStringLiteral("onlyProblems"));
    m_summary->setObjectName(QStringLiteral("cleanupSummary"));
    m_summary->setWordWrap(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_applyFixes);
    group->addButton(m_keepOriginal);
    m_applyFixes->setChecked(true);

    m_problems->setObjectName(QStringLiteral("cleanupProblems"));
    m_problems->setColumnCount(2);
    m_problems->setHeaderLabels({tr("Problem"), tr("Rows")});
    m_problems->setRootIsDecorated(false);
    m_problems->setUniformRowHeights(true);
    m_problems->header()->setStretchLastSection(false);
    m_problems->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_problems->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_filter->setSourceModel(m_wizard->previewModel());
    m_view->setObjectName(QStringLiteral("cleanupView"));
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new ImportCellDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setMaximumSectionSize(320);

    connect(m_applyFixes, &QRadioButton::toggled, this, &ImportCleanupPage::optionsChanged);
    connect(m_skipInvalid, &QCheckBox::toggled, this, &ImportCleanupPage::optionsChanged);
    connect(m_onlyProblems, &QCheckBox::toggled, this, [this](bool only) { static_cast<ProblemRowsFilter *>(m_filter)->setOnlyProblems(only); });
    connect(m_wizard->previewModel(), &QAbstractItemModel::modelReset, this, &ImportCleanupPage::refresh);

    auto *options = new QVBoxLayout;
    options->addWidget(m_applyFixes);
    options->addWidget(m_keepOriginal);
    options->addWidget(m_skipInvalid);
    options->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addLayout(options, 3);
    top->addWidget(m_problems, 2);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_summary, 1);
    filterRow->addWidget(m_onlyProblems);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    m_problems->setMaximumHeight(m_problems->sizeHint().height());
}

void ImportCleanupPage::initializePage()
{
    m_wizard->preparePreview();
    const ImportPreviewModel *preview = m_wizard->previewModel();
    const QSignalBlocker a(m_applyFixes), b(m_keepOriginal), c(m_skipInvalid);
    m_applyFixes->setChecked(preview->cleanup() == ImportOptions::Cleanup::ApplyFixes);
    m_keepOriginal->setChecked(preview->cleanup() == ImportOptions::Cleanup::KeepOriginal);
    m_skipInvalid->setChecked(preview->skipInvalidRows());
    refresh();
}

void ImportCleanupPage::optionsChanged()
{
    ImportPreviewModel *preview = m_wizard->previewModel();
    preview->setCleanup(m_applyFixes->isChecked() ? ImportOptions::Cleanup::ApplyFixes : ImportOptions::Cleanup::KeepOriginal);
    preview->setSkipInvalidRows(m_skipInvalid->isChecked());
}

void ImportCleanupPage::refresh()
{
    const ImportPreviewModel *preview = m_wizard->previewModel();
    const QLocale locale;
    m_problems->clear();
    for (const ImportPreviewModel::Problem &p : preview->problems()) {
        auto *item = new QTreeWidgetItem(m_problems, {p.title, locale.toString(p.rows)});
        item->setIcon(0, SeverityStyle::icon(p.severity));
        item->setData(0, Qt::UserRole, p.ruleId);
        item->setTextAlignment(1, Qt::AlignTrailing | Qt::AlignVCenter);
        item->setToolTip(0, p.title);
    }
    if (preview->problems().isEmpty())
        new QTreeWidgetItem(m_problems, {tr("The style guide has nothing to correct."), QString()});

    QStringList parts;
    const int rows = preview->rowCount();
    const bool all = m_wizard->previewHoldsAllRows();
    if (all)
        parts << (rows == 1 ? tr("%Ln row", nullptr, rows) : tr("%Ln rows", nullptr, rows));
    else
        parts << tr("The first %Ln rows", nullptr, rows);
    if (preview->fixedValues() > 0)
        parts << (preview->fixedValues() == 1 ? tr("%Ln value fixed", nullptr, 1) : tr("%Ln values fixed", nullptr, preview->fixedValues()));
    const int warnings = preview->rowsWithStatus(ImportPreviewModel::RowStatus::Warning);
    const int errors = preview->rowsWithStatus(ImportPreviewModel::RowStatus::Error);
    const int rejected = preview->rowsWithStatus(ImportPreviewModel::RowStatus::Rejected);
    if (warnings > 0)
        parts << tr("%Ln with warnings", nullptr, warnings);
    if (errors > 0)
        parts << tr("%Ln with errors", nullptr, errors);
    if (rejected > 0)
        parts << tr("%Ln rejected", nullptr, rejected);
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_view->resizeColumnsToContents();
}

bool ImportCleanupPage::validatePage()
{
    m_wizard->setCleanup(m_wizard->previewModel()->cleanup(), m_wizard->previewModel()->skipInvalidRows());
    return true;
}

} // namespace Kempt
