#pragma once

#include "core/result.h"
#include "io/vcardrecord.h"

#include <QByteArray>
#include <QString>
#include <memory>

class QFile;
class QIODevice;

namespace Kempt {

class ProgressSink;
class TextDecoder;

// Reads contacts from a vCard file (.vcf: 2.1, 3.0 and 4.0, one or many cards) one card
// at a time, so a phone's whole address book never needs to sit in memory.
//
// Folded lines are unfolded as bytes, before any decoding, because phones fold in the
// middle of a UTF-8 character; vCard 2.1's quoted-printable values continue over soft
// line breaks ("=" at the end of a line) and are decoded in their CHARSET. A file in
// UTF-16 (some Windows exports) is recognised by EncodingDetector. Cards nested in AGENT
// are skipped, and so is PHOTO (its size is reported). VCardFields says which properties
// become which fields.
class VCardReader
{
public:
    explicit VCardReader(const QString &path);
    VCardReader(QIODevice *device, const QString &name);
    ~VCardReader();
    VCardReader(const VCardReader &) = delete;
    VCardReader &operator=(const VCardReader &) = delete;

    // Fails for a file that cannot be read, is empty or holds binary data.
    Result open();
    // The next card; false at the end of the file, after an error or when cancelled.
    bool next(VCardRecord *record);
    Result status() const { return m_status; }
    bool wasCancelled() const { return m_cancelled; }
    // Told (bytes read, file size) every few hundred cards; returning false cancels.
    void setProgressSink(ProgressSink *sink) { m_progress = sink; }
    QString fileName() const { return m_name; }
    qint64 lineNumber() const { return m_line; }

    // A content line longer than this (after unfolding) is refused: no contact needs it.
    static constexpr qint64 kMaxLineBytes = qint64(64) << 20;

private:
    bool fill();
    bool readPhysicalLine(QByteArray *line);
    bool readLogicalLine(QByteArray *line, qint64 *start);
    void fail(const QString &message);

    QString m_name;
    QIODevice *m_device = nullptr;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<TextDecoder> m_transcoder; // UTF-16 and UTF-32 files, to UTF-8
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_line = 0;
    QByteArray m_peek;
    qint64 m_peekLine = 0;
    bool m_hasPeek = false;
    Result m_status;
    bool m_cancelled = false;
    bool m_opened = false;
    ProgressSink *m_progress = nullptr;
    qint64 m_cards = 0;
    qint64 m_bytes = 0;
};

} // namespace Kempt
