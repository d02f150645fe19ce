#pragma once

#include <QChar>
#include <QList>
#include <QStringView>

namespace Kempt {

// Finds the delimiter (comma, semicolon, tab or pipe) and the quote character (" or ') of
// delimited text from its first lines, already decoded.
//
// For every candidate the sample is split into records the way a CSV reader would
// (delimiters inside quotes do not count, quoted cells may span lines), and the candidate
// whose records most often have the same number of cells (more than one) wins. So
// "1,5;2,5" lines with a "a;b" header choose the semicolon, and a few preamble lines
// (LinkedIn's notes) do not derail it. Ties go to the earlier candidate: comma,
// semicolon, tab, pipe.
class DelimiterSniffer
{
public:
    struct Guess
    {
        QChar delimiter = QLatin1Char(',');
        QChar quote = QLatin1Char('"');
        int columns = 1;        // the usual number of cells per record
        double consistency = 0; // share of records with that many cells (0 to 1)
        bool found = false;     // false: one column only, or nothing to judge; comma assumed
    };

    static QList<QChar> delimiters();
    // sample: the start of the file; atEnd: the sample is the whole file (otherwise its
    // last, possibly cut record is left out). maxRecords bounds the work.
    static Guess sniff(QStringView sample, bool atEnd = false, int maxRecords = 100);

    // The number of cells of each record of sample split with delimiter and quote.
    static QList<int> cellCounts(QStringView sample, QChar delimiter, QChar quote, bool atEnd, int maxRecords);
};

} // namespace Kempt
