#pragma once

#include "domain/fieldtype.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Kempt {

enum class CustomFieldType { Text, Number, Date, Choice, Checkbox };

inline QString customFieldTypeName(CustomFieldType type)
{
    switch (type) {
    case CustomFieldType::Text: return QStringLiteral("text");
    case CustomFieldType::Number: return QStringLiteral("number");
    case CustomFieldType::Date: return QStringLiteral("date");
    case CustomFieldType::Choice: return QStringLiteral("choice");
    case CustomFieldType::Checkbox: return QStringLiteral("checkbox");
    }
    return QStringLiteral("text");
}

inline std::optional<CustomFieldType> customFieldTypeFromName(const QString &name)
{
    for (CustomFieldType t : {CustomFieldType::Text, CustomFieldType::Number, CustomFieldType::Date,
                              CustomFieldType::Choice, CustomFieldType::Checkbox})
        if (customFieldTypeName(t) == name)
            return t;
    return std::nullopt;
}

// A field a workspace adds to contacts, companies or deals. The key is derived from the
// first label and never changes, so saved views, mappings and scripts keep working
// after the label is renamed.
struct CustomFieldDef
{
    qint64 id = 0;
    Entity entity = Entity::Contact;
    QString key;
    QString label;
    CustomFieldType type = CustomFieldType::Text;
    QStringList choices; // only for Choice
    int position = 0;
};

} // namespace Kempt
