#include "qualitydashboard.h"
#include "alignment.h"
#include "messagepresenter.h"
#include "progressrow.h"
#include "qualityfixactions.h"
#include "qualityproblemdelegate.h"
#include "qualityscoretile.h"
#include "qualitytrendchart.h"
#include "recordnouns.h"
#include "widgetexporter.h"

#include "audit/auditjob.h"
#include "core/timestamps.h"
#include "itemmodels/qualitycolumn.h"
#include "itemmodels/qualityproblemmodel.h"
#include "storage/workspace.h"

#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMetaMethod>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <climits>

namespace Kempt {

namespace {

constexpr int kTrendAudits = 60;

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

double scoreOf(const AuditScores &s, int i)
{
    switch (i) {
    case QualityDashboard::Overall: return s.overall;
    case QualityDashboard::Completeness: return s.completeness;
    case QualityDashboard::Validity: return s.validity;
    case QualityDashboard::Consistency: return s.consistency;
    case QualityDashboard::Uniqueness: return s.uniqueness;
    default: return s.freshness;
    }
}

} // namespace

QualityDashboard::QualityDashboard(Workspace *workspace, MessagePresenter *presenter, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_presenter(presenter)
    , m_stack(new QStackedWidget(this))
    , m_content(new QWidget(this))
    , m_problems(new QualityProblemModel(this))
    , m_trend(new QualityTrendChart(this))
    , m_actions(new QualityFixActions(workspace, presenter, this, this))
{
    setObjectName(QStringLiteral("qualityDashboard"));
    m_content->setObjectName(QStringLiteral("dashboardContent"));
    m_content->setAutoFillBackground(true);

    auto *main = new QWidget(this);
    auto *mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->addWidget(buildScores());
    auto *split = new QSplitter(Qt::Horizontal, main);
    split->addWidget(buildProblems());
    split->addWidget(m_trend);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    // The chart needs room for its dates and legend; the problems take the rest.
    m_trend->setMinimumWidth(360);
    split->setSizes({640, 420});
    mainLayout->addWidget(split, 1);
    m_stack->addWidget(buildEmptyState());
    m_stack->addWidget(main);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(12, 10, 12, 10);
    contentLayout->setSpacing(8);
    contentLayout->addWidget(buildHeader());
    contentLayout->addWidget(m_stack, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_content);

    connect(m_actions, &QualityFixActions::dialogOpened, this, &QualityDashboard::dialogOpened);
    connect(m_actions, &QualityFixActions::statusMessage, this, &QualityDashboard::statusMessage);
    connect(m_actions, &QualityFixActions::exportProgress, this, [this](qint64 rows, qint64 total) {
        m_progressRow->showProgress(rows, total, tr("Exporting…"));
    });
    connect(m_actions, &QualityFixActions::exportFinished, this, [this] {
        m_progressRow->setVisible(isAuditRunning());
        updateProblemActions();
    });
    if (m_workspace) {
        connect(m_workspace, &Workspace::opened, this, &QualityDashboard::reload);
        connect(m_workspace, &Workspace::closed, this, &QualityDashboard::reload);
        // Any write may leave the stored numbers behind; reading them again is cheap, so
        // the banner can say so (when hidden, on the next show).
        connect(m_workspace, &Workspace::changed, this, [this] {
            if (isVisible())
                reload();
            else
                m_needsReload = true;
        });
    }
    reload();
}

QualityDashboard::~QualityDashboard()
{
    if (m_audit)
        m_audit->cancel();
}

QWidget *QualityDashboard::buildHeader()
{
    auto *header = new QWidget(m_content);
    auto *title = heading(tr("Data Quality"), 1.5, header);
    m_auditInfo = new QLabel(header);
    m_auditInfo->setObjectName(QStringLiteral("auditInfo"));
    m_auditInfo->setForegroundRole(QPalette::PlaceholderText);
    m_auditInfo->setAlignment(leadingEdge() | Qt::AlignVCenter);
    m_auditButton = new QPushButton(tr("Re-audit"), header);
    m_auditButton->setObjectName(QStringLiteral("audit"));
    m_auditButton->setToolTip(tr("Check every record against the style guide again, in the background."));
    connect(m_auditButton, &QPushButton::clicked, this, &QualityDashboard::startAudit);
    m_exportButton = new QToolButton(header);
    m_exportButton->setObjectName(QStringLiteral("exportReport"));
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_exportButton, &QToolButton::clicked, this, &QualityDashboard::exportReport);

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(12);
    top->addWidget(m_auditInfo, 1);
    top->addWidget(m_auditButton);
    top->addWidget(m_exportButton);

    m_banner = new QFrame(header);
    m_banner->setObjectName(QStringLiteral("outOfDateBanner"));
    m_banner->setStyleSheet(QStringLiteral("#outOfDateBanner { background: #fffaeb; border: 1px solid #fedf89; border-radius: 4px; }"
                                           "#outOfDateBanner QLabel { color: #93370d; }"));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_bannerText->setAlignment(leadingEdge() | Qt::AlignVCenter);
    auto *bannerAudit = new QPushButton(tr("Re-audit Now"), m_banner);
    connect(bannerAudit, &QPushButton::clicked, this, &QualityDashboard::startAudit);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(bannerAudit);
    m_banner->hide();

    m_progressRow = new ProgressRow(header);
    m_progressRow->setObjectName(QStringLiteral("auditProgress"));
    m_progressRow->cancelButton()->setObjectName(QStringLiteral("cancelAudit"));
    connect(m_progressRow, &ProgressRow::cancelRequested, this, &QualityDashboard::cancelAudit);

    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_progressRow);
    return header;
}

