#include "io/xlsxtext.h"
#include "io/xmlpart.h"

namespace Kempt {

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

// The text of a <t> element; the reader stands on its start.
QString readT(XmlPart &part)
{
    QXmlStreamReader &xml = part.xml();
    const bool preserve = xml.attributes().value(QLatin1String("xml:space")) == QLatin1String("preserve");
    QString text;
    int depth = 1;
    while (depth > 0 && part.readNext()) {
        if (xml.isCharacters()) {
            // Most texts come in one piece: take it without growing a string.
            if (text.isEmpty())
                text = xml.text().toString();
            else
                text += xml.text();
        } else if (xml.isStartElement()) {
            ++depth;
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
    if (preserve || text.isEmpty() || (!text.front().isSpace() && !text.back().isSpace()))
        return text;
    return text.trimmed();
}

} // namespace

QString XlsxText::readItem(XmlPart &part)
{
    QXmlStreamReader &xml = part.xml();
    QString text;
    int depth = 1;
    while (depth > 0 && part.readNext()) {
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == QLatin1String("t")) {
                if (text.isEmpty())
                    text = readT(part);
                else
                    text += readT(part);
            } else if (name == QLatin1String("rPh") || name == QLatin1String("phoneticPr") || name == QLatin1String("rPr")) {
                part.skipElement();
            } else {
                ++depth; // <r>: its <t> is read above
            }
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
    return text.contains(QLatin1String("_x")) ? unescape(text) : text;
}

QString XlsxText::unescape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (text.at(i) == QLatin1Char('_') && i + 6 < n && text.at(i + 1) == QLatin1Char('x') && text.at(i + 6) == QLatin1Char('_')) {
            int value = 0;
            bool hex = true;
            for (int k = 2; k < 6 && hex; ++k) {
                const int h = hexValue(text.at(i + k));
                hex = h >= 0;
                value = value * 16 + h;
            }
            if (hex) {
                out += QChar(char16_t(value));
                i += 6;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

} // namespace Kempt
