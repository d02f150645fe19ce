#pragma once

#include <QList>

namespace Kempt {

class VCardProperty;
struct VCardRecord;

// Turns the properties of one card into Kempt's contact fields (see VCardRecord): N, FN,
// ORG, TITLE, EMAIL, TEL, ADR, BDAY, URL, NOTE and CATEGORIES. Each TEL, EMAIL and ADR
// keeps its TYPE as a label (CELL -> mobile, HOME -> home, WORK -> work, FAX and the
// like -> other); Apple's item groups ("item1.EMAIL" with "item1.X-ABLabel:_$!<Home>!$_")
// give the label of the grouped property, and "item1.X-ABADR:de" the country of an
// address without one. Preferred values (TYPE=PREF, PREF=1) come first.
class VCardFields
{
public:
    static void apply(const QList<VCardProperty> &card, VCardRecord *record);
    // "CELL,VOICE" -> mobile; empty when the types name no label.
    static QString labelForTypes(const QStringList &types);
    // Apple's label text ("_$!<Mobile>!$_", "iPhone", "school") -> a label.
    static QString labelForAppleLabel(const QString &label);
    // "19700310", "1970-03-10T00:00:00Z" -> "1970-03-10"; "--0310" -> "--03-10"; anything
    // else is kept as written, for the importer to report.
    static QString isoBirthday(const QString &value);
};

} // namespace Kempt
