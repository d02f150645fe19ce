#include "io/vcardproperty.h"
#include "io/encodingdetector.h"
#include "io/textdecoder.h"

namespace Kempt {

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

QByteArray unquote(const QByteArray &v)
{
    if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
        return v.mid(1, v.size() - 2);
    return v;
}

} // namespace

VCardProperty VCardProperty::parse(const QByteArray &line)
{
    VCardProperty p;
    // The value starts at the first colon outside a quoted parameter value.
    qsizetype colon = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (c == ':' && !quoted) {
            colon = i;
            break;
        }
    }
    const QByteArray head = colon < 0 ? line : line.left(colon);
    if (colon >= 0)
        p.m_value = line.mid(colon + 1);
    QList<QByteArray> parts;
    QByteArray current;
    quoted = false;
    for (const char c : head) {
        if (c == '"')
            quoted = !quoted;
        if (c == ';' && !quoted) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    QByteArray name = parts.takeFirst().trimmed();
    const qsizetype dot = name.lastIndexOf('.');
    if (dot >= 0) {
        p.m_group = name.left(dot).toLower();
        name = name.mid(dot + 1);
    }
    p.m_name = name.toUpper();
    for (const QByteArray &part : std::as_const(parts)) {
        const qsizetype eq = part.indexOf('=');
        if (eq < 0)
            p.m_params << qMakePair(QByteArrayLiteral("TYPE"), part.trimmed());
        else
            p.m_params << qMakePair(part.left(eq).trimmed().toUpper(), part.mid(eq + 1).trimmed());
    }
    return p;
}

QByteArray VCardProperty::param(const QByteArray &name) const
{
    for (const auto &p : m_params)
        if (p.first == name)
            return unquote(p.second);
    return {};
}

QStringList VCardProperty::types() const
{
    QStringList types;
    for (const auto &p : m_params) {
        if (p.first != "TYPE")
            continue;
        for (const QByteArray &t : unquote(p.second).split(','))
            if (!t.trimmed().isEmpty())
                types << QString::fromLatin1(unquote(t.trimmed())).toLower();
    }
    return types;
}

int VCardProperty::preference() const
{
    const QByteArray pref = param(QByteArrayLiteral("PREF"));
    if (!pref.isEmpty()) {
        bool ok = false;
        const int rank = pref.toInt(&ok);
        return ok && rank > 0 ? rank : 1;
    }
    return types().contains(QLatin1String("pref")) ? 1 : 0;
}

bool VCardProperty::isQuotedPrintable() const
{
    const QByteArray e = param(QByteArrayLiteral("ENCODING")).toUpper();
    if (e == "QUOTED-PRINTABLE" || e == "QP")
        return true;
    for (const auto &p : m_params)
        if (p.first == "TYPE" && (p.second.toUpper() == "QUOTED-PRINTABLE" || p.second.toUpper() == "QP"))
            return true;
    return false;
}

bool VCardProperty::isBase64() const
{
    const QByteArray e = param(QByteArrayLiteral("ENCODING")).toUpper();
    if (e == "B" || e == "BASE64")
        return true;
    for (const auto &p : m_params)
        if (p.first == "TYPE" && p.second.toUpper() == "BASE64")
            return true;
    return false;
}

QByteArray VCardProperty::decodeQuotedPrintable(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c != '=') {
            out += c;
            continue;
        }
        if (i + 2 < bytes.size() && hexDigit(bytes.at(i + 1)) >= 0 && hexDigit(bytes.at(i + 2)) >= 0) {
            out += char(hexDigit(bytes.at(i + 1)) * 16 + hexDigit(bytes.at(i + 2)));
            i += 2;
        } else if (i + 1 < bytes.size() && (bytes.at(i + 1) == '\r' || bytes.at(i + 1) == '\n')) {
            // A soft line break that survived unfolding.
            ++i;
            if (bytes.at(i) == '\r' && i + 1 < bytes.size() && bytes.at(i + 1) == '\n')
                ++i;
        } else if (i + 1 < bytes.size()) {
            out += c; // a lone "=" is kept, as lenient decoders do
        }
    }
    return out;
}

QString VCardProperty::text() const
{
    const QByteArray bytes = isQuotedPrintable() ? decodeQuotedPrintable(m_value) : m_value;
    QByteArray charset = EncodingDetector::canonicalName(QString::fromLatin1(param(QByteArrayLiteral("CHARSET"))));
    if (charset.isEmpty())
        charset = EncodingDetector::isValidUtf8(bytes, true) ? QByteArrayLiteral("UTF-8") : QByteArrayLiteral("windows-1252");
    if (charset == "UTF-8")
        return QString::fromUtf8(bytes);
    TextDecoder decoder(charset);
    return decoder.decode(bytes) + decoder.finish();
}

qint64 VCardProperty::dataSize() const
{
    if (isBase64()) {
        qint64 chars = 0;
        for (const char c : m_value)
            chars += c != ' ' && c != '\t' && c != '=';
        return chars * 3 / 4;
    }
    // vCard 4.0 embeds data as a data: URI.
    const qsizetype comma = m_value.indexOf(',');
    if (m_value.startsWith("data:") && comma > 0 && m_value.left(comma).endsWith(";base64"))
        return qint64(m_value.size() - comma - 1) * 3 / 4;
    return 0;
}

QString VCardProperty::unescape(const QString &text)
{
    if (!text.contains(QLatin1Char('\\')))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\') || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        const QChar next = text.at(++i);
        if (next == QLatin1Char('n') || next == QLatin1Char('N'))
            out += QLatin1Char('\n');
        else if (next == QLatin1Char(',') || next == QLatin1Char(';') || next == QLatin1Char('\\') || next == QLatin1Char(':'))
            out += next;
        else
            out += QString(c) + next; // not an escape vCard knows: keep it as written
    }
    return out;
}

QStringList VCardProperty::split(const QString &text, QChar separator, bool unescapeParts)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            current += c;
            current += text.at(++i);
        } else if (c == separator) {
            parts << (unescapeParts ? unescape(current) : current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts << (unescapeParts ? unescape(current) : current);
    return parts;
}

} // namespace Kempt
