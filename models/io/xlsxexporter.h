#pragma once

#include "core/result.h"
#include "io/xlsxwriterlibrary.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Kempt {

// Writes one sheet of an Excel workbook (.xlsx) row by row with libxlsxwriter, in its
// constant-memory mode: a million rows cost the memory of one.
//
// Every value is written as a text cell unless its column is declared Number or Date and
// the value really is one ("00123" stays text, so postcodes and phone numbers keep their
// zeros; a date before March 1900, which Excel cannot hold, stays text). A text cell is never a formula, so "=HYPERLINK(...)" from a hostile record is
// shown, not run: formula injection cannot happen. The header row is bold and frozen.
class XlsxExporter
{
public:
    enum class Kind { Text, Number, Date };

    static constexpr int kMaxRows = 1048576;    // Excel's last row, the header included
    static constexpr int kMaxCellChars = 32767; // the most an Excel cell holds

    explicit XlsxExporter(const QString &path, const QString &sheetName = QStringLiteral("Sheet1"));
    ~XlsxExporter();
    XlsxExporter(const XlsxExporter &) = delete;
    XlsxExporter &operator=(const XlsxExporter &) = delete;

    Result open();
    // Per column; columns without a kind are text.
    void setKinds(const QList<Kind> &kinds) { m_kinds = kinds; }
    Result writeHeader(const QStringList &names);
    // A failure names the row and column: too many rows, a cell over 32,767 characters.
    Result writeRow(const QStringList &cells);
    // Writes the workbook file; nothing usable exists at path before this succeeds.
    Result close();
    qint64 rowsWritten() const { return m_row; }

    // "42", "-3.5": a number Excel keeps exactly; not "007", "1e5" or 16+ digits.
    static bool isPlainNumber(const QString &text);

private:
    Result writeCell(int column, const QString &text, Kind kind);
    Result failure(int code) const;

    QString m_path;
    QString m_sheetName;
    QByteArray m_tempDir;
    const XlsxWriterLibrary::Api *m_api = nullptr;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_date = nullptr;
    QList<Kind> m_kinds;
    qint64 m_row = 0;
};

} // namespace Kempt