QWidget *QualityDashboard::buildScores()
{
    auto *row = new QWidget(m_content);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<QString, QString>> scores = {
        {tr("Overall"), tr("The weighted mean of the five scores below.")},
        {tr("Completeness"), tr("Required fields that are filled in.")},
        {tr("Validity"), tr("E-mail addresses, phone numbers, countries, dates and picklist values that are valid, "
                            "and contacts without consent conflicts.")},
        {tr("Consistency"), tr("Values written the way the style guide stores them.")},
        {tr("Uniqueness"), tr("Contacts in no group of the last duplicate scan (before any scan: sharing no e-mail address "
                              "or phone number with another), and companies sharing no e-mail address.")},
        {tr("Freshness"), tr("Records updated or contacted within the style guide's stale period.")},
    };
    for (int i = 0; i < scores.size(); ++i) {
        auto *tile = new QualityScoreTile(scores.at(i).first, scores.at(i).second, i == Overall, row);
        tile->setObjectName(QStringLiteral("score%1").arg(i));
        m_tiles << tile;
        layout->addWidget(tile, i == Overall ? 3 : 2);
    }
    return row;
}

QWidget *QualityDashboard::buildProblems()
{
    auto *box = new QWidget(m_content);
    m_problemView = new QTableView(box);
    m_problemView->setObjectName(QStringLiteral("problems"));
    m_problemView->setModel(m_problems);
    m_problemView->setItemDelegate(new QualityProblemDelegate(m_problemView));
    m_problemView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_problemView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemView->setShowGrid(false);
    m_problemView->setWordWrap(false);
    m_problemView->verticalHeader()->hide();
    m_problemView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problemView->horizontalHeader()->setSectionResizeMode(QualityProblemModel::TitleColumn, QHeaderView::Stretch);
    m_problemView->horizontalHeader()->setSectionResizeMode(QualityProblemModel::RecordsColumn, QHeaderView::Fixed);
    m_problemView->horizontalHeader()->resizeSection(QualityProblemModel::RecordsColumn, 220);
    m_problemView->setToolTip(tr("Double-click a problem to see its records."));
    connect(m_problemView, &QTableView::doubleClicked, this, &QualityDashboard::showRecords);
    connect(m_problemView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QualityDashboard::updateProblemActions);

    m_problemTitle = heading(QString(), 1.0, box);
    m_problemTitle->setObjectName(QStringLiteral("problemTitle"));
    m_problemText = new QLabel(box);
    m_problemText->setWordWrap(true);
    m_problemText->setAlignment(leadingEdge() | Qt::AlignTop);

    const auto button = [this, box](const QString &name, const QString &text, auto slot) {
        auto *b = new QPushButton(text, box);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        m_buttons << b;
        return b;
    };
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(button(QStringLiteral("showRecords"), tr("Show Records"), &QualityDashboard::showRecords));
    buttons->addWidget(button(QStringLiteral("applyFixes"), tr("Apply Fixes…"),
                              [this] { m_actions->applyFixes(currentProblem()); }));
    buttons->addWidget(button(QStringLiteral("fillIn"), tr("Fill In…"), [this] { m_actions->fillIn(currentProblem()); }));
    buttons->addWidget(button(QStringLiteral("flagStale"), tr("Flag…"), [this] { m_actions->flag(currentProblem()); }));
    buttons->addWidget(button(QStringLiteral("exportStale"), tr("Export for Re-confirmation…"),
                              [this] { m_actions->exportRecords(currentProblem()); }));
    buttons->addWidget(button(QStringLiteral("trashStale"), tr("Move to Trash…"), [this] { m_actions->moveToTrash(currentProblem()); }));
    buttons->addWidget(button(QStringLiteral("reviewDuplicates"), tr("Open the Duplicate Review"), &QualityDashboard::reviewDuplicates));
    buttons->addStretch();

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Problems, by records touched"), 1.1, box));
    layout->addWidget(m_problemView, 1);
    layout->addWidget(m_problemTitle);
    layout->addWidget(m_problemText);
    layout->addLayout(buttons);
    return box;
}

