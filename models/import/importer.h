#pragma once

#include "core/result.h"
#include "import/importoptions.h"
#include "import/importsummary.h"

#include <QList>
#include <QSqlDatabase>

namespace Kempt {

class BatchObserver;
class TableSource;

// The import's engine, headless: reads a table row by row, maps each row to a contact,
// cleans it with the workspace's style guide, and writes everything as ONE journaled
// change batch, so that undoing the import (UndoImport) restores the workspace exactly
// and a cancel or a failure leaves nothing behind. kempt-cli calls it directly; the
// wizard runs it in ImportJob on a worker thread with that thread's own connection.
class Importer
{
public:
    // db: a connection the calling thread owns. observers: run inside the batch (the
    // data-quality refresh); they must belong to this thread too.
    Importer(QSqlDatabase db, const QList<BatchObserver *> &observers = {});

    void setAuthor(const QString &author) { m_author = author; }

    // source: opened, with the sheet to read selected; its progress sink (if any) is the
    // import's (bytes read of the file), and a cancel there cancels the import.
    // A dry run reports what would happen and keeps nothing.
    Result run(TableSource &source, const ImportOptions &options, ImportSummary *summary);

    // The header row of a source, as the wizard shows it; columns without a header are
    // called "Column N".
    static Result readHeaders(TableSource &source, int headerRow, QStringList *headers);

private:
    Result importRows(QSqlDatabase db, TableSource &source, const ImportOptions &options, const ImportMapping &mapping,
                      ImportSummary *summary);

    QSqlDatabase m_db;
    QList<BatchObserver *> m_observers;
    QString m_author;
};

} // namespace Kempt
