#pragma once

#include "domain/fieldtype.h"

#include <QString>

namespace Kempt {

// "1 contact", "1,204 companies", "the 37 selected contacts": counted nouns for messages.
// Singular and plural are separate strings so English reads right without a translation;
// both are numerus strings, so languages with more plural forms get them all.
class RecordNouns
{
public:
    static QString count(Entity entity, qint64 n);
    static QString selected(Entity entity, qint64 n);
    static QString allInView(Entity entity, qint64 n);
    static QString plural(Entity entity); // "contacts", "companies"
};

} // namespace Kempt