QWidget *QualityDashboard::buildEmptyState()
{
    auto *page = new QWidget(m_content);
    auto *text = new QLabel(tr("No audit has run in this workspace yet.\nThe audit checks every record against the style guide "
                               "and stores the scores shown here."),
                            page);
    text->setAlignment(Qt::AlignCenter);
    text->setForegroundRole(QPalette::PlaceholderText);
    auto *run = new QPushButton(tr("Run the First Audit"), page);
    run->setObjectName(QStringLiteral("firstAudit"));
    connect(run, &QPushButton::clicked, this, &QualityDashboard::startAudit);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(text);
    layout->addWidget(run, 0, Qt::AlignCenter);
    layout->addStretch();
    return page;
}

void QualityDashboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_needsReload)
        reload();
}

void QualityDashboard::connectNotify(const QMetaMethod &signal)
{
    QWidget::connectNotify(signal);
    if (signal == QMetaMethod::fromSignal(&QualityDashboard::duplicateReviewRequested))
        updateProblemActions();
}

void QualityDashboard::disconnectNotify(const QMetaMethod &signal)
{
    QWidget::disconnectNotify(signal);
    // Called with the object's connection lock held: ask about connections afterwards.
    if (signal == QMetaMethod::fromSignal(&QualityDashboard::duplicateReviewRequested))
        QMetaObject::invokeMethod(this, &QualityDashboard::updateProblemActions, Qt::QueuedConnection);
}

void QualityDashboard::reload()
{
    m_needsReload = false;
    const QString keep = currentProblem().ruleId;
    const bool open = m_workspace && m_workspace->isOpen();
    QualityOverview overview;
    if (open) {
        const Result r = QualityOverview::load(m_workspace->db(), kTrendAudits, &overview);
        if (!r && m_presenter)
            m_presenter->error(r.message());
    }
    m_overview = overview;
    m_stack->setCurrentIndex(m_overview.hasAudit() ? 1 : 0);
    const QList<QualityIssueStore::Snapshot> &trend = m_overview.trend();
    for (int i = 0; i < m_tiles.size(); ++i) {
        if (!m_overview.hasAudit()) {
            m_tiles.at(i)->clear();
            continue;
        }
        const double previous = trend.size() > 1 ? scoreOf(trend.at(trend.size() - 2).scores, i) : -1;
        m_tiles.at(i)->setScore(scoreOf(m_overview.latest().scores, i), previous);
    }
    m_problems->setProblems(m_overview.problems());
    m_trend->setSnapshots(trend);
    const int row = keep.isEmpty() ? -1 : m_problems->rowOfRule(keep);
    selectProblem(row >= 0 ? row : (m_problems->rowCount() > 0 ? 0 : -1));
    updateHeader();
    updateProblemActions();
}

