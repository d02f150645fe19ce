#pragma once

#include "domain/fieldtype.h"
#include "stores/recordselection.h"

#include <QAtomicInt>
#include <QObject>
#include <optional>

class QThread;

namespace Kempt {

// Writes records to a CSV file on a worker thread with its own connection, so that a
// million rows never freeze the window. The file appears only when complete.
class CsvExportJob : public QObject
{
    Q_OBJECT
public:
    CsvExportJob(const QString &workspacePath, Entity entity, const std::optional<RecordSelection> &selection,
                 const QString &target, QObject *parent = nullptr);
    ~CsvExportJob() override;

    void start();
    void cancel();
    bool isRunning() const;

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
    QString m_target;
    QAtomicInt m_cancel;
    QThread *m_thread = nullptr;
};

} // namespace Kempt
