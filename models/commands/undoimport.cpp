#include "commands/undoimport.h"
#include "storage/journal.h"
#include "storage/sqlerror.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

// import_batches is history, not data: it is not journaled, so its status is set here.
Result setStatus(QSqlDatabase db, qint64 importId, const QString &status)
{
    QSqlQuery q(db);
    return exec(q, QStringLiteral("UPDATE import_batches SET status = ? WHERE id = ?"), {status, importId});
}

} // namespace

UndoImport::UndoImport(Workspace *workspace, qint64 importId)
    : m_workspace(workspace)
    , m_importId(importId)
{
    setText(Tr::tr("Undo import"));
}

Result UndoImport::load()
{
    QSqlQuery q(m_workspace->db());
    Result r = exec(q, QStringLiteral("SELECT file_name, status, coalesce(change_batch_id, 0) FROM import_batches WHERE id = ?"), {m_importId});
    if (!r)
        return r;
    if (!q.next())
        return Result::failure(Tr::tr("There is no import %1. See the Import history (kempt-cli imports) for the numbers.").arg(m_importId));
    m_fileName = q.value(0).toString();
    const QString status = q.value(1).toString();
    m_importBatch = q.value(2).toLongLong();
    if (status == QLatin1String("undone"))
        return Result::failure(Tr::tr("The import of %1 (%2) was already undone.").arg(m_fileName).arg(m_importId));
    if (status != QLatin1String("done") || m_importBatch <= 0)
        return Result::failure(Tr::tr("The import of %1 (%2) did not finish, so it left nothing to undo.").arg(m_fileName).arg(m_importId));
    setText(Tr::tr("Undo import of %1").arg(m_fileName));
    return Result::success();
}

// Reverts batch source as a new batch of its own, with the import's status set to go
// with it; the new batch is what the next undo or redo reverts in turn.
void UndoImport::revert(BatchKind kind, qint64 source, const QString &status)
{
    qint64 batch = 0;
    m_result = m_workspace->write(kind, text(), [this, source, status](QSqlDatabase db) {
        const Result r = Journal::revert(db, source);
        return r ? setStatus(db, m_importId, status) : r;
    }, &batch);
    if (m_result)
        m_revertBatch = batch;
}

void UndoImport::redo()
{
    if (!m_workspace) {
        m_result = Result::failure(Tr::tr("The workspace was closed."));
        return;
    }
    // The first time the import's own batch is reverted; after an undo of this command,
    // the batch that brought the import back.
    if (m_revertBatch == 0 && !(m_result = load()))
        return;
    revert(m_revertBatch == 0 ? BatchKind::Undo : BatchKind::Redo, m_revertBatch == 0 ? m_importBatch : m_revertBatch,
           QStringLiteral("undone"));
}

void UndoImport::undo()
{
    if (m_workspace && m_revertBatch > 0)
        revert(BatchKind::Undo, m_revertBatch, QStringLiteral("done"));
}

} // namespace Kempt
