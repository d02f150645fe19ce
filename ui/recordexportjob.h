#pragma once

#include "domain/fieldtype.h"
#include "stores/recordselection.h"

#include <QAtomicInt>
#include <QObject>
#include <optional>

class QThread;

namespace Kempt {

// Writes records as CSV, an Excel workbook or vCards (RecordExporter) on a worker thread
// with its own connection, so that a big table never freezes the window. The file
// appears only when complete; a cancel or a failure leaves nothing behind.
class RecordExportJob : public QObject
{
    Q_OBJECT
public:
    enum class Format { Csv, Xlsx, VCard30, VCard40 };
    Q_ENUM(Format)

    RecordExportJob(const QString &workspacePath, Entity entity, const std::optional<RecordSelection> &selection,
                    Format format, const QString &target, QObject *parent = nullptr);
    ~RecordExportJob() override;

    // CSV only: a UTF-8 byte order mark, which Excel on Windows needs.
    void setByteOrderMark(bool bom) { m_bom = bom; }
    void start();
    void cancel();
    bool isRunning() const;
    QString target() const { return m_target; }

    // The file name suffix of a format, without the dot.
    static QString suffix(Format format);

Q_SIGNALS:
    void counted(qint64 total);
    void progress(qint64 rows);
    // ok is false when it failed or was cancelled; message says why.
    void finished(bool ok, qint64 rows, const QString &message);

private:
    void run();

    QString m_workspacePath;
    Entity m_entity;
    std::optional<RecordSelection> m_selection;
    Format m_format;
    QString m_target;
    bool m_bom = false;
    QAtomicInt m_cancel;
    QThread *m_thread = nullptr;
};

} // namespace Kempt
