#pragma once

#include <QString>

namespace Kempt {

class XmlPart;

// Text of an XLSX string item: a shared string (<si>) or an inline string (<is>). Rich
// text runs (<r>) are joined, phonetic guides (<rPh>) are left out, "_x000D_" escapes are
// decoded, and a <t> without xml:space="preserve" loses its surrounding white space, as
// Excel shows it.
class XlsxText
{
public:
    // Reads from the start of an <si> or <is> element to its end.
    static QString readItem(XmlPart &part);
    // "ABC_x000D_DEF" -> "ABC\rDEF"; "_x005F_" is an escaped underscore.
    static QString unescape(const QString &text);
};

} // namespace Kempt
