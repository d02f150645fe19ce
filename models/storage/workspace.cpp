#include "storage/workspace.h"
#include "storage/batchobserver.h"
#include "storage/batchrunner.h"
#include "storage/database.h"
#include "storage/journal.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUndoStack>

namespace Kempt {

namespace {
QAtomicInt s_connectionCounter;
}

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_author(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")))
    , m_undoStack(new QUndoStack(this))
{
    qRegisterMetaType<Kempt::ChangeSet>();
}

Workspace::~Workspace()
{
    close();
}

Result Workspace::create(const QString &path)
{
    return openWith(path, true);
}

Result Workspace::open(const QString &path)
{
    return openWith(path, false);
}

Result Workspace::openWith(const QString &path, bool create)
{
    const QString connection = QStringLiteral("kempt-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    const Result r = Database::open(path, connection,
                                    create ? Database::Mode::CreateNew : Database::Mode::OpenExisting);
    if (!r)
        return r; // the workspace already open stays open
    close();
    m_connection = connection;
    m_path = QFileInfo(path).absoluteFilePath();
    Q_EMIT opened(m_path);
    return Result::success();
}

void Workspace::close()
{
    if (m_connection.isEmpty())
        return;
    m_undoStack->clear();
    Database::close(m_connection);
    m_connection.clear();
    m_path.clear();
    Q_EMIT closed();
}

QSqlDatabase Workspace::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

Result Workspace::write(BatchKind kind, const QString &label, const WriteFn &fn, qint64 *batchId)
{
    return runBatch(kind, label, 0, fn, batchId);
}

Result Workspace::revert(qint64 batchId, qint64 *newBatchId)
{
    return runBatch(BatchKind::Undo, QString(), batchId,
                    [batchId](QSqlDatabase db) { return Journal::revert(db, batchId); }, newBatchId);
}

Result Workspace::replay(qint64 batchId, qint64 *newBatchId)
{
    return runBatch(BatchKind::Redo, QString(), batchId,
                    [batchId](QSqlDatabase db) { return Journal::replay(db, batchId); }, newBatchId);
}

Result Workspace::runBatch(BatchKind kind, const QString &label, qint64 origin, const WriteFn &fn, qint64 *batchId)
{
    if (!isOpen())
        return Result::failure(tr("No workspace is open. Open or create one with the File menu."));
    ChangeSet changes;
    const Result r = BatchRunner::run(db(), {kind, label, m_author, origin}, fn, batchObservers(), &changes);
    if (!r)
        return r;
    if (batchId)
        *batchId = changes.batchId;
    if (changes.batchId > 0)
        Q_EMIT changed(changes);
    return Result::success();
}

void Workspace::announce(const ChangeSet &changes)
{
    if (changes.batchId > 0 && !changes.tables.isEmpty())
        Q_EMIT changed(changes);
}

void Workspace::addBatchObserver(std::unique_ptr<BatchObserver> observer)
{
    if (observer)
        m_observers.push_back(std::move(observer));
}

QList<BatchObserver *> Workspace::batchObservers() const
{
    QList<BatchObserver *> list;
    for (const auto &observer : m_observers)
        list << observer.get();
    return list;
}

Result Workspace::saveCopy(const QString &target)
{
    if (!isOpen())
        return Result::failure(tr("No workspace is open."));
    const QString absTarget = QFileInfo(target).absoluteFilePath();
    if (absTarget == m_path)
        return Result::failure(tr("A copy cannot replace the open workspace itself. Choose another file name."));
    const QString temp = absTarget + QStringLiteral(".part");
    QFile::remove(temp);
    QSqlQuery q(db());
    // VACUUM INTO writes a consistent, compacted snapshot even while the WAL holds changes.
    if (!q.prepare(QStringLiteral("VACUUM INTO ?")))
        return sqlFailure(q, tr("Saving a copy"));
    q.addBindValue(temp);
    if (!q.exec()) {
        QFile::remove(temp);
        return sqlFailure(q, tr("Saving a copy to %1").arg(QDir::toNativeSeparators(target)));
    }
    if (QFileInfo::exists(absTarget) && !QFile::remove(absTarget)) {
        QFile::remove(temp);
        return Result::failure(tr("%1 cannot be replaced. Check its permissions or choose another name.")
                                   .arg(QDir::toNativeSeparators(target)));
    }
    if (!QFile::rename(temp, absTarget)) {
        QFile::remove(temp);
        return Result::failure(tr("The copy could not be moved to %1.").arg(QDir::toNativeSeparators(target)));
    }
    return Result::success();
}

QString Workspace::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Result Workspace::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q(db());
    return exec(q, QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                {key, value});
}

} // namespace Kempt
