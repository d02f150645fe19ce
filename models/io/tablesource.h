#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

class QFile;
class QIODevice;

namespace Kempt {

class ProgressSink;

// A table read one row at a time, whatever file it comes from (XLSX, ODS, delimited text):
// the import wizard and the import engine read every format through this interface, so a
// million rows never sit in memory at once.
//
// A row is a list of cells in sheet order: cell 0 is column A even when the data starts
// further right, and rowNumber() is the row's number in the sheet (1-based) or the line
// a delimited record starts on, so messages point where the person looks. Rows are
// delivered from the first row holding a value to the last one; empty rows between them
// come as empty lists, so numbering never skips silently. Trailing empty cells are cut.
//
// Merged cells: the value is reported once, in the range's top-left cell; the other cells
// of the range are empty (also when an ODS file keeps hidden text in its covered cells,
// which nobody sees in the spreadsheet). mergedRanges() lists the ranges for a caller
// that wants to fill them.
class TableSource
{
public:
    struct Sheet
    {
        QString name;
        bool hidden = false;   // hidden or "very hidden": listed, but not offered first
        bool hasCells = true;  // false for chart sheets, which hold no table
    };

    // 0-based, inclusive; empty until a cell with a value was seen or the file declared it.
    struct CellRange
    {
        int firstRow = -1;
        int firstColumn = -1;
        int lastRow = -1;
        int lastColumn = -1;
        bool isEmpty() const { return firstRow < 0; }
        bool operator==(const CellRange &o) const
        {
            return firstRow == o.firstRow && firstColumn == o.firstColumn && lastRow == o.lastRow && lastColumn == o.lastColumn;
        }
        void include(int row, int column);
    };

    // Reads from a file; the name is used in every message.
    explicit TableSource(const QString &path);
    // Reads from an open, random-access device (a QBuffer in tests and fuzzers); name
    // stands for the file in messages.
    TableSource(QIODevice *device, const QString &name);
    virtual ~TableSource();
    TableSource(const TableSource &) = delete;
    TableSource &operator=(const TableSource &) = delete;

    // Opens the file and learns its sheets, then selects the first visible sheet with cells.
    Result open();
    QList<Sheet> sheets() const { return m_sheets; }
    int currentSheet() const { return m_current; }
    // Starts reading that sheet from its first row; a sheet can be selected again to re-read it.
    Result selectSheet(int index);
    Result selectSheet(const QString &name);

    // The next row; false at the end of the sheet, after an error or when cancelled (see status()).
    bool next(QStringList *row, qint64 *rowNumber = nullptr);
    qint64 rowNumber() const { return m_rowNumber; }
    // A failure after an error or a cancel, naming the file, the sheet and the row.
    Result status() const { return m_status; }
    bool wasCancelled() const { return m_cancelled; }

    // The cells holding values. Before the sheet is read to its end this is what the file
    // declares (XLSX) or what was seen so far; afterwards it is exactly the cells seen.
    CellRange usedRange() const;
    // Complete once the sheet was read to its end: XLSX lists merged ranges after the rows.
    QList<CellRange> mergedRanges() const { return m_merged; }

    // Told (done, total) in bytes of the part being read every few thousand rows; returning
    // false cancels the read. The sink must outlive the reading.
    void setProgressSink(ProgressSink *sink) { m_progress = sink; }
    ProgressSink *progressSink() const { return m_progress; }

    QString fileName() const { return m_name; }
    // Delimited text, whose cells are placed by counting delimiters: a row with more
    // cells than the header has its values in the wrong columns (an unquoted delimiter),
    // so the import rejects it instead of guessing. In a workbook a cell's column is
    // written in the file and such a row is just wider.
    virtual bool isDelimitedText() const { return false; }
    // What the reader left out on purpose, for the import's summary ("3 cards had a
    // picture, which was skipped"); complete once the sheet was read to its end.
    virtual QStringList readingNotes() const { return {}; }

protected:
    // Subclasses learn the sheets (setSheets) and keep what they need to read them.
    virtual Result openSource() = 0;
    virtual Result startSheet(int index) = 0;
    // The next row that has any cell element in the file, with its 1-based number; cells
    // may be empty. False at the end or after fail().
    virtual bool readRow(QStringList *row, qint64 *number) = 0;
    // Bytes of the current part read so far and in all, for progress.
    virtual qint64 bytesDone() const = 0;
    virtual qint64 bytesTotal() const = 0;

    QIODevice *device() const { return m_device; }
    void setSheets(const QList<Sheet> &sheets) { m_sheets = sheets; }
    // Records a failure; next() then returns false. The message is complete (file, place, what to do).
    void fail(const QString &message);
    bool failed() const { return !m_status.ok(); }
    void declareUsedRange(const CellRange &range) { m_declared = range; }
    void addMergedRange(const CellRange &range) { m_merged << range; }
    QString sheetName() const;

private:
    bool reportProgress();

    QString m_name;
    QIODevice *m_device = nullptr;
    QFile *m_file = nullptr;
    QList<Sheet> m_sheets;
    int m_current = -1;
    Result m_status;
    bool m_cancelled = false;
    bool m_opened = false;
    ProgressSink *m_progress = nullptr;
    qint64 m_rowNumber = 0;
    qint64 m_rowsRead = 0;
    // A row read ahead while empty rows before it are still being handed out.
    QStringList m_pending;
    qint64 m_pendingNumber = 0;
    bool m_hasPending = false;
    qint64 m_lastDelivered = 0;
    CellRange m_declared;
    CellRange m_seen;
    bool m_atEnd = false;
    QList<CellRange> m_merged;
};

} // namespace Kempt
