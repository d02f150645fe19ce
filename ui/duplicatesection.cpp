#include "duplicatesection.h"
#include "alignment.h"
#include "commandrunner.h"
#include "datetext.h"
#include "duplicategroupdelegate.h"
#include "duplicatereviewpanel.h"
#include "icons.h"
#include "messagepresenter.h"
#include "progressrow.h"

#include "commands/marknotduplicate.h"
#include "commands/mergecontacts.h"
#include "commands/skipduplicategroup.h"
#include "core/timestamps.h"
#include "itemmodels/duplicategroupmodel.h"
#include "itemmodels/mergecomparisonmodel.h"
#include "storage/workspace.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Kempt {

namespace {

QLabel *heading(const QString &text, qreal scale, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * scale);
    label->setFont(f);
    label->setAlignment(leadingEdge() | Qt::AlignVCenter);
    return label;
}

// A key as a small cap in the hint line.
QString keycap(const QString &key, const QPalette &palette)
{
    return QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
        .arg(palette.color(QPalette::Midlight).name(), palette.color(QPalette::WindowText).name(), key.toHtmlEscaped());
}

} // namespace

DuplicateSection::DuplicateSection(Workspace *workspace, MessagePresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_presenter(presenter)
{
    setObjectName(QStringLiteral("duplicateSection"));
    // Before the model's own handler, which reloads the list and shows the group again.
    if (workspace)
        connect(workspace, &Workspace::changed, this, [this](const ChangeSet &changes) {
            m_recordsChanged = m_recordsChanged || changes.touchesAny({QStringLiteral("contacts"), QStringLiteral("contact_emails"),
                                                                       QStringLiteral("contact_phones"), QStringLiteral("companies"),
                                                                       QStringLiteral("custom_values"), QStringLiteral("users")});
        });
    m_model = new DuplicateGroupModel(workspace, this);
    const QString pickTip = tr("Keep the value of record %1 for the current field (on the first row: keep record %1)");
    makeAction(QStringLiteral("mergeGroup"), tr("Merge"), QKeySequence(Qt::Key_M),
               tr("Merge the records into the kept one, with the values chosen (M)"));
    makeAction(QStringLiteral("notDuplicate"), tr("Not a Duplicate"), QKeySequence(Qt::Key_N),
               tr("Remember that these are different people; later scans keep them apart (N)"));
    makeAction(QStringLiteral("skipGroup"), tr("Skip"), QKeySequence(Qt::Key_S),
               tr("Decide later: the group moves to the end of the list (S)"));
    makeAction(QStringLiteral("nextGroup"), tr("Next Group"), QKeySequence(Qt::Key_J), tr("Next group (J)"));
    makeAction(QStringLiteral("previousGroup"), tr("Previous Group"), QKeySequence(Qt::Key_K), tr("Previous group (K)"));
    for (int i = 1; i <= MergeComparisonModel::MaxRecords; ++i) {
        QAction *pick = makeAction(QStringLiteral("pickRecord%1").arg(i), tr("Keep Record %1").arg(i),
                                   QKeySequence(Qt::Key_0 + i), pickTip.arg(i));
        connect(pick, &QAction::triggered, this, [this, i] {
            const Result r = m_review->pick(i - 1);
            if (!r)
                Q_EMIT statusMessage(r.message());
        });
    }
    // The actions come first: the review's buttons show them.
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildEmptyState());
    m_stack->addWidget(buildReview());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addWidget(buildHeader());
    layout->addWidget(m_stack, 1);

    connect(action(QStringLiteral("mergeGroup")), &QAction::triggered, this, &DuplicateSection::mergeGroup);
    connect(action(QStringLiteral("notDuplicate")), &QAction::triggered, this, &DuplicateSection::markNotDuplicate);
    connect(action(QStringLiteral("skipGroup")), &QAction::triggered, this, &DuplicateSection::skipGroup);
    connect(action(QStringLiteral("nextGroup")), &QAction::triggered, this, &DuplicateSection::nextGroup);
    connect(action(QStringLiteral("previousGroup")), &QAction::triggered, this, &DuplicateSection::previousGroup);

    connect(m_model, &DuplicateGroupModel::reloaded, this, &DuplicateSection::onReloaded);
    connect(m_model, &DuplicateGroupModel::errorOccurred, this, [this](const QString &message) {
        if (m_presenter)
            m_presenter->error(message);
    });
    connect(m_groups->selectionModel(), &QItemSelectionModel::currentChanged, this, &DuplicateSection::onCurrentChanged);
    if (m_workspace) {
        // After the model's own handler: the list is current when the undone group is sought.
        m_undoIndex = m_workspace->undoStack()->index();
        connect(m_workspace->undoStack(), &QUndoStack::indexChanged, this, &DuplicateSection::onUndoIndexChanged);
    }
    m_model->setLive(false);
    onReloaded();
}

