#pragma once

#include "quality/compiledrule.h"

#include <QString>
#include <QStringList>

namespace Kempt {

// The sentences of the rule engine's issues. Each names the field and says what to do,
// in words that fit the severity: a fix says what is stored, a warning or error what to
// write; an error adds that it must be done before saving.
class RuleMessages
{
public:
    static QString missing(const CompiledRule &rule, const QStringList &labels);
    static QString respelled(const CompiledRule &rule, QualityField field, const QString &before,
                             const QString &after);
    static QString problem(const CompiledRule &rule, QualityField field, const QString &value,
                           const CompiledRule::Outcome &outcome);
    static QString stale(const CompiledRule &rule, const QString &lastTouched);
    static QString newsletterConflict(const QStringList &tags);
    static QString unsubscribedConflict(const QString &unsubscribedAt);
};

} // namespace Kempt
