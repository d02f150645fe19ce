#pragma once

#include "core/result.h"
#include "import/importoptions.h"
#include "import/importsummary.h"
#include "import/sourcefactory.h"
#include "quality/styleguiderule.h"

#include <QPointer>
#include <QTemporaryDir>
#include <QWizard>
#include <optional>

namespace Kempt {

class ImportCleanupPage;
class ImportDuplicateModel;
class ImportDuplicatesPage;
class ImportFilePage;
class ImportFormatPage;
class ImportJob;
class ImportMappingModel;
class ImportMappingPage;
class ImportPreviewModel;
class ImportProgressPage;
class ImportSummaryPage;
class MessagePresenter;
class RuleEngine;
class Workspace;

// File ▸ Import…: seven steps from a file to contacts in the workspace. The pages share
// this wizard's state (the file, how it is read, the mapping, the cleanup and duplicate
// decisions) and its models (the mapping, the cleanup preview, the duplicate groups); the
// import itself and the duplicate search run on a worker thread (ImportJob), and the
// whole import is one change that Undo This Import takes back.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePageId, FormatPageId, MappingPageId, CleanupPageId, DuplicatesPageId, ProgressPageId, SummaryPageId };

    // At most this many data rows are read for the mapping's samples and the cleanup preview.
    static constexpr int PreviewRows = 500;
    // The first rows of the file as the Format page shows them.
    static constexpr int RawRows = 40;

    ImportWizard(Workspace *workspace, MessagePresenter *presenter, QWidget *parent = nullptr);
    ~ImportWizard() override;

    Workspace *workspace() const { return m_workspace; }
    MessagePresenter *presenter() const { return m_presenter; }
    QString workspacePath() const;

    // Step 1 and 2: the file and how it is read. Each loads the file's first rows again;
    // a failure is kept (loadResult()) and names the file and what to do.
    Result openFile(const QString &path);
    Result setSourceOptions(const SourceOptions &options);
    // 1-based among the rows with values; 0: no header row; ImportOptions::DetectHeaderRow.
    Result setHeaderRow(int headerRow);
    QString filePath() const { return m_path; }
    Result loadResult() const { return m_loaded; }
    bool isLoaded() const { return !m_path.isEmpty() && m_loaded.ok(); }
    SourceOptions sourceOptions() const { return m_options.source; }
    int requestedHeaderRow() const { return m_options.headerRow; }

    // What was found: the format, the encoding, delimiter and quote used (detected or
    // given), the sheets of a workbook, the header row used.
    SourceFactory::Format format() const { return m_format; }
    QByteArray encoding() const { return m_encoding; }
    bool encodingDetected() const { return m_encodingDetected; }
    double encodingConfidence() const { return m_encodingConfidence; }
    QChar delimiter() const { return m_delimiter; }
    bool delimiterDetected() const { return m_delimiterDetected; }
    QStringList sheets() const { return m_sheets; }
    QString sheet() const { return m_sheet; }
    int headerRow() const { return m_headerRow; }
    QStringList headers() const { return m_headers; }
    QList<QStringList> rawRows() const { return m_rawRows; }
    QList<qint64> rawNumbers() const { return m_rawNumbers; }
    QList<QStringList> dataRows() const { return m_dataRows; }
    QList<qint64> dataNumbers() const { return m_dataNumbers; }
    // The cleanup preview holds every data row of the file.
    bool previewHoldsAllRows() const { return m_allRowsRead; }

    // Step 3.
    ImportMappingModel *mappingModel() const { return m_mappingModel; }
    // Maps the columns from the headers unless they are the ones mapped before; true when
    // the mapping is new (a saved profile may then take over).
    bool prepareMapping();
    // Step 4.
    ImportPreviewModel *previewModel() const { return m_previewModel; }
    void preparePreview();
    void setCleanup(ImportOptions::Cleanup cleanup, bool skipInvalidRows);
    QString ruleTitle(const QString &ruleId) const;
    std::optional<StyleGuideRule::Severity> ruleSeverity(const QString &ruleId) const;
    // Step 5.
    ImportDuplicateModel *duplicateModel() const { return m_duplicateModel; }
    // Looks for duplicates on a worker thread; the job reports when done.
    ImportJob *startDuplicateSearch();
    // Step 6: the options as the pages set them.
    ImportOptions importOptions() const;
    ImportJob *startImport();
    ImportJob *job() const;
    bool isImporting() const;
    bool isCancelling() const;
    // Step 7.
    const ImportSummary &summary() const { return m_summary; }
    // The rejected rows with their reasons, written during the import; empty when none.
    QString rejectedReportPath() const;

    ImportFilePage *filePage() const { return m_filePage; }
    ImportFormatPage *formatPage() const { return m_formatPage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportCleanupPage *cleanupPage() const { return m_cleanupPage; }
    ImportDuplicatesPage *duplicatesPage() const { return m_duplicatesPage; }
    ImportProgressPage *progressPage() const { return m_progressPage; }
    ImportSummaryPage *summaryPage() const { return m_summaryPage; }

public Q_SLOTS:
    void cancelImport();
    void reject() override;

Q_SIGNALS:
    // The file or the way it is read changed: the pages show it again.
    void sourceChanged();
    void importFinished(bool ok);

private:
    Result load();
    ImportJob *newJob(const ImportOptions &options);
    const RuleEngine &engine();

    Workspace *m_workspace;
    MessagePresenter *m_presenter;
    QString m_path;
    ImportOptions m_options;
    Result m_loaded;
    SourceFactory::Format m_format = SourceFactory::Format::Delimited;
    QByteArray m_encoding;
    bool m_encodingDetected = true;
    double m_encodingConfidence = 0;
    QChar m_delimiter;
    bool m_delimiterDetected = true;
    QStringList m_sheets;
    QString m_sheet;
    int m_headerRow = 1;
    QStringList m_headers;
    QList<QStringList> m_rawRows;
    QList<qint64> m_rawNumbers;
    QList<QStringList> m_dataRows;
    QList<qint64> m_dataNumbers;
    bool m_allRowsRead = false;
    QStringList m_mappedHeaders; // the headers the mapping model was made for
    std::unique_ptr<RuleEngine> m_engine;

    ImportMappingModel *m_mappingModel;
    ImportPreviewModel *m_previewModel;
    ImportDuplicateModel *m_duplicateModel;
    QPointer<ImportJob> m_job;
    ImportSummary m_summary;
    QTemporaryDir m_reportDir;

    ImportFilePage *m_filePage;
    ImportFormatPage *m_formatPage;
    ImportMappingPage *m_mappingPage;
    ImportCleanupPage *m_cleanupPage;
    ImportDuplicatesPage *m_duplicatesPage;
    ImportProgressPage *m_progressPage;
    ImportSummaryPage *m_summaryPage;
};

} // namespace Kempt
