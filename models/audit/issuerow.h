#pragma once

#include "quality/qualityissue.h"

#include <QByteArray>

namespace Kempt {

// A QualityIssue as a row of quality_issues, already in UTF-8: the evaluating threads
// encode, so the single thread that writes only binds bytes.
struct IssueRow
{
    qint64 entityId = 0;
    Entity entity = Entity::Contact;
    StyleGuideRule::Severity severity = StyleGuideRule::Severity::Warning;
    QByteArray rule;
    QByteArray field;
    QByteArray message;
    QByteArray suggestion;

    static IssueRow from(const QualityIssue &issue)
    {
        return {issue.entityId, issue.entity, issue.severity, issue.ruleId.toUtf8(), issue.field.toUtf8(),
                issue.message.toUtf8(), issue.suggestion.toUtf8()};
    }
};

} // namespace Kempt
