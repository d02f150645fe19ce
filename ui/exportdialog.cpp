#include "exportdialog.h"
#include "messagepresenter.h"
#include "recordnouns.h"

#include "storage/workspace.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace Kempt {

ExportDialog::ExportDialog(Workspace *workspace, MessagePresenter *presenter, Entity entity, const RecordSelection &view,
                           qint64 viewCount, const RecordSelection &selection, qint64 selectedCount, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_presenter(presenter)
    , m_entity(entity)
    , m_view(view)
    , m_selection(selection)
    , m_viewCount(viewCount)
    , m_selectedCount(selectedCount)
    , m_viewButton(new QRadioButton(tr("Every record of the current view: %1").arg(RecordNouns::count(entity, viewCount)), this))
    , m_selectionButton(new QRadioButton(tr("Only the selected records: %1").arg(RecordNouns::count(entity, selectedCount)), this))
    , m_formats(new QButtonGroup(this))
    , m_bom(new QCheckBox(tr("Start with a byte order mark, so that Excel on Windows reads the accents right"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(entity == Entity::Company ? tr("Export Companies") : entity == Entity::Deal ? tr("Export Deals") : tr("Export Contacts"));
    m_viewButton->setObjectName(QStringLiteral("scopeView"));
    m_selectionButton->setObjectName(QStringLiteral("scopeSelection"));
    m_selectionButton->setEnabled(selectedCount > 0);
    (selectedCount > 1 ? m_selectionButton : m_viewButton)->setChecked(true);

    auto *scopeBox = new QGroupBox(tr("Records"), this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(m_viewButton);
    scopeLayout->addWidget(m_selectionButton);

    auto *formatBox = new QGroupBox(tr("Format"), this);
    auto *formatLayout = new QVBoxLayout(formatBox);
    const struct
    {
        RecordExportJob::Format format;
        QString text;
        const char *name;
    } formats[] = {
        {RecordExportJob::Format::Csv, tr("CSV (comma-separated text, for any spreadsheet or CRM)"), "formatCsv"},
        {RecordExportJob::Format::Xlsx, tr("Excel workbook (.xlsx)"), "formatXlsx"},
        {RecordExportJob::Format::VCard30, tr("vCard 3.0 (address books: Apple, Google, Outlook)"), "formatVCard30"},
        {RecordExportJob::Format::VCard40, tr("vCard 4.0"), "formatVCard40"},
    };
    for (const auto &f : formats) {
        auto *button = new QRadioButton(f.text, formatBox);
        button->setObjectName(QLatin1String(f.name));
        if (!formatFits(f.format))
            button->setToolTip(f.format == RecordExportJob::Format::Xlsx ? tr("Only contacts and companies can be exported to Excel.")
                                                                         : tr("Only contacts can be exported as vCards."));
        m_formats->addButton(button, int(f.format));
        formatLayout->addWidget(button);
        if (f.format == RecordExportJob::Format::Csv) {
            button->setChecked(true);
            m_bom->setObjectName(QStringLiteral("byteOrderMark"));
            auto *indent = new QHBoxLayout;
            indent->addSpacing(style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) + 6);
            indent->addWidget(m_bom, 1);
            formatLayout->addLayout(indent);
        }
    }

    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setVisible(false);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setVisible(false);
    m_exportButton = m_buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_formats, &QButtonGroup::idToggled, this, &ExportDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scopeBox);
    layout->addWidget(formatBox);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    updateState();
}

ExportDialog::~ExportDialog()
{
    if (m_job)
        m_job->cancel();
}

bool ExportDialog::formatFits(RecordExportJob::Format format) const
{
    switch (format) {
    case RecordExportJob::Format::Csv: return true;
    case RecordExportJob::Format::Xlsx: return m_entity == Entity::Contact || m_entity == Entity::Company;
    case RecordExportJob::Format::VCard30:
    case RecordExportJob::Format::VCard40: return m_entity == Entity::Contact;
    }
    return false;
}

void ExportDialog::setScope(Scope scope)
{
    (scope == Scope::Selection && m_selectionButton->isEnabled() ? m_selectionButton : m_viewButton)->setChecked(true);
}

ExportDialog::Scope ExportDialog::scope() const
{
    return m_selectionButton->isChecked() ? Scope::Selection : Scope::View;
}

void ExportDialog::setFormat(RecordExportJob::Format format)
{
    if (QAbstractButton *button = m_formats->button(int(format)); button && button->isEnabled())
        button->setChecked(true);
}

RecordExportJob::Format ExportDialog::format() const
{
    return RecordExportJob::Format(m_formats->checkedId());
}

void ExportDialog::updateState()
{
    const bool busy = m_job != nullptr;
    m_bom->setEnabled(!busy && format() == RecordExportJob::Format::Csv);
    for (QAbstractButton *b : m_formats->buttons())
        b->setEnabled(!busy && formatFits(RecordExportJob::Format(m_formats->id(b))));
    m_viewButton->setEnabled(!busy);
    m_selectionButton->setEnabled(!busy && m_selectedCount > 0);
    m_exportButton->setEnabled(!busy && (scope() == Scope::View ? m_viewCount : m_selectedCount) > 0);
}

QString ExportDialog::fileFilter() const
{
    switch (format()) {
    case RecordExportJob::Format::Csv: return tr("CSV files (*.csv);;All files (*)");
    case RecordExportJob::Format::Xlsx: return tr("Excel workbooks (*.xlsx);;All files (*)");
    case RecordExportJob::Format::VCard30:
    case RecordExportJob::Format::VCard40: return tr("vCard files (*.vcf);;All files (*)");
    }
    return QString();
}

void ExportDialog::startExport()
{
    if (m_job || !m_workspace->isOpen())
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
        + RecordNouns::plural(m_entity) + QLatin1Char('.') + RecordExportJob::suffix(format());
    QString path = m_presenter->saveFileName(windowTitle(), suggested, fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + RecordExportJob::suffix(format());
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_workspace->path()).absoluteFilePath()) {
        m_presenter->error(tr("%1 is the workspace itself; choose another file name for the export.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    const bool selected = scope() == Scope::Selection;
    m_total = selected ? m_selectedCount : m_viewCount;
    auto *job = new RecordExportJob(m_workspace->path(), m_entity, selected ? m_selection : m_view, format(), path, this);
    job->setByteOrderMark(m_bom->isChecked() && format() == RecordExportJob::Format::Csv);
    m_job = job;
    m_progress->setRange(0, int(std::min<qint64>(m_total, INT_MAX)));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_status->setText(tr("Writing %1 to %2…").arg(RecordNouns::count(m_entity, m_total), QDir::toNativeSeparators(path)));
    m_status->setVisible(true);
    connect(job, &RecordExportJob::counted, this, [this](qint64 total) {
        m_total = total;
        m_progress->setRange(0, int(std::min<qint64>(total, INT_MAX)));
    });
    connect(job, &RecordExportJob::progress, this, [this](qint64 rows) { m_progress->setValue(int(std::min<qint64>(rows, INT_MAX))); });
    connect(job, &RecordExportJob::finished, this, &ExportDialog::finish);
    updateState();
    job->start();
}

void ExportDialog::finish(bool ok, qint64 rows, const QString &message)
{
    const QString path = m_job ? m_job->target() : QString();
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    m_progress->setVisible(false);
    Q_EMIT exportFinished(ok, rows, path);
    if (ok) {
        Q_EMIT statusMessage(tr("Exported %1 to %2.").arg(RecordNouns::count(m_entity, rows), QDir::toNativeSeparators(path)));
        accept();
        return;
    }
    m_status->setText(message);
    updateState();
    if (!m_cancelled)
        m_presenter->error(message);
    m_cancelled = false;
}

void ExportDialog::reject()
{
    // Cancel stops a running export first; the dialog stays to say it was cancelled.
    if (m_job) {
        m_job->cancel();
        m_cancelled = true;
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace Kempt