DuplicateSection::~DuplicateSection()
{
    if (m_scan)
        m_scan->cancel();
}

QAction *DuplicateSection::makeAction(const QString &name, const QString &text, const QKeySequence &key, const QString &tip)
{
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a->setToolTip(tip);
    addAction(a);
    return a;
}

QAction *DuplicateSection::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

QWidget *DuplicateSection::buildHeader()
{
    auto *header = new QWidget(this);
    m_scanInfo = new QLabel(header);
    m_scanInfo->setObjectName(QStringLiteral("scanInfo"));
    m_scanInfo->setForegroundRole(QPalette::PlaceholderText);
    m_scanInfo->setAlignment(leadingEdge() | Qt::AlignVCenter);
    m_scanButton = new QPushButton(header);
    m_scanButton->setObjectName(QStringLiteral("scanDuplicates"));
    m_scanButton->setToolTip(tr("Compare every contact with the others in the background; the groups found replace "
                                "those of the last scan, and your decisions are kept."));
    connect(m_scanButton, &QPushButton::clicked, this, &DuplicateSection::startScan);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(heading(tr("Duplicates"), 1.5, header));
    top->addSpacing(12);
    top->addWidget(m_scanInfo, 1);
    top->addWidget(m_scanButton);

    m_banner = new QFrame(header);
    m_banner->setObjectName(QStringLiteral("outdatedBanner"));
    m_banner->setStyleSheet(QStringLiteral("#outdatedBanner { background: #fffaeb; border: 1px solid #fedf89; border-radius: 4px; }"
                                           "#outdatedBanner QLabel { color: #93370d; }"));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_bannerText->setAlignment(leadingEdge() | Qt::AlignVCenter);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    bannerLayout->addWidget(m_bannerText, 1);
    m_banner->hide();

    m_progressRow = new ProgressRow(header);
    m_progressRow->setObjectName(QStringLiteral("scanProgress"));
    m_progressRow->cancelButton()->setObjectName(QStringLiteral("cancelScan"));
    m_progressRow->cancelButton()->setToolTip(tr("Stop the scan; the groups of the last scan stay as they are."));
    connect(m_progressRow, &ProgressRow::cancelRequested, this, &DuplicateSection::cancelScan);

    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_progressRow);
    return header;
}

QWidget *DuplicateSection::buildEmptyState()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("emptyState"));
    auto *icon = new QLabel(page);
    icon->setPixmap(Icons::get(QStringLiteral("duplicates")).pixmap(64, 64, QIcon::Disabled));
    icon->setAlignment(Qt::AlignCenter);
    m_emptyTitle = heading(QString(), 1.3, page);
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText = new QLabel(page);
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    // A fixed measure: a word-wrapped label squeezed by the layout would lose its last lines.
    m_emptyText->setFixedWidth(fontMetrics().averageCharWidth() * 72);
    m_emptyButton = new QPushButton(page);
    m_emptyButton->setObjectName(QStringLiteral("emptyScan"));
    m_emptyButton->setDefault(true);
    connect(m_emptyButton, &QPushButton::clicked, this, &DuplicateSection::startScan);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(6);
    layout->addWidget(m_emptyTitle);
    layout->addWidget(m_emptyText, 0, Qt::AlignHCenter | Qt::AlignTop);
    layout->addSpacing(10);
    layout->addWidget(m_emptyButton, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return page;
}

