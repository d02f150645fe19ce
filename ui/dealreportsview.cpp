#include "dealreportsview.h"
#include "dealreportchart.h"
#include "dealreportcontent.h"
#include "dialogpresenter.h"

#include "reports/dealreportcsv.h"
#include "storage/workspace.h"
#include "stores/pipelinestore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Kempt {

namespace {

// What a report is about; a change to anything else leaves the numbers as they are.
const QStringList kReportTables = {QStringLiteral("deals"), QStringLiteral("deal_stage_history"), QStringLiteral("stages"),
                                   QStringLiteral("pipelines"), QStringLiteral("users"), QStringLiteral("settings")};

void selectData(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

// A name typed without an extension still gets the file type it was written as.
QString withSuffix(const QString &path, const QString &suffix)
{
    return QFileInfo(path).suffix().isEmpty() ? path + QLatin1Char('.') + suffix : path;
}

} // namespace

DealReportsView::DealReportsView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_ownPresenter(std::make_unique<DialogPresenter>(this))
    , m_presenter(m_ownPresenter.get())
    , m_tabs(new QTabBar(this))
    , m_pipeline(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_pngButton(new QPushButton(tr("Export PNG…"), this))
    , m_csvButton(new QPushButton(tr("Export CSV…"), this))
    , m_figure(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_chart(new DealReportChart(this))
    , m_table(new QTableView(this))
    , m_numbers(new QStandardItemModel(this))
    , m_empty(new QLabel(this))
    , m_note(new QLabel(this))
    , m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("dealReportsView"));
    buildLayout();
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &DealReportsView::reload);
    connect(m_tabs, &QTabBar::currentChanged, this, &DealReportsView::reload);
    for (QComboBox *box : {m_pipeline, m_owner})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                reload();
        });
    connect(m_period, &QComboBox::currentIndexChanged, this, &DealReportsView::periodChosen);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_filling)
                reload();
        });
    connect(m_pngButton, &QPushButton::clicked, this, &DealReportsView::exportPng);
    connect(m_csvButton, &QPushButton::clicked, this, &DealReportsView::exportCsv);
    connect(workspace, &Workspace::changed, this, &DealReportsView::onChanged);
    connect(workspace, &Workspace::opened, this, &DealReportsView::scheduleReload);
    connect(workspace, &Workspace::closed, this, &DealReportsView::scheduleReload);
    reload();
}

DealReportsView::~DealReportsView() = default;

void DealReportsView::buildLayout()
{
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    for (const QString &name : {tr("Forecast"), tr("Win Rate"), tr("Sales Cycle"), tr("Time in Stage"), tr("Won and Lost")})
        m_tabs->addTab(name);

    m_pipeline->setObjectName(QStringLiteral("pipelineChooser"));
    m_owner->setObjectName(QStringLiteral("ownerChooser"));
    m_period->setObjectName(QStringLiteral("periodChooser"));
    for (ReportPeriod::Preset preset : ReportPeriod::presets())
        m_period->addItem(ReportPeriod::name(preset), int(preset));
    m_period->addItem(ReportPeriod::name(ReportPeriod::Preset::Custom), int(ReportPeriod::Preset::Custom));
    const QDate today = QDate::currentDate();
    m_from->setDate(ReportPeriod::from(ReportPeriod::Preset::Last12Months, today));
    m_to->setDate(ReportPeriod::to(ReportPeriod::Preset::Last12Months, today));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setVisible(false);
    }
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_pngButton->setObjectName(QStringLiteral("exportPng"));
    m_csvButton->setObjectName(QStringLiteral("exportCsv"));
    m_pngButton->setToolTip(tr("Save the chart as a PNG image"));
    m_csvButton->setToolTip(tr("Save the numbers as a CSV file for a spreadsheet"));

    auto *filters = new QHBoxLayout;
    const auto labelled = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
        filters->addSpacing(8);
    };
    labelled(tr("&Pipeline:"), m_pipeline);
    labelled(tr("&Owner:"), m_owner);
    labelled(tr("P&eriod:"), m_period);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addStretch(1);
    filters->addWidget(m_pngButton);
    filters->addWidget(m_csvButton);

    m_figure->setObjectName(QStringLiteral("reportFigure"));
    QFont big = m_figure->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_figure->setFont(big);
    m_detail->setObjectName(QStringLiteral("reportDetail"));
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setWordWrap(true);
    auto *headline = new QHBoxLayout;
    headline->addWidget(m_figure);
    headline->addSpacing(12);
    headline->addWidget(m_detail, 1, Qt::AlignVCenter);

    m_table->setObjectName(QStringLiteral("reportNumbers"));
    m_table->setModel(m_numbers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_chart);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({640, 420});

    m_empty->setObjectName(QStringLiteral("reportEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    QFont emptyFont = m_empty->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    m_empty->setFont(emptyFont);
    m_empty->setContentsMargins(40, 40, 40, 40);
    m_stack->addWidget(split);
    m_stack->addWidget(m_empty);

    m_note->setObjectName(QStringLiteral("currencyNote"));
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addLayout(filters);
    layout->addLayout(headline);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_note);
}

