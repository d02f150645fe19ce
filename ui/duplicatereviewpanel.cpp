#include "duplicatereviewpanel.h"
#include "alignment.h"
#include "duplicategroupdelegate.h"
#include "evidenceweightdelegate.h"
#include "mergechoicedelegate.h"

#include "dedup/duplicatechecker.h"
#include "dedup/matchfield.h"
#include "itemmodels/duplicategroupmodel.h"
#include "itemmodels/mergecomparisonmodel.h"
#include "itemmodels/pairexplanationmodel.h"
#include "merge/mergegrouppreview.h"
#include "merge/survivorshiprules.h"
#include "storage/workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace Kempt {

namespace {

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setAlignment(leadingEdge() | Qt::AlignVCenter);
    return label;
}

QString nameOf(const DuplicateGroupStore::Group &group, qint64 id)
{
    const qsizetype i = group.contactIds.indexOf(id);
    const QString name = i >= 0 ? group.names.value(i) : QString();
    return name.isEmpty() ? DuplicateReviewPanel::tr("Contact %1").arg(id) : name;
}

} // namespace

DuplicateReviewPanel::DuplicateReviewPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(new QLabel(this))
    , m_band(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_comparison(new QTableView(this))
    , m_comparisonModel(new MergeComparisonModel(this))
    , m_keptNote(new QLabel(this))
    , m_pairs(new QComboBox(this))
    , m_headline(new QLabel(this))
    , m_evidence(new QTableView(this))
    , m_explanationModel(new PairExplanationModel(this))
{
    setObjectName(QStringLiteral("duplicateReview"));
    m_title->setObjectName(QStringLiteral("groupTitle"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_title->setFont(big);
    m_title->setAlignment(leadingEdge() | Qt::AlignVCenter);
    m_title->setTextFormat(Qt::PlainText);
    m_band->setObjectName(QStringLiteral("groupBand"));
    m_subtitle->setObjectName(QStringLiteral("groupSummary"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setAlignment(leadingEdge() | Qt::AlignVCenter);

    m_comparison->setObjectName(QStringLiteral("comparison"));
    m_comparison->setModel(m_comparisonModel);
    m_comparison->setItemDelegate(new MergeChoiceDelegate(m_comparison));
    m_comparison->setSelectionMode(QAbstractItemView::NoSelection);
    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparison->setShowGrid(false);
    m_comparison->setWordWrap(false);
    m_comparison->setTabKeyNavigation(false);
    m_comparison->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_comparison->horizontalHeader()->setDefaultAlignment(leadingEdge() | Qt::AlignVCenter);
    m_comparison->horizontalHeader()->setHighlightSections(false);
    m_comparison->verticalHeader()->setDefaultAlignment(leadingEdge() | Qt::AlignVCenter);
    m_comparison->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_comparison->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_comparison->verticalHeader()->setHighlightSections(false);
    m_comparison->setToolTip(tr("Up and Down choose a field; 1 to 9 keep the value of that record. The first row "
                                "chooses the record that is kept."));
    connect(m_comparison, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() < m_comparisonModel->resultColumn())
            m_comparisonModel->choose(index.row(), index.column());
    });
    connect(m_comparison, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.column() < m_comparisonModel->resultColumn())
            m_comparisonModel->choose(index.row(), index.column());
    });
    // The tint of the current row follows the keyboard.
    connect(m_comparison->selectionModel(), &QItemSelectionModel::currentChanged, m_comparison->viewport(),
            qOverload<>(&QWidget::update));

    m_keptNote->setObjectName(QStringLiteral("keptNote"));
    m_keptNote->setWordWrap(true);
    m_keptNote->setForegroundRole(QPalette::PlaceholderText);
    m_keptNote->setAlignment(leadingEdge() | Qt::AlignTop);
    m_keptNote->setText(tr("E-mail addresses, phone numbers, profiles, tags, notes, activities and deals of every record are kept."));

    m_pairs->setObjectName(QStringLiteral("pairs"));
    m_pairs->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pairs->setToolTip(tr("The pair of records whose comparison is shown"));
    connect(m_pairs, &QComboBox::currentIndexChanged, this, &DuplicateReviewPanel::showPair);
    m_headline->setObjectName(QStringLiteral("pairHeadline"));
    m_headline->setAlignment(leadingEdge() | Qt::AlignVCenter);

    m_evidence->setObjectName(QStringLiteral("evidence"));
    m_evidence->setModel(m_explanationModel);
    m_evidence->setItemDelegateForColumn(PairExplanationModel::WeightColumn, new EvidenceWeightDelegate(m_evidence));
    m_evidence->setSelectionMode(QAbstractItemView::NoSelection);
    m_evidence->setFocusPolicy(Qt::NoFocus);
    m_evidence->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_evidence->setShowGrid(false);
    m_evidence->setAlternatingRowColors(true);
    m_evidence->setWordWrap(false);
    m_evidence->verticalHeader()->hide();
    m_evidence->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_evidence->horizontalHeader()->setDefaultAlignment(leadingEdge() | Qt::AlignVCenter);
    m_evidence->horizontalHeader()->setHighlightSections(false);
    QHeaderView *h = m_evidence->horizontalHeader();
    h->setSectionResizeMode(PairExplanationModel::FieldColumn, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(PairExplanationModel::AgreementColumn, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(PairExplanationModel::ValuesColumn, QHeaderView::Stretch);
    h->setSectionResizeMode(PairExplanationModel::WeightColumn, QHeaderView::ResizeToContents);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_band);
    auto *whyRow = new QHBoxLayout;
    whyRow->addWidget(sectionLabel(tr("Why they match"), this));
    whyRow->addSpacing(12);
    whyRow->addWidget(m_pairs);
    whyRow->addStretch(1);
    whyRow->addWidget(m_headline);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(titleRow);
    layout->addWidget(m_subtitle);
    layout->addSpacing(4);
    layout->addWidget(m_comparison, 1);
    layout->addWidget(m_keptNote);
    layout->addSpacing(6);
    layout->addLayout(whyRow);
    layout->addWidget(m_evidence);
    clear();
}

void DuplicateReviewPanel::clear()
{
    m_group = DuplicateGroupStore::Group();
    m_explained.clear();
    m_comparisonModel->clear();
    m_explanationModel->clear();
    const QSignalBlocker block(m_pairs);
    m_pairs->clear();
    m_pairs->hide();
    m_title->clear();
    m_band->hide();
    m_subtitle->clear();
    m_headline->clear();
}

Result DuplicateReviewPanel::showGroup(const DuplicateGroupStore::Group &group, int position, int count)
{
    if (!m_workspace || !m_workspace->isOpen()) {
        clear();
        return Result::success();
    }
    QSqlDatabase db = m_workspace->db();
    MergeGroupPreview preview;
    const Result r = MergeGroupPreview::load(db, group.contactIds, SurvivorshipRules::fromSettings(db), &preview);
    if (!r) {
        clear();
        return r;
    }
    m_group = group;
    m_position = position;
    m_count = count;
    m_comparisonModel->setPreview(preview);
    m_comparison->setCurrentIndex(m_comparisonModel->index(m_comparisonModel->firstConflictRow(), 0));

    // Without explanations the records can still be compared and merged.
    DuplicateChecker checker(db);
    if (!checker.explainPairs(group.contactIds, &m_explained))
        m_explained.clear();
    {
        const QSignalBlocker block(m_pairs);
        m_pairs->clear();
        for (const PairExplanation &e : std::as_const(m_explained))
            m_pairs->addItem(tr("%1 and %2", "two records of a pair")
                                 .arg(nameOf(group, e.idA.toLongLong()), nameOf(group, e.idB.toLongLong())));
        m_pairs->setVisible(m_explained.size() > 1);
    }
    showPair(m_explained.isEmpty() ? -1 : 0);
    updateTitle();
    return Result::success();
}

void DuplicateReviewPanel::setPosition(const DuplicateGroupStore::Group &group, int position, int count)
{
    m_group = group;
    m_position = position;
    m_count = count;
    updateTitle();
}

void DuplicateReviewPanel::restorePicks(const MergePlan &plan)
{
    MergeGroupPreview preview = m_comparisonModel->preview();
    const QModelIndex current = m_comparison->currentIndex();
    if (!preview.setPlan(plan))
        return;
    m_comparisonModel->setPreview(preview);
    m_comparison->setCurrentIndex(m_comparisonModel->index(current.row(), current.column()));
    updateTitle();
}

void DuplicateReviewPanel::showPair(int index)
{
    if (index < 0 || index >= m_explained.size()) {
        m_explanationModel->clear();
        fitEvidence();
        m_headline->setText(m_group.id ? tr("The records no longer match on any field.") : QString());
        return;
    }
    const PairExplanation &e = m_explained.at(index);
    m_explanationModel->setExplanation(e);
    fitEvidence();
    m_headline->setText(PairExplanationModel::headline(e));
    m_headline->setToolTip(tr("Score in bits: the prior odds (%1) plus the weight of every field. Sure from %2 %, possible from %3 %.")
                               .arg(QLocale().toString(e.prior, 'f', 1), QLocale().toString(MatchBands::SureProbability * 100, 'f', 0),
                                    QLocale().toString(MatchBands::PossibleProbability * 100, 'f', 0)));
}

void DuplicateReviewPanel::fitEvidence()
{
    // As tall as its rows (one per field compared, never many), so the comparison above
    // gets the rest of the height.
    const int rows = qBound(2, m_explanationModel->rowCount(), int(MatchField::Count));
    m_evidence->setFixedHeight(m_evidence->horizontalHeader()->sizeHint().height()
                               + rows * m_evidence->verticalHeader()->defaultSectionSize() + 2 * m_evidence->frameWidth() + 2);
}

void DuplicateReviewPanel::updateTitle()
{
    m_title->setText(DuplicateGroupModel::title(m_group));
    const auto [background, foreground] = DuplicateGroupDelegate::bandColors(int(m_group.band));
    m_band->setText(DuplicateGroupModel::bandLabel(m_group.band));
    m_band->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px; padding: 2px 10px; font-weight: bold; }")
                              .arg(background.name(), foreground.name()));
    m_band->setVisible(m_group.id > 0);
    const int conflicts = m_comparisonModel->conflictCount();
    QStringList parts;
    parts << tr("Group %1 of %2").arg(QLocale().toString(m_position + 1), QLocale().toString(m_count));
    parts << tr("%Ln records", nullptr, m_group.size());
    parts << tr("score %1").arg(QLocale().toString(m_group.score, 'f', 1));
    parts << (conflicts == 0 ? tr("no field differs")
              : conflicts == 1 ? tr("%Ln field differs", nullptr, 1)
                               : tr("%Ln fields differ", nullptr, conflicts));
    if (m_group.skipped)
        parts << tr("skipped before");
    m_subtitle->setText(parts.join(QStringLiteral(" · ")));
}

Result DuplicateReviewPanel::pick(int column)
{
    if (m_comparisonModel->isEmpty())
        return Result::success();
    int row = m_comparison->currentIndex().row();
    if (row < 0)
        row = m_comparisonModel->firstConflictRow();
    const Result r = m_comparisonModel->choose(row, column);
    if (r)
        m_comparison->setCurrentIndex(m_comparisonModel->index(row, column));
    updateTitle();
    return r;
}

void DuplicateReviewPanel::moveField(int delta)
{
    const int rows = m_comparisonModel->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_comparison->currentIndex();
    const int row = qBound(0, (current.isValid() ? current.row() : 0) + delta, rows - 1);
    m_comparison->setCurrentIndex(m_comparisonModel->index(row, current.isValid() ? current.column() : 0));
}

} // namespace Kempt
