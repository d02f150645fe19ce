#pragma once

#include "domain/fieldtype.h"

#include <QString>
#include <QStringList>

namespace Kempt {

// How a field is stored, so that reading, sorting, filtering, editing and exporting
// all go through one description instead of a switch in every place.
enum class FieldStorage {
    Column,       // a plain column of the entity's table
    PrimaryEmail, // the primary row of contact_emails
    PrimaryPhone, // the primary row of contact_phones
    OwnerRef,     // owner_id, shown and set by the user's name
    CompanyRef,   // company_id, shown and set by the company's name
    TagSet,       // contact_tags / company_tags
    Custom,       // custom_values for a custom_fields row
    Computed,     // read-only expression
};

struct FieldDef
{
    QString key;       // stable, used in JSON, saved views, the CLI and mappings
    const char *label = nullptr; // translated through QCoreApplication::translate("Field", label)
    QString customLabel;         // custom fields carry their own label
    FieldType type = FieldType::Text;
    FieldStorage storage = FieldStorage::Column;
    QString column;    // the column for Column storage (and the id column of refs)
    QString select;    // SQL expression on alias "t" giving the displayed value
    QString sort;      // SQL expression used in ORDER BY; empty when not sortable
    bool editable = true;
    bool inTableByDefault = false;
    qint64 customFieldId = 0;
    QStringList choices;

    QString displayLabel() const;
    bool isValid() const { return !key.isEmpty(); }
    bool sortable() const { return !sort.isEmpty(); }
};

} // namespace Kempt