void DealReportsView::setPresenter(MessagePresenter *presenter)
{
    m_presenter = presenter ? presenter : m_ownPresenter.get();
}

DealReportsView::Report DealReportsView::report() const
{
    return Report(qMax(0, m_tabs->currentIndex()));
}

void DealReportsView::setReport(Report report)
{
    m_tabs->setCurrentIndex(int(report));
}

void DealReportsView::setPipeline(qint64 pipelineId)
{
    fillChoosers();
    selectData(m_pipeline, pipelineId);
}

void DealReportsView::setOwner(qint64 ownerId)
{
    fillChoosers();
    selectData(m_owner, ownerId);
}

void DealReportsView::setPeriod(ReportPeriod::Preset preset)
{
    selectData(m_period, int(preset));
}

void DealReportsView::setPeriod(const QDate &from, const QDate &to)
{
    m_filling = true;
    // A QDateEdit cannot be empty: an open side runs to the edit's limit.
    m_from->setDate(from.isValid() ? from : m_from->minimumDate());
    m_to->setDate(to.isValid() ? to : m_to->maximumDate());
    m_filling = false;
    if (m_period->currentData().toInt() == int(ReportPeriod::Preset::Custom))
        reload();
    else
        selectData(m_period, int(ReportPeriod::Preset::Custom));
}

void DealReportsView::periodChosen()
{
    const bool custom = m_period->currentData().toInt() == int(ReportPeriod::Preset::Custom);
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    reload();
}

void DealReportsView::onChanged(const ChangeSet &changes)
{
    if (changes.touchesAny(kReportTables))
        scheduleReload();
}

void DealReportsView::scheduleReload()
{
    // Hidden, the view only notes that it is out of date; showing it reads the numbers.
    m_stale = true;
    if (isVisible())
        m_reloadTimer->start();
}

void DealReportsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_reloadTimer->start();
}

void DealReportsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The chart mirrors by hand, and its numbers follow the locale.
    if (event->type() == QEvent::LayoutDirectionChange || event->type() == QEvent::LocaleChange)
        scheduleReload();
}

void DealReportsView::fillChoosers()
{
    if (!m_workspace->isOpen())
        return;
    m_filling = true;
    const QVariant pipeline = m_pipeline->currentData();
    const QVariant owner = m_owner->currentData();
    m_pipeline->clear();
    m_pipeline->addItem(tr("All pipelines"), qint64(0));
    for (const Pipeline &p : PipelineStore(m_workspace->db()).pipelines())
        m_pipeline->addItem(p.name, p.id);
    m_owner->clear();
    m_owner->addItem(tr("All owners"), qint64(0));
    QList<DealReports::Owner> owners;
    if (DealReports(m_workspace->db()).owners(&owners))
        for (const DealReports::Owner &o : std::as_const(owners))
            m_owner->addItem(o.name, o.id);
    selectData(m_pipeline, pipeline);
    selectData(m_owner, owner);
    m_filling = false;
}

void DealReportsView::configure(DealReports *reports) const
{
    reports->setPipeline(m_pipeline->currentData().toLongLong());
    reports->setOwner(m_owner->currentData().toLongLong());
    const auto preset = ReportPeriod::Preset(m_period->currentData().toInt());
    if (preset == ReportPeriod::Preset::Custom) {
        const QDate from = m_from->date() == m_from->minimumDate() ? QDate() : m_from->date();
        const QDate to = m_to->date() == m_to->maximumDate() ? QDate() : m_to->date();
        reports->setPeriod(from, to);
    } else {
        const QDate today = QDate::currentDate();
        reports->setPeriod(ReportPeriod::from(preset, today), ReportPeriod::to(preset, today));
    }
}

bool DealReportsView::isFiltered() const
{
    return m_pipeline->currentData().toLongLong() != 0 || m_owner->currentData().toLongLong() != 0
        || m_period->currentData().toInt() != int(ReportPeriod::Preset::AllTime);
}

QString DealReportsView::scopeText() const
{
    if (!m_workspace->isOpen())
        return QString();
    DealReports reports(m_workspace->db());
    configure(&reports);
    return QStringList{m_pipeline->currentText(), m_owner->currentText(), ReportPeriod::describe(reports.from(), reports.to(), locale())}
        .join(QStringLiteral(" · "));
}

