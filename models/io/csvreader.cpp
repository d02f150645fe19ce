#include "io/csvreader.h"
#include "io/encodingdetector.h"
#include "io/textdecoder.h"

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

CsvReader::~CsvReader() = default;

bool CsvReader::setEncoding(const QByteArray &encoding)
{
    const QByteArray name = EncodingDetector::canonicalName(QString::fromLatin1(encoding));
    if (name.isEmpty())
        return false;
    m_encoding = name;
    // Qt's own UTF-8 decoder is several times faster than ICU's converter.
    if (name == "UTF-8") {
        m_icu.reset();
        return true;
    }
    m_icu = std::make_unique<TextDecoder>(name);
    return m_icu->isValid();
}

// invalid: set when these bytes held a sequence that is not valid in the encoding.
QString CsvReader::decode(const QByteArray &bytes, bool *invalid)
{
    if (m_icu) {
        const qint64 before = m_icu->invalidSequences();
        QString text = bytes.isEmpty() ? m_icu->finish() : m_icu->decode(bytes);
        *invalid = m_icu->invalidSequences() > before;
        return text;
    }
    const bool before = m_decoder.hasError();
    QString text = m_decoder.decode(bytes);
    *invalid = !before && m_decoder.hasError();
    return text;
}

// Appends the next block of text; false when nothing more can come.
bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        if (m_invalidAt >= 0)
            m_invalidAt -= m_pos;
        m_pos = 0;
    }
    const QByteArray bytes = m_device ? m_device->read(BlockSize) : QByteArray();
    if (bytes.isEmpty()) {
        m_eof = true;
        // A character cut by the end of the file is invalid too.
        bool invalid = false;
        const QString rest = decode(QByteArray(), &invalid);
        if (m_rejectInvalid && invalid && m_invalidAt < 0)
            m_invalidAt = m_buffer.size() + qMax<qsizetype>(0, rest.indexOf(QChar::ReplacementCharacter));
        m_buffer += rest;
        return !rest.isEmpty();
    }
    bool invalid = false;
    QString text = decode(bytes, &invalid);
    if (!m_started) {
        m_started = true;
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
    }
    // The first replacement character of the block marks where the bad bytes were (a
    // U+FFFD written in the file itself earlier in the same block would move the mark
    // up a little; it stays on a line with a replacement character either way).
    if (m_rejectInvalid && invalid && m_invalidAt < 0)
        m_invalidAt = m_buffer.size() + qMax<qsizetype>(0, text.indexOf(QChar::ReplacementCharacter));
    m_buffer += text;
    return true;
}

bool CsvReader::failInvalidText()
{
    m_error = Tr::tr("Line %1 holds bytes that are not valid %2 text, so the file mixes encodings (a part saved by another "
                     "program). Save the whole file in one encoding, such as UTF-8, or choose the encoding that fits that part.")
                  .arg(m_line)
                  .arg(QString::fromLatin1(m_encoding));
    return false;
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
                m_error = Tr::tr("Line %1: a quoted cell is never closed. Add the closing quote (%2) or remove the opening one.")
                              .arg(m_recordLine)
                              .arg(m_quote);
                cells->clear();
                return false;
            }
            *cells << cell;
            ++m_records;
            return true;
        }
        if (m_invalidAt >= 0 && m_pos >= m_invalidAt) {
            cells->clear();
            return failInvalidText();
        }
        // Copy a run of ordinary characters in one step: most cells have no quotes.
        const qsizetype start = m_pos;
        const QChar *data = m_buffer.constData();
        const qsizetype size = m_invalidAt >= 0 ? qMin(m_invalidAt, m_buffer.size()) : m_buffer.size();
        const QChar quote = m_quote;
        while (m_pos < size) {
            const QChar c = data[m_pos];
            if (c == quote || c == QLatin1Char('\r') || c == QLatin1Char('\n') || (!quoted && c == m_delimiter))
                break;
            ++m_pos;
        }
        cell.append(data + start, m_pos - start);
        if (m_pos >= size)
            continue;
        const QChar c = data[m_pos];
        if (quoted) {
            if (c == m_quote) {
                if (peek(1) == m_quote) {
                    cell += m_quote;
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
        if (c == m_quote) {
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
