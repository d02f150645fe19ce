#include "io/textdecoder.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucnv_err.h>

namespace Kempt {

struct TextDecoderCallback
{
    // Counts an invalid or unmapped sequence, then substitutes U+FFFD as ICU would.
    static void U_CALLCONV onError(const void *context, UConverterToUnicodeArgs *args, const char *codeUnits, int32_t length,
                                   UConverterCallbackReason reason, UErrorCode *error)
    {
        auto *decoder = static_cast<TextDecoder *>(const_cast<void *>(context));
        if (reason == UCNV_UNASSIGNED || reason == UCNV_ILLEGAL || reason == UCNV_IRREGULAR) {
            ++decoder->m_invalid;
            if (decoder->m_firstInvalid < 0) {
                qint64 at = decoder->m_offset;
                if (decoder->m_block && args && args->source)
                    at += qint64(args->source - decoder->m_block) - length;
                decoder->m_firstInvalid = qMax<qint64>(0, at);
            }
        }
        UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, codeUnits, length, reason, error);
    }
};

TextDecoder::TextDecoder(const QByteArray &encoding)
    : m_encoding(encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    m_converter = ucnv_open(encoding.constData(), &status);
    if (U_FAILURE(status)) {
        m_converter = nullptr;
        return;
    }
    status = U_ZERO_ERROR;
    ucnv_setToUCallBack(m_converter, &TextDecoderCallback::onError, this, nullptr, nullptr, &status);
}

TextDecoder::~TextDecoder()
{
    if (m_converter)
        ucnv_close(m_converter);
}

QString TextDecoder::convert(const char *data, qsizetype size, bool flush)
{
    if (!m_converter)
        return QString();
    QString out;
    // Every encoding ICU knows yields at most two UTF-16 units per input byte; a character
    // held back from the previous block adds a few.
    out.resize(size * 2 + 16);
    UChar *target = reinterpret_cast<UChar *>(out.data());
    UChar *const targetStart = target;
    UChar *const targetLimit = target + out.size();
    const char *source = data;
    m_block = data;
    UErrorCode status = U_ZERO_ERROR;
    ucnv_toUnicode(m_converter, &target, targetLimit, &source, data + size, nullptr, flush, &status);
    m_block = nullptr;
    m_offset += size;
    out.truncate(target - targetStart);
    if (!m_started && !out.isEmpty()) {
        m_started = true;
        if (out.at(0) == QChar(0xFEFF))
            out.remove(0, 1);
    }
    return out;
}

QString TextDecoder::decode(const char *data, qsizetype size)
{
    return convert(data, size, false);
}

QString TextDecoder::finish()
{
    return convert("", 0, true);
}

} // namespace Kempt