void DealReportsView::reload()
{
    m_reloadTimer->stop();
    m_stale = false;
    DealReportContent content;
    if (!m_workspace->isOpen()) {
        content.empty = tr("Open a workspace to see the reports of its deals.");
        present(content);
        Q_EMIT reloaded();
        return;
    }
    fillChoosers();
    DealReports reports(m_workspace->db());
    configure(&reports);
    m_currency = reports.currency();
    const Result r = DealReportContent::load(DealReportContent::Kind(report()), reports, locale(), isFiltered(), &content);
    if (!r) {
        content = DealReportContent();
        content.empty = r.message();
    }
    present(content);
    // Amounts of other currencies are left out of the sums: say so where amounts appear.
    QStringList others;
    if (report() != Report::CycleLength && report() != Report::StageTime && reports.currencies(&others))
        others.removeAll(m_currency);
    m_note->setText(tr("Amounts are in %1. Deals in %2 are counted but left out of the sums, as there are no exchange rates.")
                        .arg(m_currency, locale().createSeparatedList(others)));
    m_note->setVisible(!others.isEmpty() && content.empty.isEmpty());
    Q_EMIT reloaded();
}

void DealReportsView::present(const DealReportContent &content)
{
    const bool empty = !content.empty.isEmpty();
    m_empty->setText(content.empty);
    m_figure->setText(content.headline);
    m_detail->setText(content.detail);
    m_figure->setVisible(!empty);
    m_detail->setVisible(!empty);
    m_pngButton->setEnabled(!empty);
    m_csvButton->setEnabled(m_workspace->isOpen());
    m_stack->setCurrentIndex(empty ? 1 : 0);
    fillNumbers(content);
    m_chart->setCurrency(m_currency);
    m_chart->setTitle(content.title, scopeText());
    if (empty) {
        m_chart->clear();
        return;
    }
    switch (content.chart) {
    case DealReportContent::Chart::Columns: m_chart->showColumns(content.categories, content.series, content.scale); break;
    case DealReportContent::Chart::Bars: m_chart->showBars(content.categories, content.series.value(0), content.scale); break;
    }
}

void DealReportsView::fillNumbers(const DealReportContent &content)
{
    m_numbers->clear();
    m_numbers->setHorizontalHeaderLabels(content.headers);
    for (int r = 0; r < content.rows.size(); ++r) {
        QList<QStandardItem *> items;
        const bool total = content.totalRow && r == content.rows.size() - 1;
        for (int c = 0; c < content.rows.at(r).size(); ++c) {
            auto *item = new QStandardItem(content.rows.at(r).at(c));
            item->setEditable(false);
            item->setTextAlignment(c < content.textColumns ? Qt::AlignLeading | Qt::AlignVCenter : Qt::AlignTrailing | Qt::AlignVCenter);
            if (total) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            items << item;
        }
        m_numbers->appendRow(items);
    }
    // As wide as its columns with some air, so the chart gets the rest of the width. The
    // hints, not the widths: the last column is stretched to whatever the table had before.
    int width = 2 * m_table->frameWidth();
    for (int c = 0; c < m_numbers->columnCount(); ++c) {
        const int column = qMax(static_cast<QAbstractItemView *>(m_table)->sizeHintForColumn(c), m_table->horizontalHeader()->sectionSizeHint(c)) + 12;
        m_table->setColumnWidth(c, column);
        width += column;
    }
    // Room for a scroll bar only when the rows will need one.
    const int rowsHeight = m_table->horizontalHeader()->sizeHint().height()
        + m_numbers->rowCount() * m_table->verticalHeader()->defaultSectionSize();
    if (rowsHeight > m_table->viewport()->height())
        width += m_table->verticalScrollBar()->sizeHint().width();
    m_table->setMaximumWidth(qMax(width, 160));
}

bool DealReportsView::isEmptyState() const
{
    return m_stack->currentIndex() == 1;
}

QString DealReportsView::emptyText() const
{
    return isEmptyState() ? m_empty->text() : QString();
}

QString DealReportsView::headline() const
{
    return m_figure->text();
}

QString DealReportsView::headlineDetail() const
{
    return m_detail->text();
}

QString DealReportsView::suggestedPath(const QString &suffix) const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("deals-%1-%2.%3")
                             .arg(DealReportCsv::key(DealReportCsv::exported().at(int(report()))),
                                  QDate::currentDate().toString(Qt::ISODate), suffix);
    return QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(name);
}

bool DealReportsView::exportPng()
{
    if (isEmptyState())
        return false;
    QString path = m_presenter->saveFileName(tr("Export Chart"), suggestedPath(QStringLiteral("png")), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return false;
    path = withSuffix(path, QStringLiteral("png"));
    const QImage image = m_chart->image();
    QSaveFile file(path);
    if (image.isNull() || !file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        m_presenter->error(tr("%1 cannot be written: %2. Choose a folder you can write to.")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

bool DealReportsView::exportCsv()
{
    if (!m_workspace->isOpen())
        return false;
    QString path = m_presenter->saveFileName(tr("Export Report"), suggestedPath(QStringLiteral("csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    path = withSuffix(path, QStringLiteral("csv"));
    DealReports reports(m_workspace->db());
    configure(&reports);
    const Result r = DealReportCsv::save(reports, DealReportCsv::exported().at(int(report())), path);
    if (!r)
        m_presenter->error(r.message());
    return r.ok();
}

} // namespace Kempt
