#include "importduplicatespage.h"
#include "duplicateactiondelegate.h"
#include "importwizard.h"

#include "import/importjob.h"
#include "itemmodels/importduplicatemodel.h"
#include "itemmodels/pairexplanationmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Kempt {

ImportDuplicatesPage::ImportDuplicatesPage(ImportWizard *wizard)
    : m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_policy(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_meaning(new QLabel(this))
    , m_links(new QComboBox(this))
    , m_explanation(new PairExplanationModel(this))
    , m_explanationView(new QTableView(this))
{
    setObjectName(QStringLiteral("importDuplicatesPage"));
    setTitle(tr("Duplicates"));
    setSubTitle(tr("Rows that are the same person as a contact you already have, or as another row of the file. Choose "
                   "what the import does with each group."));
    setCommitPage(true);
    m_summary->setObjectName(QStringLiteral("duplicatesSummary"));
    m_summary->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("duplicatesProgress"));
    m_progress->setRange(0, 1000);
    m_policy->setObjectName(QStringLiteral("duplicatePolicy"));
    m_policy->addItem(tr("Recommended: sure matches fill empty fields, possible ones are new"), -1);
    for (DuplicateAction action : DuplicateActions::all())
        m_policy->addItem(DuplicateActions::label(action), int(action));
    m_meaning->setObjectName(QStringLiteral("duplicateMeaning"));
    m_meaning->setWordWrap(true);
    m_links->setObjectName(QStringLiteral("duplicateLinks"));

    ImportDuplicateModel *model = m_wizard->duplicateModel();
    m_view->setObjectName(QStringLiteral("duplicatesView"));
    m_view->setModel(model);
    m_view->setItemDelegateForColumn(ImportDuplicateModel::ActionColumn, new DuplicateActionDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(ImportDuplicateModel::RowsColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ImportDuplicateModel::ContactColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ImportDuplicateModel::MatchColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ImportDuplicateModel::ActionColumn, QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->verticalHeader()->defaultSectionSize() + 6);

    m_explanationView->setObjectName(QStringLiteral("duplicateExplanation"));
    m_explanationView->setModel(m_explanation);
    m_explanationView->setSelectionMode(QAbstractItemView::NoSelection);
    m_explanationView->setWordWrap(false);
    m_explanationView->verticalHeader()->hide();
    m_explanationView->horizontalHeader()->setSectionResizeMode(PairExplanationModel::ValuesColumn, QHeaderView::Stretch);
    for (int c : {int(PairExplanationModel::FieldColumn), int(PairExplanationModel::AgreementColumn), int(PairExplanationModel::WeightColumn)})
        m_explanationView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    connect(m_policy, &QComboBox::activated, this, [this, model] {
        model->setDefaultAction(policy());
    });
    connect(model, &ImportDuplicateModel::actionsChanged, this, [this] {
        updateSummary();
        showGroup();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this, model] {
        for (int r = 0; r < model->rowCount(); ++r)
            m_view->openPersistentEditor(model->index(r, ImportDuplicateModel::ActionColumn));
        if (model->rowCount() > 0)
            m_view->selectRow(0);
        showGroup();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ImportDuplicatesPage::showGroup);
    connect(m_links, &QComboBox::currentIndexChanged, this, &ImportDuplicatesPage::showLink);

    auto *policyRow = new QHBoxLayout;
    auto *policyLabel = new QLabel(tr("&For every group:"), this);
    policyLabel->setBuddy(m_policy);
    policyRow->addWidget(policyLabel);
    policyRow->addWidget(m_policy);
    policyRow->addStretch(1);

    auto *details = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(details);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *whyRow = new QHBoxLayout;
    auto *whyLabel = new QLabel(tr("&Why:"), details);
    whyLabel->setBuddy(m_links);
    whyRow->addWidget(whyLabel);
    whyRow->addWidget(m_links, 1);
    detailLayout->addWidget(m_meaning);
    detailLayout->addLayout(whyRow);
    detailLayout->addWidget(m_explanationView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addLayout(policyRow);
    layout->addWidget(splitter, 1);
}

void ImportDuplicatesPage::initializePage()
{
    // The groups depend on the mapping and the cleanup: looked for again every time.
    m_searched = false;
    m_searching = true;
    m_wizard->duplicateModel()->setGroups({});
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_summary->setText(tr("Looking for rows that are already in the workspace or appear twice in the file…"));
    ImportJob *job = m_wizard->startDuplicateSearch();
    connect(job, &ImportJob::progress, this, [this](const ImportProgress &p) {
        if (p.total > 0)
            m_progress->setValue(int(std::clamp<qint64>(p.done * 1000 / p.total, 0, 1000)));
    });
    connect(job, &ImportJob::finished, this, &ImportDuplicatesPage::searchFinished);
    Q_EMIT completeChanged();
}

void ImportDuplicatesPage::cleanupPage()
{
    // Back: a search still running is of no use any more.
    if (m_searching && m_wizard->job())
        m_wizard->job()->cancel();
    m_searching = false;
    m_searched = false;
}

std::optional<DuplicateAction> ImportDuplicatesPage::policy() const
{
    const int value = m_policy->currentData().toInt();
    return value < 0 ? std::nullopt : std::optional<DuplicateAction>(DuplicateAction(value));
}

bool ImportDuplicatesPage::isComplete() const
{
    return !m_searching;
}

void ImportDuplicatesPage::searchFinished(bool ok, const QString &message)
{
    if (!m_searching)
        return;
    m_searching = false;
    m_progress->setVisible(false);
    ImportDuplicateModel *model = m_wizard->duplicateModel();
    if (ok) {
        m_searched = true;
        model->setDefaultAction(policy());
        model->setGroups(m_wizard->job()->duplicates());
        updateSummary();
    } else {
        // The import can go on; without a search every row is created.
        model->setGroups({});
        m_summary->setText(tr("Duplicates could not be looked for: %1 Every row will become a new contact.").arg(message));
    }
    Q_EMIT completeChanged();
}

void ImportDuplicatesPage::updateSummary()
{
    if (!m_searched)
        return;
    const ImportDuplicateModel *model = m_wizard->duplicateModel();
    const int groups = model->rowCount();
    m_policy->setEnabled(groups > 0);
    m_view->setEnabled(groups > 0);
    if (groups == 0) {
        m_summary->setText(tr("No duplicates: every row is someone new."));
        return;
    }
    const int existing = model->groupsMatchingWorkspace();
    const int inFile = groups - existing;
    m_summary->setText((groups == 1 ? tr("%Ln group of duplicates", nullptr, groups) : tr("%Ln groups of duplicates", nullptr, groups))
                       + QStringLiteral(": ")
                       + (existing == 1 ? tr("%Ln matches a contact you already have", nullptr, existing)
                                        : tr("%Ln match contacts you already have", nullptr, existing))
                       + QStringLiteral(", ")
                       + (inFile == 1 ? tr("%Ln is only in the file.", nullptr, inFile) : tr("%Ln are only in the file.", nullptr, inFile)));
}

void ImportDuplicatesPage::showGroup()
{
    const int row = m_view->currentIndex().row();
    const ImportDuplicateGroup group = m_wizard->duplicateModel()->groupAt(row);
    const QSignalBlocker blocker(m_links);
    m_links->clear();
    m_explanation->clear();
    if (row < 0 || group.rows.isEmpty()) {
        m_meaning->clear();
        m_links->setEnabled(false);
        return;
    }
    m_meaning->setText(ImportDuplicateModel::actionMeaning(group, group.action));
    auto nameOfRow = [&group](qint64 row) { return group.rowNames.value(int(group.rows.indexOf(row))); };
    for (const ImportDuplicateGroup::Link &link : group.links) {
        const QString first = tr("row %1 (%2)").arg(link.row).arg(nameOfRow(link.row));
        const QString second = link.contactId > 0
            ? tr("%1, already in the workspace").arg(group.contactNames.value(int(group.contactIds.indexOf(link.contactId))))
            : tr("row %1 (%2)").arg(link.otherRow).arg(nameOfRow(link.otherRow));
        m_links->addItem(tr("%1 and %2: %3").arg(first, second, PairExplanationModel::headline(link.explanation)));
    }
    m_links->setEnabled(m_links->count() > 0);
    m_links->setCurrentIndex(0);
    showLink();
}

void ImportDuplicatesPage::showLink()
{
    const ImportDuplicateGroup group = m_wizard->duplicateModel()->groupAt(m_view->currentIndex().row());
    const int link = m_links->currentIndex();
    if (link < 0 || link >= group.links.size()) {
        m_explanation->clear();
        return;
    }
    m_explanation->setExplanation(group.links.at(link).explanation);
}

} // namespace Kempt
