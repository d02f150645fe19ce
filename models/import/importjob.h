#pragma once

#include "core/result.h"
#include "import/importduplicategroup.h"
#include "import/importoptions.h"
#include "import/importsummary.h"
#include "storage/changeset.h"

#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace Kempt {

class TableSource;
class Workspace;

// How far an import is, for a progress bar that says rows per second and time left.
struct ImportProgress
{
    qint64 rows = 0;       // rows read so far (the file's numbering)
    qint64 done = 0;       // bytes of the part being read
    qint64 total = 0;
    qint64 elapsedMs = 0;
    double rowsPerSecond = 0;
    qint64 secondsLeft = -1; // -1 until there is enough to estimate
};

// Runs the Importer on a worker thread with a connection of its own, so that the window
// stays responsive while a big file goes in; or, before that, looks for the file's
// duplicates (ImportDuplicates) the same way, for the wizard's duplicates page. The whole import is one change batch on that
// connection: a cancel or a failure rolls it back and leaves the workspace exactly as it
// was. The batch is watched by observers of the same kinds as the workspace's own (the
// data-quality refresh, the duplicate index), made for the worker's connection. When the
// batch has committed the job tells the workspace (Workspace::announce), so that every
// view refreshes, and then emits finished().
//
// Signals arrive on the thread that owns the job. Delete the job only after finished();
// the destructor cancels and waits for the worker.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    // Opens the file on the worker thread, with the sheet to read selected.
    using SourceOpener = std::function<Result(std::unique_ptr<TableSource> *source)>;

    ImportJob(Workspace *workspace, const SourceOpener &opener, const ImportOptions &options, QObject *parent = nullptr);
    ~ImportJob() override;

    // Imports the file.
    void start();
    // Finds the groups of duplicates among the rows and against the workspace, without
    // writing anything the undo stack would see; duplicates() holds them afterwards.
    void startDuplicateSearch();
    // Asks the worker to stop at its next progress report; the batch is rolled back.
    void cancel();
    bool isRunning() const;
    bool isCancelling() const { return m_cancel.load(); }

    // Valid after finished().
    Result result() const { return m_result; }
    const ImportSummary &summary() const { return m_summary; }
    ChangeSet changes() const { return m_changes; }
    const QList<ImportDuplicateGroup> &duplicates() const { return m_duplicates; }
    bool isDuplicateSearch() const { return m_searchOnly; }

Q_SIGNALS:
    void progress(const Kempt::ImportProgress &progress);
    // ok false: message says why; a cancelled import has summary().cancelled set.
    void finished(bool ok, const QString &message);

private:
    void launch(bool searchOnly);
    void work();
    void done(const Result &result, const ImportSummary &summary, const ChangeSet &changes,
              const QList<ImportDuplicateGroup> &duplicates);

    QPointer<Workspace> m_workspace;
    QString m_path;
    QString m_author;
    SourceOpener m_opener;
    ImportOptions m_options;
    bool m_audits = false; // which observers the worker's batch gets
    bool m_dedups = false;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    Result m_result;
    ImportSummary m_summary;
    ChangeSet m_changes;
    QList<ImportDuplicateGroup> m_duplicates;
    bool m_searchOnly = false;
};

} // namespace Kempt

Q_DECLARE_METATYPE(Kempt::ImportProgress)
