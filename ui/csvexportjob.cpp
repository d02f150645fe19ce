#include "csvexportjob.h"

#include "io/recordexporter.h"
#include "storage/database.h"

#include <QAtomicInteger>
#include <QDir>
#include <QSaveFile>
#include <QThread>

namespace Kempt {

namespace {
QAtomicInteger<quint64> s_jobCounter;
}

CsvExportJob::CsvExportJob(const QString &workspacePath, Entity entity, const std::optional<RecordSelection> &selection,
                           const QString &target, QObject *parent)
    : QObject(parent)
    , m_workspacePath(workspacePath)
    , m_entity(entity)
    , m_selection(selection)
    , m_target(target)
{
}

CsvExportJob::~CsvExportJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void CsvExportJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->start();
}

void CsvExportJob::cancel()
{
    m_cancel.storeRelaxed(1);
}

bool CsvExportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void CsvExportJob::run()
{
    const QString connection = QStringLiteral("kempt-export-%1").arg(s_jobCounter.fetchAndAddRelaxed(1));
    qint64 rows = 0;
    Result r = Database::openConnection(m_workspacePath, connection);
    if (r) {
        {
            RecordExporter exporter(QSqlDatabase::database(connection, false), m_entity);
            if (m_selection)
                exporter.setSelection(*m_selection);
            Q_EMIT counted(exporter.count());
            exporter.setProgress([this](qint64 written) {
                Q_EMIT progress(written);
                return m_cancel.loadRelaxed() == 0;
            });
            QSaveFile file(m_target);
            if (!file.open(QIODevice::WriteOnly)) {
                r = Result::failure(tr("%1 cannot be written: %2. Choose another folder or file name.")
                                        .arg(QDir::toNativeSeparators(m_target), file.errorString()));
            } else {
                r = exporter.writeCsv(&file, &rows);
                if (m_cancel.loadRelaxed() != 0) {
                    file.cancelWriting();
                    r = Result::failure(tr("The export was cancelled; no file was written."));
                } else if (!r) {
                    file.cancelWriting();
                } else if (!file.commit()) {
                    r = Result::failure(tr("%1 could not be saved: %2.")
                                            .arg(QDir::toNativeSeparators(m_target), file.errorString()));
                }
            }
        }
        Database::close(connection);
    }
    Q_EMIT finished(r.ok(), rows, r.message());
}

} // namespace Kempt
