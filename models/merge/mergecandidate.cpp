#include "merge/mergecandidate.h"

namespace Kempt {

bool MergeCandidate::hasValue(const FieldDef &field) const
{
    const QVariant value = raw.value(field.key);
    if (value.isNull() || !value.isValid())
        return false;
    if (field.type == FieldType::Bool)
        return value.toBool();
    return !value.toString().trimmed().isEmpty();
}

QString MergeCandidate::composedName() const
{
    Contact c;
    c.firstName = firstName;
    c.middleName = middleName;
    c.lastName = lastName;
    c.emails = emails;
    return c.composedName();
}

bool MergeCandidate::displayNameIsComposed() const
{
    return name.isEmpty() || name == composedName();
}

} // namespace Kempt
