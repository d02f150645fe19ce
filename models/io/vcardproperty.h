#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Kempt {

// One unfolded content line of a vCard: [group.]NAME[;param...]:value. Names and
// parameter names are upper-cased (vCard is case-insensitive); vCard 2.1's bare
// parameters ("TEL;HOME;CELL") are TYPE values.
class VCardProperty
{
public:
    // Never fails: a line without a colon has an empty value (Evolution writes "FN").
    static VCardProperty parse(const QByteArray &line);

    QByteArray group() const { return m_group; }
    QByteArray name() const { return m_name; }
    QByteArray rawValue() const { return m_value; }
    QByteArray param(const QByteArray &name) const;
    // TYPE values, lower-cased, quotes removed, comma lists split ("pref" included).
    QStringList types() const;
    // TYPE=PREF (2.1, 3.0) or PREF=n (4.0): lower ranks are preferred; 0 when not preferred.
    int preference() const;
    bool isQuotedPrintable() const;
    bool isBase64() const;

    // The value as text: quoted-printable decoded, then the bytes decoded in CHARSET (or
    // UTF-8, and windows-1252 for bytes that are not UTF-8). Escapes are still in.
    QString text() const;
    // Bytes of data the value holds (a base64 PHOTO), without decoding it.
    qint64 dataSize() const;

    // Splits on separator where it is not escaped, and unescapes each part unless told
    // not to (a part that is split again must keep its escapes).
    static QStringList split(const QString &text, QChar separator, bool unescapeParts = true);
    // "\n" and "\N" -> line break, "\," -> ",", "\;" -> ";", "\\" -> "\".
    static QString unescape(const QString &text);
    static QByteArray decodeQuotedPrintable(const QByteArray &bytes);

private:
    QByteArray m_group;
    QByteArray m_name;
    QList<QPair<QByteArray, QByteArray>> m_params;
    QByteArray m_value;
};

} // namespace Kempt
