#include "io/vcardreader.h"
#include "audit/progresssink.h"
#include "io/encodingdetector.h"
#include "io/textdecoder.h"
#include "io/vcardfields.h"
#include "io/vcardproperty.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

constexpr qint64 kBlock = 64 * 1024;
constexpr int kProgressEveryCards = 256;
constexpr int kMaxProperties = 10000;

bool isQuotedPrintableHead(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    const QByteArray head = (colon < 0 ? line : line.left(colon)).toUpper();
    return head.contains("QUOTED-PRINTABLE") || head.contains("ENCODING=QP");
}

QString shown(const QByteArray &line)
{
    QString s = QString::fromUtf8(line.left(60)).trimmed();
    return line.size() > 60 ? s + QStringLiteral("…") : s;
}

} // namespace

VCardReader::VCardReader(const QString &path)
    : m_name(QDir::toNativeSeparators(path))
    , m_file(std::make_unique<QFile>(path))
{
    m_device = m_file.get();
}

VCardReader::VCardReader(QIODevice *device, const QString &name)
    : m_name(name)
    , m_device(device)
{
}

VCardReader::~VCardReader() = default;

void VCardReader::fail(const QString &message)
{
    if (m_status.ok())
        m_status = Result::failure(message);
}

Result VCardReader::open()
{
    if (m_file && !m_file->isOpen() && !m_file->open(QIODevice::ReadOnly)) {
        const QString reason = m_file->exists() ? m_file->errorString() : Tr::tr("it does not exist");
        fail(Tr::tr("%1 cannot be opened: %2. Check the name and that you may read the file.").arg(m_name, reason));
        return m_status;
    }
    if (!m_device || !m_device->isOpen()) {
        fail(Tr::tr("%1 cannot be read: the file is not open.").arg(m_name));
        return m_status;
    }
    const EncodingDetector::Detection d = EncodingDetector::detect(m_device);
    const QByteArray first = m_device->peek(8);
    if (first.isEmpty()) {
        fail(Tr::tr("%1 is empty (0 bytes). Export the contacts again or choose another file.").arg(m_name));
        return m_status;
    }
    // A card with a raw binary PHOTO is still a vCard; only a file that does not start
    // like one is refused for its binary bytes.
    const QByteArray start = m_device->peek(64).mid(d.encoding == "UTF-8" ? d.bomLength : 0).trimmed().toUpper();
    if (d.binary && !start.startsWith("BEGIN:VCARD") && !start.contains(".BEGIN:VCARD")) {
        fail(Tr::tr("%1 is not a vCard file: it holds binary data, not text. Choose the .vcf file your address book exported.").arg(m_name));
        return m_status;
    }
    if (d.encoding.startsWith("UTF-16") || d.encoding.startsWith("UTF-32"))
        m_transcoder = std::make_unique<TextDecoder>(d.encoding);
    else if (d.bomLength > 0)
        m_device->read(d.bomLength);
    m_opened = true;
    return m_status;
}

bool VCardReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    QByteArray block = m_device->read(kBlock);
    if (block.isEmpty()) {
        m_eof = true;
        if (m_transcoder)
            m_buffer += m_transcoder->finish().toUtf8();
        return false;
    }
    m_bytes += block.size();
    if (m_transcoder)
        block = m_transcoder->decode(block).toUtf8();
    m_buffer += block;
    return true;
}

// The next line without its line end (CRLF, LF or a lone CR); false at the end.
bool VCardReader::readPhysicalLine(QByteArray *line)
{
    for (;;) {
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        qsizetype i = m_pos;
        while (i < size && data[i] != '\n' && data[i] != '\r')
            ++i;
        // A CR at the end of the buffer may be the first half of CRLF.
        if (i < size && !(data[i] == '\r' && i + 1 == size && !m_eof)) {
            *line = m_buffer.mid(m_pos, i - m_pos);
            m_pos = i + 1;
            if (data[i] == '\r' && m_pos < size && data[m_pos] == '\n')
                ++m_pos;
            ++m_line;
            return true;
        }
        if (size - m_pos > kMaxLineBytes) {
            fail(Tr::tr("%1, line %2: the line is longer than %3 MB, which no contact needs. Check that this is a vCard file.")
                     .arg(m_name).arg(m_line + 1).arg(kMaxLineBytes >> 20));
            return false;
        }
        if (!fill()) {
            if (!m_status.ok())
                return false;
            if (m_pos < m_buffer.size()) {
                *line = m_buffer.mid(m_pos);
                m_pos = m_buffer.size();
                ++m_line;
                return true;
            }
            return false;
        }
    }
}

