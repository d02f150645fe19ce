#pragma once

#include "core/result.h"
#include "import/importduplicategroup.h"
#include "import/importoptions.h"

#include <QList>
#include <QSqlDatabase>

namespace Kempt {

class ProgressSink;
class TableSource;

// The duplicates of an import, found before anything is written, for the wizard's
// duplicates page and for kempt-cli import --on-duplicate:
// - rows of the file that are one person (DuplicateFinder over the rows, grouped by
//   DuplicateClusterer: sure links chain, possible links do not);
// - rows that are an existing contact (DuplicateChecker against the workspace's stored
//   index; each row links to its best match);
// both joined into groups, each link explained (PairExplanation). Rows are read, mapped
// and cleaned exactly as the import will (ImportRows); rejected rows take no part.
//
//   ImportDuplicates finder(db);                         // this thread's connection
//   QList<ImportDuplicateGroup> groups;
//   if (Result r = finder.find(*source, options, &groups); !r) ...
//   groups[0].action = DuplicateAction::Merge;           // a person's decision
//   options.duplicates = groups; options.duplicatesFound = true;
//   Importer(db).run(*source, options, &summary);        // same source and options
//
// Reads the current sheet of source from its start and selects it again at the end. The
// first check on a workspace without a duplicate index builds it (long on a big one).
// Progress runs from 0 to 1000; returning false cancels.
class ImportDuplicates
{
public:
    explicit ImportDuplicates(QSqlDatabase db);

    Result find(TableSource &source, const ImportOptions &options, QList<ImportDuplicateGroup> *groups,
                ProgressSink *progress = nullptr);

    // The last find() stopped because the progress sink asked it to.
    bool wasCancelled() const { return m_cancelled; }

    // Every group gets action (the default policy for all groups).
    static void decideAll(QList<ImportDuplicateGroup> *groups, DuplicateAction action);

private:
    QSqlDatabase m_db;
    bool m_cancelled = false;
};

} // namespace Kempt