QWidget *DuplicateSection::buildReview()
{
    auto *page = new QSplitter(this);
    page->setObjectName(QStringLiteral("reviewSplitter"));
    page->setChildrenCollapsible(false);

    auto *left = new QWidget(page);
    m_listSummary = new QLabel(left);
    m_listSummary->setObjectName(QStringLiteral("listSummary"));
    QFont bold = m_listSummary->font();
    bold.setBold(true);
    m_listSummary->setFont(bold);
    m_listSummary->setAlignment(leadingEdge() | Qt::AlignVCenter);
    m_groups = new QTreeView(left);
    m_groups->setObjectName(QStringLiteral("groups"));
    m_groups->setModel(m_model);
    m_groups->setItemDelegate(new DuplicateGroupDelegate(m_groups));
    m_groups->setRootIsDecorated(false);
    m_groups->setUniformRowHeights(true);
    m_groups->setAllColumnsShowFocus(true);
    m_groups->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groups->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groups->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groups->header()->setStretchLastSection(false);
    m_groups->header()->setDefaultAlignment(leadingEdge() | Qt::AlignVCenter);
    m_groups->header()->setSectionResizeMode(DuplicateGroupModel::RecordsColumn, QHeaderView::Stretch);
    for (int c : {int(DuplicateGroupModel::BandColumn), int(DuplicateGroupModel::ScoreColumn), int(DuplicateGroupModel::SizeColumn)})
        m_groups->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    leftLayout->setSpacing(6);
    leftLayout->addWidget(m_listSummary);
    leftLayout->addWidget(m_groups, 1);

    auto *right = new QWidget(page);
    m_review = new DuplicateReviewPanel(m_workspace, right);
    auto *buttons = new QHBoxLayout;
    const auto button = [this, right, buttons](const QString &actionName, bool primary) {
        QAction *a = action(actionName);
        auto *b = new QPushButton(a->text(), right);
        b->setObjectName(actionName + QStringLiteral("Button"));
        b->setToolTip(a->toolTip());
        b->setDefault(primary);
        b->setAutoDefault(false);
        b->setFocusPolicy(Qt::TabFocus);
        connect(b, &QPushButton::clicked, a, &QAction::trigger);
        connect(a, &QAction::enabledChanged, b, &QPushButton::setEnabled);
        buttons->addWidget(b);
        return b;
    };
    button(QStringLiteral("mergeGroup"), true);
    button(QStringLiteral("notDuplicate"), false);
    button(QStringLiteral("skipGroup"), false);
    buttons->addStretch(1);
    m_hints = new QLabel(right);
    m_hints->setObjectName(QStringLiteral("keyHints"));
    m_hints->setTextFormat(Qt::RichText);
    m_hints->setWordWrap(true);
    m_hints->setAlignment(leadingEdge() | Qt::AlignVCenter);
    m_hints->setForegroundRole(QPalette::PlaceholderText);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    rightLayout->setSpacing(8);
    rightLayout->addWidget(m_review, 1);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_hints);

    page->addWidget(left);
    page->addWidget(right);
    page->setStretchFactor(0, 2);
    page->setStretchFactor(1, 5);
    page->setSizes({360, 900});
    return page;
}

void DuplicateSection::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->setLive(true);
    // Keys work from the first moment, wherever the window's focus was.
    if (m_state == State::Reviewing && !isAncestorOf(focusWidget()))
        m_groups->setFocus();
}

void DuplicateSection::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_model->setLive(false);
}

bool DuplicateSection::isScanning() const
{
    return m_scan && m_scan->isRunning();
}

qint64 DuplicateSection::currentGroupId() const
{
    return m_review->groupId();
}

int DuplicateSection::currentRow() const
{
    const QModelIndex current = m_groups->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void DuplicateSection::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_groups->setCurrentIndex(m_model->index(row, 0));
    m_groups->scrollTo(m_model->index(row, 0));
}

