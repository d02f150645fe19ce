#pragma once

#include "domain/fieldtype.h"
#include "quality/styleguiderule.h"

#include <QString>

namespace Kempt {

// One finding of the rule engine on one record: which rule, which field, how serious,
// what is wrong and what to do (the message), and the value to use when there is one.
// Rows of quality_issues have the same columns.
struct QualityIssue
{
    Entity entity = Entity::Contact;
    qint64 entityId = 0;
    QString ruleId;
    QString field; // QualityRecord key ("email"); "" for rules about the whole record
    StyleGuideRule::Severity severity = StyleGuideRule::Severity::Warning;
    QString message;
    QString suggestion;

    bool operator==(const QualityIssue &o) const
    {
        return entity == o.entity && entityId == o.entityId && ruleId == o.ruleId && field == o.field
            && severity == o.severity && message == o.message && suggestion == o.suggestion;
    }
};

} // namespace Kempt