// The next content line with its folded continuations joined, as bytes.
bool VCardReader::readLogicalLine(QByteArray *line, qint64 *start)
{
    if (!m_hasPeek) {
        if (!readPhysicalLine(&m_peek))
            return false;
        m_peekLine = m_line;
    }
    *line = m_peek;
    *start = m_peekLine;
    m_hasPeek = false;
    const bool quotedPrintable = isQuotedPrintableHead(*line);
    while (readPhysicalLine(&m_peek)) {
        m_peekLine = m_line;
        if (!m_peek.isEmpty() && (m_peek.at(0) == ' ' || m_peek.at(0) == '\t')) {
            line->append(m_peek.constData() + 1, m_peek.size() - 1);
        } else if (quotedPrintable && line->endsWith('=')) {
            line->chop(1); // a quoted-printable soft line break
            line->append(m_peek);
        } else {
            m_hasPeek = true;
            break;
        }
        if (line->size() > kMaxLineBytes) {
            fail(Tr::tr("%1, line %2: the property is longer than %3 MB, which no contact needs. Check that this is a vCard file.")
                     .arg(m_name).arg(*start).arg(kMaxLineBytes >> 20));
            return false;
        }
    }
    return m_status.ok();
}

bool VCardReader::next(VCardRecord *record)
{
    *record = VCardRecord();
    if (!m_opened || !m_status.ok())
        return false;
    QList<VCardProperty> card;
    bool inCard = false;
    int depth = 0;
    QByteArray line;
    qint64 start = 0;
    while (readLogicalLine(&line, &start)) {
        if (line.trimmed().isEmpty())
            continue;
        const VCardProperty p = VCardProperty::parse(line);
        const bool begin = p.name() == "BEGIN" && p.rawValue().trimmed().toUpper() == "VCARD";
        const bool end = p.name() == "END" && p.rawValue().trimmed().toUpper() == "VCARD";
        if (!inCard) {
            if (!begin) {
                fail(Tr::tr("%1, line %2: a card must start with BEGIN:VCARD, but the line reads \"%3\". Check that this is a vCard (.vcf) "
                            "file; if it is damaged, export the contacts again.").arg(m_name).arg(start).arg(shown(line)));
                return false;
            }
            inCard = true;
            depth = 1;
            record->line = start;
            continue;
        }
        if (begin) {
            ++depth; // a card inside AGENT: not a contact of this file
            continue;
        }
        if (end) {
            if (--depth > 0)
                continue;
            VCardFields::apply(card, record);
            if (++m_cards % kProgressEveryCards == 0 && m_progress && !m_progress->progress(m_bytes, m_device->size())) {
                m_cancelled = true;
                fail(Tr::tr("Reading %1 was cancelled at line %2.").arg(m_name).arg(m_line));
                return false;
            }
            return true;
        }
        if (depth > 1)
            continue;
        if (p.name() == "PHOTO") {
            record->photoBytes += p.dataSize();
            continue;
        }
        if (p.name() == "LOGO" || p.name() == "SOUND" || p.name() == "KEY")
            continue;
        if (card.size() >= kMaxProperties) {
            fail(Tr::tr("%1, line %2: the card has more than %3 properties, which no contact needs. Check that this is a vCard file.")
                     .arg(m_name).arg(record->line).arg(kMaxProperties));
            return false;
        }
        card << p;
    }
    if (m_status.ok() && inCard)
        fail(Tr::tr("%1, line %2: the card that starts here has no END:VCARD; the file ends first and may be cut short. Export the "
                    "contacts again.").arg(m_name).arg(record->line));
    if (m_status.ok() && m_progress)
        m_progress->progress(m_bytes, m_bytes);
    return false;
}

} // namespace Kempt
