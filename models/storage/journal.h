#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Kempt {

// The change log is written by triggers, so that every writer is journaled the same
// way, and undo is a replay of the log rather than per-command bookkeeping.
class Journal
{
public:
    // Tables whose rows are user data; everything else is derived or bookkeeping.
    static QStringList journaledTables();
    // Columns that triggers recompute and that are therefore never journaled.
    static QStringList derivedColumns(const QString &table);

    static Result installTriggers(QSqlDatabase db);
    static Result dropTriggers(QSqlDatabase db);

    // Called inside an open transaction: makes the triggers stamp rows with batchId.
    static Result setCurrentBatch(QSqlDatabase db, qint64 batchId);
    static Result clearCurrentBatch(QSqlDatabase db);

    // Inside an open transaction and batch: undoes (revert) or redoes (replay) every
    // row change of sourceBatch.
    static Result revert(QSqlDatabase db, qint64 sourceBatch);
    static Result replay(QSqlDatabase db, qint64 sourceBatch);

    static QStringList touchedTables(QSqlDatabase db, qint64 batchId);
};

} // namespace Kempt