void DuplicateSection::onReloaded()
{
    updateState();
    updateHeader();
    Q_EMIT groupsChanged();
    if (m_model->rowCount() == 0) {
        m_review->clear();
        m_shownGroup = 0;
        updateActions();
        return;
    }
    int target = -1;
    for (qint64 id : std::as_const(m_nextCandidates))
        if ((target = m_model->rowOfGroup(id)) >= 0)
            break;
    m_nextCandidates.clear();
    if (target < 0 && m_shownGroup)
        target = m_model->rowOfGroup(m_shownGroup);
    if (target < 0)
        target = 0;
    selectRow(target);
    onCurrentChanged();
}

void DuplicateSection::onCurrentChanged()
{
    const int row = currentRow();
    const DuplicateGroupStore::Group group = m_model->groupAt(row);
    if (!group.id) {
        updateActions();
        return;
    }
    const bool sameRecords = group.id == m_review->groupId() && group.contactIds == m_review->group().contactIds;
    if (sameRecords && !m_recordsChanged) {
        // Only its place in the list moved: the picks made so far stay.
        m_review->setPosition(group, row, m_model->rowCount());
    } else {
        const MergePlan picks = m_review->comparisonModel()->preview().plan();
        const Result r = m_review->showGroup(group, row, m_model->rowCount());
        if (!r && m_presenter)
            m_presenter->error(r.message());
        // Edited records: values are read again, the picks made on them stay.
        if (r && sameRecords)
            m_review->restorePicks(picks);
    }
    m_recordsChanged = false;
    m_shownGroup = group.id;
    updateActions();
}

void DuplicateSection::onUndoIndexChanged(int index)
{
    QUndoStack *stack = m_workspace->undoStack();
    if (index < m_undoIndex) {
        const QUndoCommand *undone = stack->command(index);
        const qint64 groupId = m_decided.value(undone);
        const int row = groupId ? m_model->rowOfGroup(groupId) : -1;
        if (row >= 0) {
            selectRow(row);
            Q_EMIT statusMessage(tr("The group is back for review."));
        }
    }
    m_undoIndex = index;
    // Forget commands the stack no longer holds (a new step after undo drops the redone ones).
    QSet<const QUndoCommand *> held;
    for (int i = 0; i < stack->count(); ++i)
        held.insert(stack->command(i));
    for (auto it = m_decided.begin(); it != m_decided.end();)
        it = held.contains(it.key()) ? std::next(it) : m_decided.erase(it);
}

void DuplicateSection::updateState()
{
    State state = State::Reviewing;
    if (!m_workspace || !m_workspace->isOpen())
        state = State::NoWorkspace;
    else if (!m_model->hasScan())
        state = State::NoScan;
    else if (m_model->rowCount() == 0)
        state = m_model->scan().pairs > 0 ? State::AllReviewed : State::NoGroups;
    m_state = state;
    m_stack->setCurrentIndex(state == State::Reviewing ? 1 : 0);
    const QString when = DateText::shortDateTime(fromIso(m_model->scan().at).toLocalTime());
    const QString contacts = QLocale().toString(m_model->scan().records);
    switch (state) {
    case State::NoWorkspace:
        m_emptyTitle->setText(tr("No workspace is open"));
        m_emptyText->setText(tr("Open or create a workspace with the File menu to look for duplicate contacts."));
        break;
    case State::NoScan:
        m_emptyTitle->setText(tr("No scan yet"));
        m_emptyText->setText(tr("A scan compares every contact with the others by name, e-mail, phone, company and address, and "
                                "lists the records that look like one person, for you to merge or keep apart. It runs in the "
                                "background; you can go on working."));
        break;
    case State::NoGroups:
        m_emptyTitle->setText(tr("No duplicates found"));
        m_emptyText->setText(tr("The scan of %1 compared %2 contacts and found none that look like one person. Scan again after "
                                "adding or importing contacts.").arg(when, contacts));
        break;
    case State::AllReviewed:
        m_emptyTitle->setText(tr("All duplicate groups reviewed"));
        m_emptyText->setText(tr("Every group of the scan of %1 is merged or marked as different people. Scan again to look for "
                                "new duplicates.").arg(when));
        break;
    case State::Reviewing:
        break;
    }
    // A word-wrapped label gets the height its lines need only when asked for it.
    m_emptyText->setFixedHeight(m_emptyText->heightForWidth(m_emptyText->width()));
    m_emptyButton->setText(state == State::NoScan ? tr("Scan for Duplicates") : tr("Scan Again"));
    m_emptyButton->setVisible(state != State::NoWorkspace);
}

