#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

struct UConverter;

namespace Kempt {

// Turns the bytes of a text file into text block by block, in any encoding ICU knows
// (UTF-8, UTF-16, the Windows code pages, KOI8-R, ISO-8859-x, ...). A character cut
// between two blocks is completed by the next one. A byte order mark at the start is
// dropped. Bytes that are not valid in the encoding become U+FFFD and are counted, with
// the offset of the first, so a reader can say where a file mixes encodings.
class TextDecoder
{
public:
    // encoding: a name EncodingDetector::canonicalName() accepts.
    explicit TextDecoder(const QByteArray &encoding);
    ~TextDecoder();
    TextDecoder(const TextDecoder &) = delete;
    TextDecoder &operator=(const TextDecoder &) = delete;

    bool isValid() const { return m_converter != nullptr; }
    QByteArray encoding() const { return m_encoding; }

    QString decode(const QByteArray &bytes) { return decode(bytes.constData(), bytes.size()); }
    QString decode(const char *data, qsizetype size);
    // The end of the input: an incomplete last character becomes U+FFFD.
    QString finish();

    qint64 invalidSequences() const { return m_invalid; }
    // Byte offset in the whole input of the first invalid sequence; -1 when none.
    qint64 firstInvalidOffset() const { return m_firstInvalid; }
    qint64 bytesDecoded() const { return m_offset; }

private:
    QString convert(const char *data, qsizetype size, bool flush);

    QByteArray m_encoding;
    UConverter *m_converter = nullptr;
    qint64 m_offset = 0;
    qint64 m_invalid = 0;
    qint64 m_firstInvalid = -1;
    bool m_started = false;
    // Where the block being converted starts, for the error callback.
    const char *m_block = nullptr;
    friend struct TextDecoderCallback;
};

} // namespace Kempt
