#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <QStringList>
#include <memory>

class QIODevice;

namespace Kempt {

class TextDecoder;

// Reads CSV one record at a time (RFC 4180): quoted cells may hold the delimiter, line
// breaks and quotes written as "". Records may end with CRLF, LF or a lone CR. A UTF-8
// byte order mark at the start is skipped; text is decoded as UTF-8 unless another
// encoding is set (setEncoding: UTF-16, Windows code pages, KOI8-R, ISO-8859-x through
// ICU). The file is read in blocks, so a million rows never sit in memory at once.
//
// Lenient where spreadsheets are sloppy and strict where data would be lost: a quote in
// the middle of an unquoted cell is kept as a character, text after a closing quote is
// appended to the cell, but a quoted cell still open at the end of the file is an error
// that names the line where it started. With setRejectInvalidText(true), bytes that are
// not valid in the encoding (a UTF-8 file with a Windows-1252 paragraph pasted in) stop
// the reading with an error naming the line, instead of becoming U+FFFD.
class CsvReader
{
public:
    explicit CsvReader(QIODevice *device, QChar delimiter = QLatin1Char(','));
    ~CsvReader();

    // Before the first record: " by default; ' for files that quote with apostrophes.
    void setQuote(QChar quote) { m_quote = quote; }
    // Before the first record; a name TextDecoder (ICU) knows. False when it knows none.
    bool setEncoding(const QByteArray &encoding);
    void setRejectInvalidText(bool reject) { m_rejectInvalid = reject; }

    // The next record's cells; false at the end of the file or after an error (see
    // errorString()). An empty line is a record with one empty cell.
    bool readRecord(QStringList *cells);

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // 1-based: the number of the record last read and the line it started on.
    qint64 recordNumber() const { return m_records; }
    qint64 lineNumber() const { return m_recordLine; }

private:
    bool fill();
    QChar peek(qsizetype offset);
    QString decode(const QByteArray &bytes, bool *invalid);
    bool failInvalidText();

    QIODevice *m_device;
    QChar m_delimiter;
    QChar m_quote = QLatin1Char('"');
    QStringDecoder m_decoder;
    std::unique_ptr<TextDecoder> m_icu; // encodings other than UTF-8
    QByteArray m_encoding = QByteArrayLiteral("UTF-8");
    bool m_rejectInvalid = false;
    qsizetype m_invalidAt = -1; // index in m_buffer of the first character decoded from invalid bytes
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_started = false;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_records = 0;
    QString m_error;
};

} // namespace Kempt