void DuplicateSection::updateHeader()
{
    const DuplicateGroupStore::Scan &scan = m_model->scan();
    m_scanButton->setText(scan.isValid() ? tr("Scan Again") : tr("Scan for Duplicates"));
    int sure = 0;
    int possible = 0;
    int skipped = 0;
    for (const DuplicateGroupStore::Group &g : m_model->groups()) {
        ++(g.band == MatchBand::Sure ? sure : possible);
        skipped += g.skipped ? 1 : 0;
    }
    const int groups = m_model->rowCount();
    // Without groups the page below says it all, with its own button.
    m_scanButton->setVisible(m_state == State::Reviewing);
    if (!scan.isValid()) {
        m_scanInfo->clear();
    } else {
        m_scanInfo->setText((groups == 1 ? tr("Scan of %1 · %2 contacts compared · %Ln group to review", nullptr, 1)
                                         : tr("Scan of %1 · %2 contacts compared · %Ln groups to review", nullptr, groups))
                                .arg(DateText::shortDateTime(fromIso(scan.at).toLocalTime()), QLocale().toString(scan.records)));
    }
    QString summary = groups == 1 ? tr("%Ln group", nullptr, 1) : tr("%Ln groups", nullptr, groups);
    QStringList parts;
    if (sure)
        parts << tr("%Ln sure", nullptr, sure);
    if (possible)
        parts << tr("%Ln possible", nullptr, possible);
    if (skipped)
        parts << tr("%Ln skipped", nullptr, skipped);
    if (!parts.isEmpty())
        summary += QStringLiteral(" · ") + parts.join(QStringLiteral(" · "));
    m_listSummary->setText(summary);
    m_banner->setVisible(scan.outdated);
    m_bannerText->setText(tr("Many grouped contacts changed since this scan, so its groups may be out of date. Scan again for "
                             "current groups."));
    const QPalette &p = palette();
    m_hints->setText(tr("%1 %2 next / previous group · %3 %4 field · %5 keep that record's value · %6 merge · %7 not a duplicate "
                        "· %8 skip · %9 undo")
                         .arg(keycap(QStringLiteral("J"), p), keycap(QStringLiteral("K"), p), keycap(QStringLiteral("\u2191"), p),
                              keycap(QStringLiteral("\u2193"), p), keycap(QStringLiteral("1\u20139"), p), keycap(QStringLiteral("M"), p),
                              keycap(QStringLiteral("N"), p), keycap(QStringLiteral("S"), p),
                              keycap(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText), p)));
}

void DuplicateSection::updateActions()
{
    const bool open = m_workspace && m_workspace->isOpen();
    const bool group = open && m_review->groupId() > 0 && m_state == State::Reviewing;
    for (const char *name : {"mergeGroup", "notDuplicate", "skipGroup"})
        action(QString::fromLatin1(name))->setEnabled(group);
    const int row = currentRow();
    action(QStringLiteral("nextGroup"))->setEnabled(group && row + 1 < m_model->rowCount());
    action(QStringLiteral("previousGroup"))->setEnabled(group && row > 0);
    for (int i = 1; i <= MergeComparisonModel::MaxRecords; ++i)
        action(QStringLiteral("pickRecord%1").arg(i))->setEnabled(group && i <= m_review->comparisonModel()->recordCount());
    const bool scanning = isScanning();
    m_scanButton->setEnabled(open && !scanning);
    m_emptyButton->setEnabled(open && !scanning);
}

void DuplicateSection::nextGroup()
{
    if (currentRow() + 1 < m_model->rowCount())
        selectRow(currentRow() + 1);
}

void DuplicateSection::previousGroup()
{
    if (currentRow() > 0)
        selectRow(currentRow() - 1);
}

