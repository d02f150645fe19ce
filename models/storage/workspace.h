#pragma once

#include "core/result.h"
#include "storage/batchkind.h"
#include "storage/changeset.h"

#include <QObject>
#include <QSqlDatabase>
#include <functional>
#include <memory>
#include <vector>

class QUndoStack;

namespace Kempt {

class BatchObserver;

// One open workspace file: its connection on the owning thread, its undo stack, and
// the single door through which every change is written.
class Workspace : public QObject
{
    Q_OBJECT
public:
    using WriteFn = std::function<Result(QSqlDatabase)>;

    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    Result create(const QString &path);
    Result open(const QString &path);
    void close();

    bool isOpen() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    QSqlDatabase db() const;
    QUndoStack *undoStack() const { return m_undoStack; }

    // Runs fn in one transaction as one journaled batch, then announces what changed.
    // Nothing of a failed fn stays in the file.
    Result write(BatchKind kind, const QString &label, const WriteFn &fn, qint64 *batchId = nullptr);
    // Undoes or redoes a committed batch as a new batch of its own.
    Result revert(qint64 batchId, qint64 *newBatchId = nullptr);
    Result replay(qint64 batchId, qint64 *newBatchId = nullptr);
    // Tells the views about a batch written on another connection (an import's worker
    // thread, see BatchRunner), once it has committed.
    void announce(const ChangeSet &changes);

    // Observers run inside every batch's transaction, before the commit (see
    // batchobserver.h); the workspace owns them. Kempt::attachQuality registers the
    // data-quality refresher.
    void addBatchObserver(std::unique_ptr<BatchObserver> observer);
    QList<BatchObserver *> batchObservers() const;

    // A consistent copy of the open workspace, written beside the target and then renamed.
    Result saveCopy(const QString &target);

    QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; }

    // Workspace-wide settings kept in the file (default region, currency ...).
    QString setting(const QString &key, const QString &fallback = QString()) const;
    Result setSetting(const QString &key, const QString &value);

Q_SIGNALS:
    void opened(const QString &path);
    void closed();
    void changed(const Kempt::ChangeSet &changes);
    void errorOccurred(const QString &message);

private:
    Result runBatch(BatchKind kind, const QString &label, qint64 origin, const WriteFn &fn, qint64 *batchId);
    Result openWith(const QString &path, bool create);

    QString m_path;
    QString m_connection;
    QString m_author;
    QUndoStack *m_undoStack;
    std::vector<std::unique_ptr<BatchObserver>> m_observers;
};

} // namespace Kempt
