#pragma once

#include <QString>
#include <QStringList>

namespace Kempt {

// A DupRecord in the forms that are compared (see RecordPreparer): names and places folded
// to ASCII Latin, e-mails in lower case, phones in E.164 (or their digits), the company
// without its legal form, the birthday as yyyymmdd.
struct PreparedRecord
{
    QString given;          // "karen", "mary ann"
    QString surname;
    QString givenNative;    // in the name's own script (nickname tables in Cyrillic)
    QString surnameNative;
    QStringList emails;     // "karen.gomez@yahoo.com"
    QStringList emailUsers; // the part before the @-sign, or the whole value when it has none
    QStringList phones;     // digits, with the plus sign if typed: "+13123590830", "0423194875"
    QString company;
    int birthday = 0;       // 19710624; 0 when unknown
    QString street;
    QString city;
    QString postcode;
    QString country;        // alpha-2
};

} // namespace Kempt
