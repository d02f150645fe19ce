#pragma once

#include <QString>
#include <QStringList>

namespace Kempt {

// One person as duplicate detection sees it, whether read from the workspace
// (ContactRecordReader) or from a spreadsheet (SpreadsheetRecordReader). Values are as
// stored or typed; RecordPreparer normalizes them.
struct DupRecord
{
    QString id;            // the contact's id, or the id column of a spreadsheet
    QString givenName;
    QString surname;
    QString fullName;      // used when given name and surname are both empty
    QStringList emails;
    QStringList phones;    // E.164 when known, else as typed
    QString company;
    QString birthday;      // ISO yyyy-mm-dd when known, else as typed
    QString street;
    QString city;
    QString postcode;
    QString country;       // ISO 3166-1 alpha-2 when known, else as typed
};

} // namespace Kempt
