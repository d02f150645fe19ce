#pragma once

#include <QStringList>

namespace Kempt {

// Reads what SQLite's json_group_array() writes: the strings and numbers of a JSON
// array, nested arrays flattened in order, nulls as empty strings. The audit reads a
// contact's e-mails, phones and tags this way, one cell each, without QJsonDocument's
// cost per record; the rare string with escapes is decoded here too.
class JsonTextArray
{
public:
    // false when the text is not such an array (values then holds what was read).
    static bool parse(const char *utf8, int size, QStringList *values);
};

} // namespace Kempt