void QualityDashboard::updateHeader()
{
    const bool open = m_workspace && m_workspace->isOpen();
    m_auditButton->setEnabled(open && !isAuditRunning());
    m_auditButton->setText(m_overview.hasAudit() ? tr("Re-audit") : tr("Run Audit"));
    m_exportButton->setEnabled(m_overview.hasAudit());
    if (!m_overview.hasAudit()) {
        m_auditInfo->setText(open ? tr("No audit yet") : QString());
        m_banner->hide();
        return;
    }
    const QualityIssueStore::Snapshot &s = m_overview.latest();
    const QDateTime at = fromIso(s.at);
    const QString when = at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : s.at;
    const QString guide = s.guideVersion > 0 ? tr("style guide version %1").arg(s.guideVersion) : tr("the default style guide");
    m_auditInfo->setText(tr("Audit of %1 · %2 · %3")
                             .arg(when, s.records == 1 ? tr("%Ln record", nullptr, 1)
                                                       : tr("%Ln records", nullptr, int(std::min<qint64>(s.records, INT_MAX))),
                                  guide));
    if (m_overview.guideChanged())
        m_bannerText->setText(tr("The style guide changed since this audit. Re-audit to judge every record by the new rules."));
    else if (m_overview.duplicatesChanged())
        m_bannerText->setText(tr("The duplicate groups changed since this audit (a scan, a merge or a decision). Re-audit to bring "
                                 "the uniqueness score up to date."));
    else
        m_bannerText->setText(tr("Records changed since this audit, so the numbers may be behind. Re-audit to bring them up to date."));
    m_banner->setVisible(m_overview.outOfDate() && !isAuditRunning());
}

