#include "importsummarypage.h"
#include "importundoer.h"
#include "importwizard.h"
#include "messagepresenter.h"
#include "severitystyle.h"

#include "import/importsummary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Kempt {

ImportSummaryPage::ImportSummaryPage(ImportWizard *wizard)
    : m_wizard(wizard)
    , m_counts(new QFormLayout)
    , m_issues(new QTreeWidget(this))
    , m_rejected(new QTableWidget(0, 2, this))
    , m_undone(new QLabel(this))
    , m_saveRejected(new QPushButton(tr("&Save Rejected Rows…"), this))
    , m_undo(new QPushButton(tr("&Undo This Import"), this))
{
    setObjectName(QStringLiteral("importSummaryPage"));
    setTitle(tr("Import Finished"));
    m_issues->setObjectName(QStringLiteral("importIssues"));
    m_issues->setColumnCount(2);
    m_issues->setHeaderLabels({tr("Left for the Data Quality dashboard"), tr("Contacts")});
    m_issues->setRootIsDecorated(false);
    m_issues->setUniformRowHeights(true);
    m_issues->setSelectionMode(QAbstractItemView::NoSelection);
    m_issues->setFocusPolicy(Qt::NoFocus);
    m_issues->header()->setStretchLastSection(false);
    m_issues->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_issues->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_rejected->setObjectName(QStringLiteral("rejectedRows"));
    m_rejected->setHorizontalHeaderLabels({tr("Row"), tr("Why it was rejected")});
    m_rejected->verticalHeader()->hide();
    m_rejected->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rejected->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejected->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rejected->setWordWrap(false);
    m_undone->setObjectName(QStringLiteral("importUndone"));
    m_undone->setWordWrap(true);
    m_saveRejected->setObjectName(QStringLiteral("saveRejected"));
    m_undo->setObjectName(QStringLiteral("undoImport"));
    m_undo->setToolTip(tr("Removes the contacts this import created and gives the records it changed their old values back. "
                          "Edit ▸ Redo brings the import back."));
    connect(m_saveRejected, &QPushButton::clicked, this, &ImportSummaryPage::saveRejected);
    connect(m_undo, &QPushButton::clicked, this, &ImportSummaryPage::undoImport);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveRejected);
    buttons->addStretch(1);
    buttons->addWidget(m_undo);
    auto *top = new QHBoxLayout;
    auto *counts = new QVBoxLayout;
    counts->addLayout(m_counts);
    counts->addStretch(1);
    top->addLayout(counts, 2);
    top->addWidget(m_issues, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_rejected, 2);
    layout->addWidget(m_undone);
    layout->addLayout(buttons);
}

QLabel *ImportSummaryPage::countLabel(const QString &name) const
{
    return findChild<QLabel *>(name);
}

void ImportSummaryPage::initializePage()
{
    const ImportSummary &s = m_wizard->summary();
    setSubTitle(tr("%1 is in %2. Everything it did is one change: Undo This Import takes all of it back.")
                    .arg(QFileInfo(m_wizard->filePath()).fileName(), QFileInfo(m_wizard->workspacePath()).fileName()));
    while (m_counts->rowCount() > 0)
        m_counts->removeRow(0);
    const QLocale locale;
    const struct
    {
        QString label;
        qint64 value;
        const char *name;
        bool always;
    } rows[] = {
        {tr("Rows read:"), s.rows, "countRows", true},
        {tr("Contacts created:"), s.created, "countCreated", true},
        {tr("Contacts updated:"), s.updated, "countUpdated", false},
        {tr("Contacts merged:"), s.merged, "countMerged", false},
        {tr("Rows skipped:"), s.skipped, "countSkipped", false},
        {tr("Rows rejected:"), s.rejected, "countRejected", true},
        {tr("Values fixed by the style guide:"), s.fixedValues, "countFixed", true},
    };
    for (const auto &row : rows) {
        if (!row.always && row.value == 0)
            continue;
        auto *value = new QLabel(locale.toString(row.value), this);
        value->setObjectName(QLatin1String(row.name));
        m_counts->addRow(row.label, value);
    }
    m_issues->clear();
    for (auto it = s.issues.cbegin(); it != s.issues.cend(); ++it) {
        auto *item = new QTreeWidgetItem(m_issues, {m_wizard->ruleTitle(it.key()), locale.toString(it.value())});
        if (const std::optional<StyleGuideRule::Severity> severity = m_wizard->ruleSeverity(it.key()))
            item->setIcon(0, SeverityStyle::icon(*severity));
        item->setTextAlignment(1, Qt::AlignTrailing | Qt::AlignVCenter);
    }
    m_issues->sortItems(0, Qt::AscendingOrder);
    if (s.issues.isEmpty())
        new QTreeWidgetItem(m_issues, {tr("The style guide found nothing left to correct."), QString()});

    m_rejected->setRowCount(0);
    for (const ImportSummary::Rejected &r : s.firstRejected) {
        const int row = m_rejected->rowCount();
        m_rejected->insertRow(row);
        auto *number = new QTableWidgetItem(locale.toString(r.row));
        number->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        m_rejected->setItem(row, 0, number);
        auto *reason = new QTableWidgetItem(r.reason);
        reason->setToolTip(r.reason);
        m_rejected->setItem(row, 1, reason);
    }
    m_rejected->setVisible(s.rejected > 0);
    m_saveRejected->setVisible(s.rejected > 0);
    m_saveRejected->setEnabled(!m_wizard->rejectedReportPath().isEmpty());
    m_undo->setEnabled(s.importId > 0);
    m_undone->clear();
}

void ImportSummaryPage::saveRejected()
{
    const QString report = m_wizard->rejectedReportPath();
    if (report.isEmpty())
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
        + tr("%1 rejected.csv").arg(QFileInfo(m_wizard->filePath()).completeBaseName());
    const QString path = m_wizard->presenter()->saveFileName(tr("Save Rejected Rows"), suggested, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        m_wizard->presenter()->error(tr("%1 cannot be replaced. Choose another name.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!QFile::copy(report, path)) {
        m_wizard->presenter()->error(tr("The rejected rows cannot be saved as %1. Choose a folder you can write to.")
                                         .arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_undone->setText(tr("The rejected rows and their reasons are in %1.").arg(QDir::toNativeSeparators(path)));
}

void ImportSummaryPage::undoImport()
{
    if (!ImportUndoer::undo(m_wizard->workspace(), m_wizard->presenter(), m_wizard->summary().importId))
        return;
    m_undo->setEnabled(false);
    m_undone->setText(tr("The import was undone: the workspace is as it was before. Edit ▸ Redo brings the import back."));
}

} // namespace Kempt
