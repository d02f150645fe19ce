#pragma once

#include "import/importmapping.h"

#include <QString>

namespace Kempt {

// Everything a person decides in the import wizard (or on kempt-cli's command line)
// besides the file itself.
struct ImportOptions
{
    enum class Cleanup {
        ApplyFixes,   // values are stored the way the style guide's fixes write them
        KeepOriginal, // values are stored as the file has them; issues are still recorded
    };

    // The 1-based number of the row that holds the headers among the rows that have any
    // value; 0 when the file has none (columns are then called Column 1, Column 2 ...).
    int headerRow = 1;
    ImportMapping mapping; // no columns: guessed from the headers
    Cleanup cleanup = Cleanup::ApplyFixes;
    bool skipInvalidRows = false; // rows with an error the guide blocks saving for are rejected
    bool dryRun = false;          // everything is checked and counted, nothing is kept
    QString rejectedReport;       // a CSV of the rejected rows and their reasons, when set
};

} // namespace Kempt
