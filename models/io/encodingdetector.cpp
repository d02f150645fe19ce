#include "io/encodingdetector.h"
#include "io/textdecoder.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <algorithm>
#include <memory>
#include <uchardet/uchardet.h>
#include <unicode/ucnv.h>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

constexpr qint64 kSampleBytes = 64 * 1024;

bool hasPrefix(const QByteArray &bytes, const char *prefix, int size)
{
    return bytes.size() >= size && memcmp(bytes.constData(), prefix, size) == 0;
}

bool isTextByte(uchar c)
{
    return (c >= 0x20 && c < 0x7F) || c == '\t' || c == '\n' || c == '\r';
}

// UTF-16 without a byte order mark: a NUL in every other position, paired with a printable
// ASCII byte (the high byte of digits, commas and line breaks, which even Cyrillic or
// Arabic text has), and no 8-bit text looks like that.
QByteArray utf16ByPattern(const QByteArray &sample)
{
    const qsizetype n = qMin<qsizetype>(sample.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return {};
    qsizetype leText = 0, leOther = 0, beText = 0, beOther = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        const uchar first = uchar(sample.at(i));
        const uchar second = uchar(sample.at(i + 1));
        if (second == 0)
            (isTextByte(first) ? leText : leOther) += 1;
        if (first == 0)
            (isTextByte(second) ? beText : beOther) += 1;
    }
    const qsizetype enough = qMax<qsizetype>(2, n / 2 / 20);
    if (leText >= enough && leOther * 10 <= leText && beText * 10 < leText)
        return QByteArrayLiteral("UTF-16LE");
    if (beText >= enough && beOther * 10 <= beText && leText * 10 < beText)
        return QByteArrayLiteral("UTF-16BE");
    return {};
}

bool looksBinary(const QByteArray &sample)
{
    static const char *const signatures[] = {"PK\x03\x04", "%PDF", "\x89PNG", "GIF8", "\xFF\xD8\xFF", "\xD0\xCF\x11\xE0", "\x1F\x8B", "BZh",
                                             "\x7F" "ELF", "MZ"};
    for (const char *s : signatures)
        if (sample.startsWith(s))
            return true;
    const qsizetype n = qMin<qsizetype>(sample.size(), 8192);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(sample.at(i));
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A)
            ++controls;
    }
    return n > 0 && controls * 10 > n;
}

} // namespace

bool EncodingDetector::isValidUtf8(const QByteArray &bytes, bool atEnd)
{
    const uchar *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        uint cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + len > n) {
            // A sequence cut by the end of the sample is fine unless the sample is the file.
            for (qsizetype k = i + 1; k < n; ++k)
                if ((p[k] & 0xC0) != 0x80)
                    return false;
            return !atEnd;
        }
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        i += len;
    }
    return true;
}

void EncodingDetector::countUtf8(const QByteArray &bytes, qsizetype *valid, qsizetype *invalid)
{
    *valid = *invalid = 0;
    const uchar *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        const int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        bool ok = len > 0 && i + len <= n;
        for (int k = 1; ok && k < len; ++k)
            ok = (p[i + k] & 0xC0) == 0x80;
        if (ok) {
            ++*valid;
            i += len;
        } else {
            ++*invalid;
            ++i;
        }
    }
}

EncodingDetector::Detection EncodingDetector::detect(const QByteArray &sample, bool atEnd)
{
    Detection d;
    if (hasPrefix(sample, "\xEF\xBB\xBF", 3)) {
        d.encoding = QByteArrayLiteral("UTF-8");
        d.bomLength = 3;
        d.source = Source::ByteOrderMark;
        d.confidence = 1;
        return d;
    }
    if (hasPrefix(sample, "\xFF\xFE\x00\x00", 4) || hasPrefix(sample, "\x00\x00\xFE\xFF", 4)) {
        d.encoding = sample.at(0) == '\xFF' ? QByteArrayLiteral("UTF-32LE") : QByteArrayLiteral("UTF-32BE");
        d.bomLength = 4;
        d.source = Source::ByteOrderMark;
        d.confidence = 1;
        return d;
    }
    if (hasPrefix(sample, "\xFF\xFE", 2) || hasPrefix(sample, "\xFE\xFF", 2)) {
        d.encoding = sample.at(0) == '\xFF' ? QByteArrayLiteral("UTF-16LE") : QByteArrayLiteral("UTF-16BE");
        d.bomLength = 2;
        d.source = Source::ByteOrderMark;
        d.confidence = 1;
        return d;
    }
    const QByteArray utf16 = utf16ByPattern(sample);
    if (!utf16.isEmpty()) {
        d.encoding = utf16;
        d.source = Source::Utf16Pattern;
        d.confidence = 0.9;
        return d;
    }
    d.binary = looksBinary(sample);
    if (isValidUtf8(sample, atEnd)) {
        d.encoding = QByteArrayLiteral("UTF-8");
        d.source = Source::Utf8;
        const bool ascii = std::all_of(sample.cbegin(), sample.cend(), [](char c) { return uchar(c) < 0x80; });
        d.confidence = ascii ? 1.0 : 0.99;
        return d;
    }
    // Legacy text seldom holds a valid multi-byte sequence, let alone as many as it has
    // invalid bytes; a UTF-8 file with a pasted Latin-1 line is the other way round.
    qsizetype valid = 0, invalid = 0;
    countUtf8(sample, &valid, &invalid);
    if (valid > 0 && valid >= invalid) {
        d.encoding = QByteArrayLiteral("UTF-8");
        d.source = Source::Utf8;
        d.mixed = true;
        d.confidence = 0.9 * double(valid) / double(valid + invalid);
        return d;
    }
    std::unique_ptr<uchardet, void (*)(uchardet_t)> detector(uchardet_new(), uchardet_delete);
    uchardet_handle_data(detector.get(), sample.constData(), size_t(sample.size()));
    uchardet_data_end(detector.get());
    const QByteArray guess = QByteArray(uchardet_get_charset(detector.get())).toUpper();
    QByteArray name;
    if (!guess.isEmpty() && guess != "ASCII" && guess != "UTF-8" && guess != "ISO-8859-1")
        name = canonicalName(QString::fromLatin1(guess));
    if (name.isEmpty()) {
        d.encoding = QByteArrayLiteral("windows-1252");
        d.source = guess == "ISO-8859-1" ? Source::Statistics : Source::Fallback;
    } else {
        d.encoding = name;
        d.source = Source::Statistics;
    }
    d.confidence = d.source == Source::Fallback ? 0.3 : plausibility(sample, d.encoding);
    return d;
}

