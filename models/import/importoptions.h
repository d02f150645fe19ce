#pragma once

#include "import/duplicateaction.h"
#include "import/importduplicategroup.h"
#include "import/importmapping.h"
#include "io/sourceoptions.h"

#include <QList>
#include <QString>

namespace Kempt {

// Everything a person decides in the import wizard (or on kempt-cli's command line)
// besides the file itself. Left as they are, everything is detected: the header row
// (PreambleDetector), the mapping (ImportMapping::guess) and, in source, the encoding,
// delimiter and quote; duplicates are not looked for.
struct ImportOptions
{
    enum class Cleanup {
        ApplyFixes,   // values are stored the way the style guide's fixes write them
        KeepOriginal, // values are stored as the file has them; issues are still recorded
    };

    static constexpr int DetectHeaderRow = -1;

    // How the file is read; SourceFactory::open takes it, the history records it.
    SourceOptions source;
    // The 1-based number of the row that holds the headers among the rows that have any
    // value; 0 when the file has none (columns are then called Column 1, Column 2 ...);
    // DetectHeaderRow: the first row unless notes come before the table (LinkedIn).
    int headerRow = DetectHeaderRow;
    ImportMapping mapping; // no columns: guessed from the headers
    Cleanup cleanup = Cleanup::ApplyFixes;
    bool skipInvalidRows = false; // rows with an error the guide blocks saving for are rejected
    bool dryRun = false;          // everything is checked and counted, nothing is kept
    QString rejectedReport;       // a CSV of the rejected rows and their reasons, when set

    // Duplicates. With duplicatesFound false the Importer looks for them itself unless
    // onDuplicate is Create, and gives every group onDuplicate. With duplicatesFound true,
    // duplicates is what ImportDuplicates found for this very file and options (the
    // wizard's duplicates page), each group with the action a person chose.
    DuplicateAction onDuplicate = DuplicateAction::Create;
    bool duplicatesFound = false;
    QList<ImportDuplicateGroup> duplicates;
};

} // namespace Kempt
