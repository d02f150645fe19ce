#pragma once

#include "io/vcardrecord.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace Kempt {

// Writes contacts as vCard 3.0 (RFC 2426: what Apple Contacts, Outlook and Google read
// everywhere) or 4.0 (RFC 6350), in UTF-8 with CRLF line ends.
//
// Text is escaped (backslash, comma, semicolon, line break) and every line is folded at
// 75 octets without cutting a UTF-8 character in two, so a Cyrillic or Arabic name
// survives readers that unfold strictly. Labels become TYPE parameters (mobile -> CELL),
// the first address, number and e-mail are marked preferred, and 4.0 writes birthdays
// in its basic form (19700310). The input is a VCardRecord, as VCardReader produces it.
class VCardWriter
{
public:
    enum class Version { V30, V40 };

    VCardWriter(QIODevice *device, Version version);
    ~VCardWriter();
    VCardWriter(const VCardWriter &) = delete;
    VCardWriter &operator=(const VCardWriter &) = delete;

    // Cards are buffered and written in blocks; false once the device refused a write.
    bool write(const VCardRecord &record);
    bool flush();
    bool hasError() const { return m_failed; }
    QString errorString() const;

    // One content line (without CRLF) folded: lines of at most 75 octets, continuations
    // starting with a space, UTF-8 sequences never split.
    static QByteArray fold(const QByteArray &line);
    // Escapes a text value or one component of a structured value.
    static QString escape(const QString &text);

private:
    void line(const QString &content);

    QIODevice *m_device;
    Version m_version;
    QByteArray m_buffer;
    bool m_failed = false;
};

} // namespace Kempt
