#include "io/xlsxexporter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include "io/xlsxwriterlibrary.h"

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

// A carriage return is escaped too: XML parsers turn a literal one into a line feed.
bool isControl(QChar c)
{
    return c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n');
}

bool isHex(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

// XML 1.0 has no place for most control characters, so they are written in Excel's own
// escape ("_x0001_"); text that already looks like such an escape gets its underscore
// escaped ("_x005F_"), so readers give back exactly what was written.
QByteArray cellText(const QString &text)
{
    bool clean = !text.contains(QLatin1String("_x"));
    for (qsizetype i = 0; clean && i < text.size(); ++i)
        clean = !isControl(text.at(i));
    if (clean)
        return text.toUtf8();
    QString out;
    out.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isControl(c)) {
            out += QStringLiteral("_x") + QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')) + QLatin1Char('_');
        } else if (c == QLatin1Char('_') && i + 6 < text.size() && text.at(i + 1) == QLatin1Char('x') && isHex(text.at(i + 2))
                   && isHex(text.at(i + 3)) && isHex(text.at(i + 4)) && isHex(text.at(i + 5)) && text.at(i + 6) == QLatin1Char('_')) {
            out += QLatin1String("_x005F_");
        } else {
            out += c;
        }
    }
    return out.toUtf8();
}

} // namespace

XlsxExporter::XlsxExporter(const QString &path, const QString &sheetName)
    : m_path(path)
    , m_sheetName(sheetName)
{
}

XlsxExporter::~XlsxExporter()
{
    if (m_workbook) {
        // Not closed: the file is unfinished, so it is not left behind.
        m_api->workbookClose(m_workbook);
        QFile::remove(m_path);
    }
}

bool XlsxExporter::isPlainNumber(const QString &text)
{
    const qsizetype n = text.size();
    qsizetype i = text.startsWith(QLatin1Char('-')) ? 1 : 0;
    if (i >= n || text.at(i) < QLatin1Char('0') || text.at(i) > QLatin1Char('9'))
        return false;
    if (text.at(i) == QLatin1Char('0') && i + 1 < n && text.at(i + 1) != QLatin1Char('.'))
        return false; // leading zero: an identifier, not a number
    int digits = 0;
    bool point = false;
    for (; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('.') && !point && i + 1 < n) {
            point = true;
        } else if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            ++digits;
        } else {
            return false;
        }
    }
    return digits <= 15;
}

Result XlsxExporter::failure(int code) const
{
    return Result::failure(Tr::tr("%1 cannot be written: %2. Check the free disk space and the folder's permissions.")
                               .arg(QDir::toNativeSeparators(m_path), QString::fromUtf8(m_api->strerror(lxw_error(code)))));
}

Result XlsxExporter::open()
{
    QString error;
    m_api = XlsxWriterLibrary::api(&error);
    if (!m_api)
        return Result::failure(error);
    m_tempDir = QDir::tempPath().toUtf8();
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_tempDir.data();
    options.use_zip64 = LXW_TRUE;
    const QByteArray path = QFile::encodeName(m_path);
    m_workbook = m_api->workbookNewOpt(path.constData(), &options);
    if (!m_workbook)
        return Result::failure(Tr::tr("%1 cannot be created. Choose a folder you can write to.").arg(QDir::toNativeSeparators(m_path)));
    // Excel refuses sheet names over 31 characters and with []:*?/\ in them.
    QString name = m_sheetName.left(31);
    for (const QChar c : QStringLiteral("[]:*?/\\"))
        name.replace(c, QLatin1Char('_'));
    m_sheet = m_api->workbookAddWorksheet(m_workbook, name.isEmpty() ? nullptr : name.toUtf8().constData());
    m_bold = m_api->workbookAddFormat(m_workbook);
    m_api->formatSetBold(m_bold);
    m_date = m_api->workbookAddFormat(m_workbook);
    m_api->formatSetNumFormat(m_date, "yyyy-mm-dd");
    if (!m_sheet)
        return failure(LXW_ERROR_MEMORY_MALLOC_FAILED);
    return Result::success();
}

Result XlsxExporter::writeHeader(const QStringList &names)
{
    if (!m_sheet)
        return Result::failure(Tr::tr("%1 is not open for writing.").arg(QDir::toNativeSeparators(m_path)));
    for (int c = 0; c < names.size(); ++c)
        m_api->worksheetSetColumn(m_sheet, lxw_col_t(c), lxw_col_t(c), 18, nullptr);
    m_api->worksheetFreezePanes(m_sheet, 1, 0);
    for (int c = 0; c < names.size(); ++c) {
        const lxw_error e = m_api->worksheetWriteString(m_sheet, lxw_row_t(m_row), lxw_col_t(c), cellText(names.at(c)).constData(), m_bold);
        if (e != LXW_NO_ERROR)
            return failure(e);
    }
    ++m_row;
    return Result::success();
}

Result XlsxExporter::writeCell(int column, const QString &text, Kind kind)
{
    if (text.isEmpty())
        return Result::success();
    if (text.size() > kMaxCellChars)
        return Result::failure(Tr::tr("Row %1, column %2 holds %3 characters; an Excel cell holds at most %4. Export to CSV instead, or "
                                      "shorten the value.").arg(m_row + 1).arg(columnName(column)).arg(text.size()).arg(kMaxCellChars));
    lxw_error e = LXW_NO_ERROR;
    const lxw_row_t row = lxw_row_t(m_row);
    if (kind == Kind::Number && isPlainNumber(text)) {
        e = m_api->worksheetWriteNumber(m_sheet, row, lxw_col_t(column), text.toDouble(), nullptr);
    } else if (const QDate d = QDate::fromString(text, Qt::ISODate);
               kind == Kind::Date && text.size() == 10 && d.isValid() && d >= QDate(1900, 3, 1)) {
        // Excel has no dates before 1900 (and a false 29 February 1900): those stay text.
        lxw_datetime dt = {d.year(), uint8_t(d.month()), uint8_t(d.day()), 0, 0, 0.0};
        e = m_api->worksheetWriteDatetime(m_sheet, row, lxw_col_t(column), &dt, m_date);
    } else {
        // Always a string, never a formula: a leading "=" is shown, not calculated.
        e = m_api->worksheetWriteString(m_sheet, row, lxw_col_t(column), cellText(text).constData(), nullptr);
    }
    return e == LXW_NO_ERROR ? Result::success() : failure(e);
}

Result XlsxExporter::writeRow(const QStringList &cells)
{
    if (!m_sheet)
        return Result::failure(Tr::tr("%1 is not open for writing.").arg(QDir::toNativeSeparators(m_path)));
    if (m_row >= kMaxRows)
        return Result::failure(Tr::tr("An Excel sheet holds at most %1 rows, and there are more records. Export to CSV, or export a "
                                      "smaller selection.").arg(kMaxRows - 1));
    for (int c = 0; c < cells.size(); ++c) {
        const Result r = writeCell(c, cells.at(c), c < m_kinds.size() ? m_kinds.at(c) : Kind::Text);
        if (!r)
            return r;
    }
    ++m_row;
    return Result::success();
}

Result XlsxExporter::close()
{
    if (!m_workbook)
        return Result::failure(Tr::tr("%1 is not open for writing.").arg(QDir::toNativeSeparators(m_path)));
    const lxw_error e = m_api->workbookClose(m_workbook);
    m_workbook = nullptr;
    m_sheet = nullptr;
    if (e != LXW_NO_ERROR) {
        QFile::remove(m_path);
        return failure(e);
    }
    return Result::success();
}

} // namespace Kempt
