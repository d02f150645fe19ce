#pragma once

#include <QList>
#include <QStringList>

namespace Kempt {

class TableSource;

// Finds where the table starts in a file that opens with notes: LinkedIn's Connections.csv
// begins with "Notes:", a long quoted paragraph and a blank line before its header; bank
// and survey exports put a title and a date above theirs.
//
// The table's width is the number of cells most records have (counting up to the last
// non-empty cell); the header is the first record that fills that width (or comes within
// one cell of it) and is followed by records of about the same width. Records before it
// are the preamble. A file whose records all have one cell has no preamble.
class PreambleDetector
{
public:
    // records: the first records of the file as a CSV reader returns them (30 or more
    // give a safe answer). Returns the index of the header record, 0 when there is no
    // preamble.
    static int headerRow(const QList<QStringList> &records);
    // The same for the current sheet of source, read from its start and selected again
    // afterwards: the 1-based number of the header among the rows that have a value
    // (ImportOptions::headerRow), 1 when there is no preamble.
    static int headerRow(TableSource &source, int sampleRows = 60);
    // The number of cells up to the last non-empty one.
    static int width(const QStringList &record);
};

} // namespace Kempt
