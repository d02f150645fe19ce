#include "io/csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

constexpr qint64 BlockSize = 1 << 16;

} // namespace

CsvReader::CsvReader(QIODevice *device, QChar delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
    , m_decoder(QStringDecoder::Utf8)
{
}

// Appends the next block of text; false when nothing more can come.
bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray bytes = m_device ? m_device->read(BlockSize) : QByteArray();
    if (bytes.isEmpty()) {
        m_eof = true;
        return false;
    }
    QString text = m_decoder.decode(bytes);
    if (!m_started) {
        m_started = true;
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
    }
    m_buffer += text;
    return true;
}

QChar CsvReader::peek(qsizetype offset)
{
    while (m_pos + offset >= m_buffer.size())
        if (!fill())
            return QChar();
    return m_buffer.at(m_pos + offset);
}

bool CsvReader::readRecord(QStringList *cells)
{
    cells->clear();
    if (hasError())
        return false;
    if (m_pos >= m_buffer.size() && !fill())
        return false;
    m_recordLine = m_line;
    QString cell;
    bool quoted = false;      // inside a quoted section
    bool wasQuoted = false;   // the cell began with a quote
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (quoted) {
                m_error = Tr::tr("Line %1: a quoted cell is never closed. Add the closing quote (\") or remove the opening one.")
                              .arg(m_recordLine);
                cells->clear();
                return false;
            }
            *cells << cell;
            ++m_records;
            return true;
        }
        // Copy a run of ordinary characters in one step: most cells have no quotes.
        const qsizetype start = m_pos;
        const QChar *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        while (m_pos < size) {
            const QChar c = data[m_pos];
            if (c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n') || (!quoted && c == m_delimiter))
                break;
            ++m_pos;
        }
        cell.append(data + start, m_pos - start);
        if (m_pos >= size)
            continue;
        const QChar c = data[m_pos];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (peek(1) == QLatin1Char('"')) {
                    cell += QLatin1Char('"');
                    m_pos += 2;
                } else {
                    quoted = false;
                    ++m_pos;
                }
            } else {
                // A line break inside quotes belongs to the cell; CRLF is kept as written.
                if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && peek(1) != QLatin1Char('\n')))
                    ++m_line;
                cell += c;
                ++m_pos;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (cell.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                cell += c;
            }
            ++m_pos;
        } else if (c == m_delimiter) {
            *cells << cell;
            cell.clear();
            wasQuoted = false;
            ++m_pos;
        } else {
            // CR, LF or CRLF ends the record.
            ++m_pos;
            if (c == QLatin1Char('\r') && peek(0) == QLatin1Char('\n'))
                ++m_pos;
            ++m_line;
            *cells << cell;
            ++m_records;
            return true;
        }
    }
}

} // namespace Kempt