double EncodingDetector::plausibility(const QByteArray &sample, const QByteArray &encoding)
{
    TextDecoder decoder(encoding);
    if (!decoder.isValid())
        return 0;
    const QString text = decoder.decode(sample);
    qsizetype other = 0, letters = 0;
    QHash<int, qsizetype> scripts;
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            continue;
        ++other;
        if (c.isLetter()) {
            ++letters;
            ++scripts[int(c.script())];
        }
    }
    if (other == 0)
        return 0.95;
    qsizetype dominant = 0;
    for (const qsizetype n : std::as_const(scripts))
        dominant = qMax(dominant, n);
    const double share = double(dominant) / double(other);
    // Punctuation (curly quotes, dashes, the euro sign) is plausible too, but says less.
    const double punctuation = double(other - letters) / double(other) * 0.5;
    return qBound(0.4, 0.4 + 0.55 * qMin(1.0, share + punctuation), 0.95);
}

EncodingDetector::Detection EncodingDetector::detect(QIODevice *device)
{
    const qint64 start = device->pos();
    const QByteArray sample = device->read(kSampleBytes);
    const bool atEnd = device->atEnd();
    device->seek(start);
    return detect(sample, atEnd);
}

QByteArray EncodingDetector::canonicalName(const QString &name)
{
    const QByteArray latin = name.trimmed().toLatin1();
    if (latin.isEmpty() || latin.size() > 60)
        return {};
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(latin.constData(), &status);
    if (U_FAILURE(status) || !converter)
        return {};
    ucnv_close(converter);
    // The MIME name is the one people know ("ISO-8859-5", not IANA's "ISO_8859-5:1988").
    for (const char *standard : {"MIME", "IANA"}) {
        status = U_ZERO_ERROR;
        const char *name = ucnv_getStandardName(latin.constData(), standard, &status);
        if (U_SUCCESS(status) && name)
            return QByteArray(name);
    }
    status = U_ZERO_ERROR;
    const char *canonical = ucnv_getAlias(latin.constData(), 0, &status);
    if (U_SUCCESS(status) && canonical)
        return QByteArray(canonical);
    return latin;
}

Result EncodingDetector::checkName(const QString &name, const QString &file)
{
    if (!canonicalName(name).isEmpty())
        return Result::success();
    return Result::failure(Tr::tr("%1: \"%2\" is not a character encoding Kempt knows. Use a name such as UTF-8, UTF-16LE, windows-1252, "
                                  "windows-1251, ISO-8859-2 or KOI8-R.").arg(file, name));
}

QStringList EncodingDetector::commonEncodings()
{
    return {QStringLiteral("UTF-8"),        QStringLiteral("UTF-16LE"),     QStringLiteral("UTF-16BE"),
            QStringLiteral("windows-1252"), QStringLiteral("windows-1250"), QStringLiteral("windows-1251"),
            QStringLiteral("windows-1256"), QStringLiteral("KOI8-R"),       QStringLiteral("ISO-8859-1"),
            QStringLiteral("ISO-8859-2"),   QStringLiteral("ISO-8859-5"),   QStringLiteral("ISO-8859-6"),
            QStringLiteral("ISO-8859-7"),   QStringLiteral("ISO-8859-9"),   QStringLiteral("ISO-8859-15"),
            QStringLiteral("IBM866"),       QStringLiteral("macintosh"),    QStringLiteral("Shift_JIS"),
            QStringLiteral("GB18030"),      QStringLiteral("Big5"),         QStringLiteral("EUC-KR")};
}

} // namespace Kempt
