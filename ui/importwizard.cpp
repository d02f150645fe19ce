#include "importwizard.h"
#include "importcleanuppage.h"
#include "importduplicatespage.h"
#include "importfilepage.h"
#include "importformatpage.h"
#include "importmappingpage.h"
#include "importprogresspage.h"
#include "importsummarypage.h"

#include "audit/guideenginecache.h"
#include "import/importer.h"
#include "import/importjob.h"
#include "import/importrows.h"
#include "io/delimitedsource.h"
#include "io/preambledetector.h"
#include "io/tablesource.h"
#include "itemmodels/importduplicatemodel.h"
#include "itemmodels/importmappingmodel.h"
#include "itemmodels/importpreviewmodel.h"
#include "quality/ruleengine.h"
#include "quality/ruletext.h"
#include "storage/workspace.h"

#include <QFileInfo>

namespace Kempt {

ImportWizard::ImportWizard(Workspace *workspace, MessagePresenter *presenter, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_presenter(presenter)
    , m_mappingModel(new ImportMappingModel(this))
    , m_previewModel(new ImportPreviewModel(this))
    , m_duplicateModel(new ImportDuplicateModel(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Contacts"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_filePage = new ImportFilePage(this);
    m_formatPage = new ImportFormatPage(this);
    m_mappingPage = new ImportMappingPage(this);
    m_cleanupPage = new ImportCleanupPage(this);
    m_duplicatesPage = new ImportDuplicatesPage(this);
    m_progressPage = new ImportProgressPage(this);
    m_summaryPage = new ImportSummaryPage(this);
    setPage(FilePageId, m_filePage);
    setPage(FormatPageId, m_formatPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(CleanupPageId, m_cleanupPage);
    setPage(DuplicatesPageId, m_duplicatesPage);
    setPage(ProgressPageId, m_progressPage);
    setPage(SummaryPageId, m_summaryPage);
    setStartId(FilePageId);
    resize(960, 680);
}

ImportWizard::~ImportWizard()
{
    // The job's destructor cancels and waits; nothing of a cancelled import stays.
    delete m_job;
}

QString ImportWizard::workspacePath() const
{
    return m_workspace ? m_workspace->path() : QString();
}

Result ImportWizard::openFile(const QString &path)
{
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    // Another file is read the way it says, not the way the last one was read.
    m_options.source = SourceOptions();
    m_options.headerRow = ImportOptions::DetectHeaderRow;
    return load();
}

Result ImportWizard::setSourceOptions(const SourceOptions &options)
{
    if (options == m_options.source && isLoaded())
        return m_loaded;
    // A sheet of another shape has its header elsewhere.
    if (options.sheet != m_options.source.sheet)
        m_options.headerRow = ImportOptions::DetectHeaderRow;
    m_options.source = options;
    return load();
}

Result ImportWizard::setHeaderRow(int headerRow)
{
    if (headerRow == m_options.headerRow && isLoaded())
        return m_loaded;
    m_options.headerRow = headerRow;
    return load();
}

Result ImportWizard::load()
{
    m_headers.clear();
    m_rawRows.clear();
    m_rawNumbers.clear();
    m_dataRows.clear();
    m_dataNumbers.clear();
    m_sheets.clear();
    m_sheet.clear();
    m_encoding.clear();
    m_delimiter = QChar();
    m_allRowsRead = false;
    m_loaded = [this] {
        if (m_path.isEmpty())
            return Result::failure(tr("Choose the file that holds the contacts."));
        std::unique_ptr<TableSource> source;
        Result r = SourceFactory::open(m_path, m_options.source, &source, &m_format);
        if (!r)
            return r;
        for (const TableSource::Sheet &sheet : source->sheets())
            if (sheet.hasCells)
                m_sheets << sheet.name;
        m_sheet = source->sheets().value(source->currentSheet()).name;
        if (const auto *text = dynamic_cast<const DelimitedSource *>(source.get())) {
            m_encoding = text->detected().encoding;
            m_encodingDetected = !text->detected().encodingGiven;
            m_encodingConfidence = text->detected().encodingConfidence;
            m_delimiter = text->detected().delimiter;
            m_delimiterDetected = !text->detected().delimiterGiven;
        }
        // The first rows as they are, for the Format page.
        QStringList row;
        qint64 number = 0;
        while (m_rawRows.size() < RawRows && source->next(&row, &number))
            if (!ImportRows::isEmpty(row)) {
                m_rawRows << row;
                m_rawNumbers << number;
            }
        if (!(r = source->status()) || !(r = source->selectSheet(source->currentSheet())))
            return r;
        // The header and the data rows as the import reads them.
        m_headerRow = m_options.headerRow < 0 ? PreambleDetector::headerRow(*source) : m_options.headerRow;
        if (!(r = Importer::readHeaders(*source, m_headerRow, &m_headers)))
            return r;
        // Without a header row the first row is data.
        if (m_headerRow == 0 && !(r = source->selectSheet(source->currentSheet())))
            return r;
        bool more = false;
        while (source->next(&row, &number)) {
            if (ImportRows::isEmpty(row))
                continue;
            if (m_dataRows.size() == PreviewRows) {
                more = true;
                break;
            }
            m_dataRows << row;
            m_dataNumbers << number;
        }
        if (!(r = source->status()))
            return r;
        m_allRowsRead = !more;
        if (m_dataRows.isEmpty())
            return Result::failure(tr("%1 has no rows of data after its header row. Choose another header row, sheet or file.")
                                       .arg(QFileInfo(m_path).fileName()));
        return Result::success();
    }();
    Q_EMIT sourceChanged();
    return m_loaded;
}

bool ImportWizard::prepareMapping()
{
    if (m_mappedHeaders == m_headers && m_mappingModel->rowCount() == m_headers.size()) {
        m_mappingModel->setMapping(m_mappingModel->mapping(), m_dataRows);
        return false;
    }
    m_mappingModel->setWorkspace(m_workspace->db());
    m_mappingModel->setMapping(ImportMapping::guess(m_headers), m_dataRows);
    m_mappedHeaders = m_headers;
    return true;
}

const RuleEngine &ImportWizard::engine()
{
    if (!m_engine) {
        // The engine the import will use: the workspace's style guide and default region.
        GuideEngineCache cache;
        m_engine = std::make_unique<RuleEngine>(cache.engine(m_workspace->db()));
    }
    return *m_engine;
}

void ImportWizard::preparePreview()
{
    if (!m_engine)
        m_previewModel->setEngine(engine());
    // Emptied first so that only the last call reads the rows with the style guide.
    m_previewModel->setMapping(ImportMapping());
    m_previewModel->setDelimitedText(m_format == SourceFactory::Format::Delimited);
    m_previewModel->setRows(m_dataRows, m_dataNumbers);
    m_previewModel->setMapping(m_mappingModel->mapping());
}

void ImportWizard::setCleanup(ImportOptions::Cleanup cleanup, bool skipInvalidRows)
{
    m_options.cleanup = cleanup;
    m_options.skipInvalidRows = skipInvalidRows;
}

QString ImportWizard::ruleTitle(const QString &ruleId) const
{
    if (const StyleGuideRule *rule = m_engine ? m_engine->guide().rule(ruleId) : nullptr)
        return RuleText::problemTitle(*rule);
    return ruleId;
}

std::optional<StyleGuideRule::Severity> ImportWizard::ruleSeverity(const QString &ruleId) const
{
    if (const StyleGuideRule *rule = m_engine ? m_engine->guide().rule(ruleId) : nullptr)
        return rule->severity;
    return std::nullopt;
}

ImportOptions ImportWizard::importOptions() const
{
    ImportOptions options = m_options;
    options.headerRow = m_headerRow;
    options.mapping = m_mappingModel->mapping();
    options.rejectedReport = m_reportDir.isValid() ? m_reportDir.filePath(QStringLiteral("rejected.csv")) : QString();
    // Each group found carries its own action; this one only applies to groups the
    // importer finds itself, and is what the import history records.
    options.onDuplicate = m_duplicateModel->defaultAction().value_or(DuplicateAction::Update);
    options.duplicatesFound = m_duplicatesPage->hasSearched();
    options.duplicates = options.duplicatesFound ? m_duplicateModel->groups() : QList<ImportDuplicateGroup>();
    return options;
}

ImportJob *ImportWizard::newJob(const ImportOptions &options)
{
    delete m_job;
    const QString path = m_path;
    const SourceOptions source = options.source;
    m_job = new ImportJob(
        m_workspace, [path, source](std::unique_ptr<TableSource> *s) { return SourceFactory::open(path, source, s); }, options,
        this);
    return m_job;
}

ImportJob *ImportWizard::startDuplicateSearch()
{
    ImportOptions options = importOptions();
    options.duplicates.clear();
    options.duplicatesFound = false;
    ImportJob *job = newJob(options);
    job->startDuplicateSearch();
    return job;
}

ImportJob *ImportWizard::startImport()
{
    m_summary = ImportSummary();
    ImportJob *job = newJob(importOptions());
    connect(job, &ImportJob::finished, this, [this, job](bool ok) {
        m_summary = job->summary();
        Q_EMIT importFinished(ok);
    });
    job->start();
    return job;
}

ImportJob *ImportWizard::job() const
{
    return m_job;
}

bool ImportWizard::isImporting() const
{
    return m_job && m_job->isRunning() && !m_job->isDuplicateSearch();
}

bool ImportWizard::isCancelling() const
{
    return m_job && m_job->isCancelling();
}

void ImportWizard::cancelImport()
{
    if (m_job && m_job->isRunning())
        m_job->cancel();
}

QString ImportWizard::rejectedReportPath() const
{
    const QString path = m_reportDir.isValid() ? m_reportDir.filePath(QStringLiteral("rejected.csv")) : QString();
    return m_summary.rejected > 0 && QFileInfo::exists(path) ? path : QString();
}

void ImportWizard::reject()
{
    // Cancel during the import stops it; the page then says the workspace is untouched.
    if (isImporting()) {
        cancelImport();
        return;
    }
    QWizard::reject();
}

} // namespace Kempt
