#pragma once

#include "core/result.h"
#include "import/importoptions.h"
#include "import/importrows.h"
#include "import/importsummary.h"

#include <QList>
#include <QSqlDatabase>

namespace Kempt {

class BatchObserver;
class TableSource;

// The import's engine, headless: reads a table row by row, maps each row to a contact,
// cleans it with the workspace's style guide, applies the duplicate decisions, and
// writes everything as ONE journaled change batch, so that undoing the import
// (UndoImport) restores the workspace exactly - contacts it updated or merged into
// included - and a cancel or a failure leaves nothing behind. kempt-cli calls it
// directly; the wizard runs it in ImportJob on a worker thread with that thread's own
// connection.
//
//   std::unique_ptr<TableSource> source;
//   SourceFactory::open(path, options.source, &source);
//   Importer importer(db, workspace.batchObservers());
//   importer.run(*source, options, &summary);   // summary.created, .updated, .merged ...
class Importer
{
public:
    // db: a connection the calling thread owns. observers: run inside the batch (the
    // data-quality refresh); they must belong to this thread too.
    Importer(QSqlDatabase db, const QList<BatchObserver *> &observers = {});

    void setAuthor(const QString &author) { m_author = author; }

    // source: opened, with the sheet to read selected; its progress sink (if any) is the
    // import's (bytes read of the file), and a cancel there cancels the import. When
    // duplicates must be looked for first (options.onDuplicate without
    // options.duplicatesFound), the sink is told that search's progress (0 to 1000) first.
    // A dry run reports what would happen and keeps nothing.
    Result run(TableSource &source, const ImportOptions &options, ImportSummary *summary);

    // The header row of a source, as the wizard shows it; columns without a header are
    // called "Column N".
    static Result readHeaders(TableSource &source, int headerRow, QStringList *headers);

private:
    Result importRows(QSqlDatabase db, TableSource &source, const ImportOptions &options, const ImportRows::Layout &layout,
                      const QList<ImportDuplicateGroup> &duplicates, ImportSummary *summary);

    QSqlDatabase m_db;
    QList<BatchObserver *> m_observers;
    QString m_author;
};

} // namespace Kempt