void QualityDashboard::selectProblem(int row)
{
    if (row < 0 || row >= m_problems->rowCount()) {
        m_problemView->selectionModel()->clearSelection();
        m_problemView->setCurrentIndex(QModelIndex());
    } else {
        // Not selectRow(): right to left it picks the column under the viewport's right
        // edge, which before the first layout is no column at all.
        m_problemView->selectionModel()->setCurrentIndex(m_problems->index(row, 0),
                                                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateProblemActions();
}

QualityProblem QualityDashboard::currentProblem() const
{
    const QModelIndex current = m_problemView->currentIndex();
    return current.isValid() ? m_problems->problemAt(current.row()) : QualityProblem();
}

QPushButton *QualityDashboard::actionButton(const QString &objectName) const
{
    for (QPushButton *b : m_buttons)
        if (b->objectName() == objectName)
            return b;
    return nullptr;
}

void QualityDashboard::updateProblemActions()
{
    const QualityProblem p = currentProblem();
    const bool has = m_problemView->currentIndex().isValid();
    const bool busy = isAuditRunning();
    using Action = QualityProblem::Action;
    m_problemTitle->setVisible(has);
    m_problemText->setVisible(has);
    if (has) {
        m_problemTitle->setText(tr("%1: %2").arg(RecordNouns::count(p.entity, p.records), p.title));
        m_problemText->setText(p.description);
    }
    const bool duplicatesWired = isSignalConnected(QMetaMethod::fromSignal(&QualityDashboard::duplicateReviewRequested));
    const auto show = [this](const char *name, bool visible, bool enabled) {
        QPushButton *b = actionButton(QString::fromLatin1(name));
        b->setVisible(visible);
        b->setEnabled(enabled);
    };
    show("showRecords", has && !p.isDuplicates(), has && !busy);
    show("applyFixes", has && p.action == Action::ApplyFixes, !busy);
    const bool fillable = has && p.action == Action::FillField && !m_actions->fillableFields(p).isEmpty();
    show("fillIn", has && p.action == Action::FillField, fillable && !busy);
    if (has && p.action == Action::FillField && !fillable)
        actionButton(QStringLiteral("fillIn"))->setToolTip(tr("These fields differ from record to record; open the records to fill them in."));
    else
        actionButton(QStringLiteral("fillIn"))->setToolTip(tr("Set one value on every record that lacks it."));
    const bool stale = has && p.action == Action::CleanUpStale;
    show("flagStale", stale, !busy);
    show("exportStale", stale, !busy && !m_actions->isExporting());
    show("trashStale", stale, !busy);
    // Offered only once something (the duplicate review) answers it: never a dead button.
    // The review covers contacts; before any scan the button starts one.
    const bool review = has && p.isDuplicates() && p.entity == Entity::Contact;
    show("reviewDuplicates", review && duplicatesWired, true);
    QPushButton *duplicates = actionButton(QStringLiteral("reviewDuplicates"));
    duplicates->setText(!review || p.fromScan ? tr("Open the Duplicate Review") : tr("Scan for Duplicates"));
    duplicates->setToolTip(!review || p.fromScan
                               ? tr("Merge each group, or keep its records apart, in Duplicates.")
                               : tr("Open Duplicates and compare every contact with the others by name, e-mail, phone, company "
                                    "and address, in the background."));
}

bool QualityDashboard::isAuditRunning() const
{
    return m_audit && m_audit->isRunning();
}

void QualityDashboard::startAudit()
{
    if (!m_workspace || !m_workspace->isOpen() || m_audit)
        return;
    auto *job = new AuditJob(m_workspace->path(), this);
    m_audit = job;
    m_progressRow->showBusy(tr("Auditing every record…"));
    m_banner->hide();
    connect(job, &AuditJob::progress, this, [this](qint64 done, qint64 total) {
        m_progressRow->showProgress(done, total,
                                    tr("Auditing %1 of %2 records…").arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(job, &AuditJob::finished, this, [this](bool ok, const QString &message) { onAuditFinished(ok, message); });
    job->start();
    updateHeader();
    updateProblemActions();
}

void QualityDashboard::cancelAudit()
{
    if (m_audit)
        m_audit->cancel();
}

void QualityDashboard::onAuditFinished(bool ok, const QString &message)
{
    if (m_audit)
        m_audit->deleteLater();
    m_audit = nullptr;
    m_progressRow->hide();
    reload();
    if (ok)
        Q_EMIT statusMessage(tr("The audit is done: overall score %1.").arg(QLocale().toString(m_overview.latest().scores.overall, 'f', 1)));
    else if (!message.isEmpty())
        Q_EMIT statusMessage(message);
    Q_EMIT auditFinished(ok);
}

void QualityDashboard::showRecords()
{
    const QualityProblem p = currentProblem();
    if (p.ruleId.isEmpty() || isAuditRunning())
        return;
    Q_EMIT showRecordsRequested(QualityColumn::filter(p.entity, p.ruleId), p.title);
}

void QualityDashboard::reviewDuplicates()
{
    const QualityProblem p = currentProblem();
    if (!p.isDuplicates())
        return;
    Q_EMIT duplicateReviewRequested(p.entity);
    // Shared keys only hint at duplicates: the scan finds the groups to review.
    if (!p.fromScan && p.entity == Entity::Contact)
        Q_EMIT duplicateScanRequested();
}

Result QualityDashboard::exportPng(const QString &path)
{
    return WidgetExporter::savePng(m_content, path);
}

Result QualityDashboard::exportPdf(const QString &path)
{
    return WidgetExporter::savePdf(m_content, path, tr("Data quality report"));
}

void QualityDashboard::exportReport()
{
    if (!m_presenter || !m_overview.hasAudit())
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
        + tr("data-quality.pdf");
    const QString path = m_presenter->saveFileName(tr("Export Dashboard"), suggested,
                                                   tr("PDF report (*.pdf);;PNG picture (*.png)"));
    if (path.isEmpty())
        return;
    const bool png = QFileInfo(path).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) == 0;
    const Result r = png ? exportPng(path) : exportPdf(path);
    if (!r)
        m_presenter->error(r.message());
    else
        Q_EMIT statusMessage(tr("Exported the dashboard to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace Kempt
