#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QStringList>

class QIODevice;

namespace Kempt {

// Finds the character encoding of a text file (CSV, TSV, vCard) from its first bytes.
//
// In this order: a byte order mark (UTF-8, UTF-16 LE/BE, UTF-32) decides; text with a NUL
// in every other byte is UTF-16 without a mark; bytes that are valid UTF-8 are UTF-8
// (plain ASCII included); anything else is handed to uchardet, which tells the legacy
// code pages apart by their letter statistics: Windows-1250/1251/1252/1256, KOI8-R,
// ISO-8859-x and the East Asian encodings. uchardet's ISO-8859-1 is reported as
// windows-1252, which decodes the same letters and also the curly quotes and euro sign
// Windows puts in 0x80-0x9F (browsers do the same). The names are the ones ICU and
// TextDecoder take; a person can always override the guess by name (canonicalName()).
class EncodingDetector
{
public:
    enum class Source {
        ByteOrderMark, // certain
        Utf8,          // the bytes are valid UTF-8 (or plain ASCII)
        Utf16Pattern,  // NUL bytes in every other position
        Statistics,    // uchardet's guess
        Fallback,      // nothing fit better: windows-1252 decodes any byte
    };

    struct Detection
    {
        QByteArray encoding;  // "UTF-8", "UTF-16LE", "windows-1251", "KOI8-R", ...
        int bomLength = 0;    // bytes of byte order mark at the start
        Source source = Source::Fallback;
        bool binary = false;  // control bytes or a binary signature: not a text file
        // How sure the guess is, 0 to 1: 1 for a byte order mark or plain ASCII, 0.99 for
        // valid UTF-8 with other letters, 0.9 for the UTF-16 pattern; for uchardet's guess
        // the share of the non-ASCII characters that decode to letters of one script
        // (0.4 to 0.95); 0.3 for the fallback.
        double confidence = 0;
        // Mostly valid UTF-8 with some bytes that are not: a file put together from parts
        // saved in two encodings. Reported as UTF-8, so that reading it stops at the first
        // bad line with a message instead of garbling the UTF-8 part.
        bool mixed = false;
    };

    // sample: the file's first bytes (64 KB is plenty); atEnd: it is the whole file, so a
    // multi-byte sequence cut at the end of the sample is an error rather than the cut.
    static Detection detect(const QByteArray &sample, bool atEnd = false);
    // Reads the first 64 KB of device and puts the position back.
    static Detection detect(QIODevice *device);

    // The name TextDecoder uses for name, which may be any alias ICU knows
    // ("latin1", "cp1251", "utf8"); empty when the encoding is unknown.
    static QByteArray canonicalName(const QString &name);
    // A failure naming file and the unknown encoding, with names that would work.
    static Result checkName(const QString &name, const QString &file);
    // The encodings the import wizard offers, most used first.
    static QStringList commonEncodings();

    static bool isValidUtf8(const QByteArray &bytes, bool atEnd);
    // Counts the valid multi-byte UTF-8 sequences and the bytes that start no valid one.
    static void countUtf8(const QByteArray &bytes, qsizetype *valid, qsizetype *invalid);
    // How plausible sample is as text in encoding, as Detection::confidence describes.
    static double plausibility(const QByteArray &sample, const QByteArray &encoding);
};

} // namespace Kempt
