#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Kempt {

// Guesses which contact field each column of a spreadsheet holds, from its header, the way
// the import wizard proposes a mapping: "given_name", "First Name", "Имя", "نام" and
// "FirstName" all mean first_name. Field keys are FieldCatalog's (first_name, last_name,
// display_name, email, phone, company, job_title, street, city, region, postcode, country,
// birthday, website, ...).
//
// Understood: English, Arabic, Persian and Russian names of the fields, snake_case and
// CamelCase (Salesforce API names), and the export headers of Google Contacts (also
// "E-mail 1 - Value"), Outlook, Thunderbird, LinkedIn, HubSpot and Salesforce. Qualifiers
// such as Home, Business, Mailing or Primary are looked through, so several columns may
// map to one field (E-mail Address and E-mail 2 Address; street_number, address_1 and
// address_2); their order is the order of the columns. A birthday may come in parts
// (Birth Year, Birth Month, Birth Day). Columns that identify a record in another system
// or hold data a CRM must not keep (soc_sec_id, Government ID Number) are recognised and
// ignored on purpose; Google's "- Label" and "- Type" columns describe a neighbour and are
// ignored too.
class ColumnMapper
{
public:
    struct Column
    {
        int index = -1;
        QString header;
        QString field;           // FieldCatalog key; empty when not mapped
        QString part;            // "year", "month", "day" for a birthday in parts; else empty
        double confidence = 0;   // 1 = an exact known header, lower for looser guesses
        bool ignored = false;    // recognised, and deliberately not imported
    };

    static QList<Column> map(const QStringList &headers);
    // The indexes of the columns mapped to field, in column order.
    static QList<int> columnsFor(const QList<Column> &mapping, const QString &field);
    // The header with CamelCase split, qualifiers, numbers and punctuation removed.
    static QString normalizedHeader(const QString &header);
};

} // namespace Kempt
