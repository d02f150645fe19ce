#include "recordexportjob.h"

#include "io/recordexporter.h"
#include "storage/database.h"

#include <QAtomicInteger>
#include <QDir>
#include <QSaveFile>
#include <QThread>

namespace Kempt {

namespace {
QAtomicInteger<quint64> s_exportCounter;
}

RecordExportJob::RecordExportJob(const QString &workspacePath, Entity entity, const std::optional<RecordSelection> &selection,
                                 Format format, const QString &target, QObject *parent)
    : QObject(parent)
    , m_workspacePath(workspacePath)
    , m_entity(entity)
    , m_selection(selection)
    , m_format(format)
    , m_target(target)
{
}

RecordExportJob::~RecordExportJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

QString RecordExportJob::suffix(Format format)
{
    switch (format) {
    case Format::Csv: return QStringLiteral("csv");
    case Format::Xlsx: return QStringLiteral("xlsx");
    case Format::VCard30:
    case Format::VCard40: return QStringLiteral("vcf");
    }
    return QStringLiteral("csv");
}

void RecordExportJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->start();
}

void RecordExportJob::cancel()
{
    m_cancel.storeRelaxed(1);
}

bool RecordExportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void RecordExportJob::run()
{
    const QString connection = QStringLiteral("kempt-record-export-%1").arg(s_exportCounter.fetchAndAddRelaxed(1));
    qint64 rows = 0;
    Result r = Database::openConnection(m_workspacePath, connection);
    if (r) {
        {
            RecordExporter exporter(QSqlDatabase::database(connection, false), m_entity);
            if (m_selection)
                exporter.setSelection(*m_selection);
            exporter.setByteOrderMark(m_bom);
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
                switch (m_format) {
                case Format::Csv: r = exporter.writeCsv(&file, &rows); break;
                case Format::Xlsx: r = exporter.writeXlsx(&file, &rows); break;
                case Format::VCard30: r = exporter.writeVCard(&file, VCardWriter::Version::V30, &rows); break;
                case Format::VCard40: r = exporter.writeVCard(&file, VCardWriter::Version::V40, &rows); break;
                }
                if (m_cancel.loadRelaxed() != 0) {
                    file.cancelWriting();
                    r = Result::failure(tr("The export was cancelled; no file was written."));
                } else if (!r) {
                    file.cancelWriting();
                } else if (!file.commit()) {
                    r = Result::failure(tr("%1 could not be saved: %2. Check the free disk space and the folder's permissions.")
                                            .arg(QDir::toNativeSeparators(m_target), file.errorString()));
                }
            }
        }
        Database::close(connection);
    }
    Q_EMIT finished(r.ok(), rows, r.message());
}

} // namespace Kempt