void DuplicateSection::rememberNext()
{
    m_nextCandidates.clear();
    const int row = currentRow();
    for (int r = row + 1; r < m_model->rowCount(); ++r)
        m_nextCandidates << m_model->groupAt(r).id;
    for (int r = row - 1; r >= 0; --r)
        m_nextCandidates << m_model->groupAt(r).id;
}

void DuplicateSection::pushDecision(QUndoCommand *command, const QString &done)
{
    const qint64 groupId = m_review->groupId();
    QUndoStack *stack = m_workspace->undoStack();
    const int before = stack->index();
    rememberNext();
    const bool ok = CommandRunner::push(m_workspace, command);
    // The push reloaded the list (and went on to the next group) unless it failed.
    m_nextCandidates.clear();
    if (ok && stack->index() > before) {
        m_decided.insert(stack->command(stack->index() - 1), groupId);
        Q_EMIT statusMessage(done);
    }
}

void DuplicateSection::mergeGroup()
{
    if (!m_review->groupId() || !m_workspace)
        return;
    const MergeGroupPreview &preview = m_review->comparisonModel()->preview();
    const QString survivor = preview.records().value(preview.survivorIndex()).name;
    pushDecision(new MergeContacts(m_workspace, preview.plan()),
                 tr("Merged %Ln records into %1. Edit ▸ Undo brings them back.", nullptr, int(preview.records().size())).arg(survivor));
}

void DuplicateSection::markNotDuplicate()
{
    if (!m_review->groupId() || !m_workspace)
        return;
    const DuplicateGroupStore::Group group = m_review->group();
    pushDecision(new MarkNotDuplicate(m_workspace, Entity::Contact, group.contactIds),
                 tr("%1: remembered as different people; later scans keep them apart.").arg(DuplicateGroupModel::title(group)));
}

void DuplicateSection::skipGroup()
{
    if (!m_review->groupId() || !m_workspace)
        return;
    const DuplicateGroupStore::Group group = m_review->group();
    pushDecision(new SkipDuplicateGroup(m_workspace, group.id, DuplicateGroupModel::title(group)),
                 tr("Skipped %1; it waits at the end of the list.").arg(DuplicateGroupModel::title(group)));
}

void DuplicateSection::startScan()
{
    if (!m_workspace || !m_workspace->isOpen() || isScanning())
        return;
    auto *job = new DuplicateScanJob(m_workspace->path(), this);
    m_scan = job;
    connect(job, &DuplicateScanJob::progress, this, [this](qint64 done, qint64 total) {
        m_progressRow->showProgress(done, total,
                                    tr("Scanning for duplicates… %1 %").arg(QLocale().toString(done * 100 / qMax<qint64>(1, total))));
    });
    connect(job, &DuplicateScanJob::finished, this, &DuplicateSection::onScanFinished);
    m_progressRow->showProgress(0, DuplicateScanJob::ProgressTotal, tr("Scanning for duplicates…"));
    job->start();
    updateActions();
}

void DuplicateSection::cancelScan()
{
    if (m_scan)
        m_scan->cancel();
}

void DuplicateSection::onScanFinished(bool ok, const QString &message, const DuplicateScanJob::Summary &summary)
{
    if (m_scan)
        m_scan->deleteLater();
    m_scan = nullptr;
    m_progressRow->hide();
    m_shownGroup = 0;
    const Result r = m_model->reload();
    if (!r && m_presenter)
        m_presenter->error(r.message());
    updateActions();
    if (ok)
        Q_EMIT statusMessage((summary.groups() == 1 ? tr("Found %Ln duplicate group among %1 contacts.", nullptr, 1)
                                                    : tr("Found %Ln duplicate groups among %1 contacts.", nullptr, int(summary.groups())))
                                 .arg(QLocale().toString(summary.records)));
    else if (summary.cancelled)
        Q_EMIT statusMessage(message);
    else if (m_presenter)
        m_presenter->error(message);
    if (m_state == State::Reviewing)
        m_groups->setFocus();
    Q_EMIT scanFinished(ok);
}

} // namespace Kempt
