#pragma once

namespace Kempt {

enum class FieldType {
    Text,
    LongText,
    Email,
    Phone,
    Url,
    Country,  // ISO 3166-1 alpha-2
    Date,     // ISO 8601 date
    DateTime, // ISO 8601 UTC
    Bool,
    Number,
    Choice,   // a picklist value
    Owner,    // a user, by name
    Company,  // a company, by name
    Tags,     // a set of tag names
};

enum class Entity { Contact, Company, Deal };

} // namespace Kempt
