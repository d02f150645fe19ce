#pragma once

#include "quality/compiledrule.h"

namespace Kempt {

// Remembers, per thread, what a rule said about a value. Company names, job titles,
// cities and picklist spellings repeat across thousands of contacts, and the casing and
// Unicode normalizers cost microseconds each; the audit asks the same question again and
// again. Per thread, so no lock is taken; bounded, so memory stays flat over a million
// records. Only for rules whose answer depends on the value alone.
class RuleMemo
{
public:
    // A number no other compiled rule has, for the memo's key: a rule's address may be
    // reused by a later engine with other params.
    static quint64 nextSerial();
    static const CompiledRule::Outcome *find(quint64 serial, const QString &value);
    static void insert(quint64 serial, const QString &value, const CompiledRule::Outcome &outcome);
};

} // namespace Kempt
