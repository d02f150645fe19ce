#pragma once

#include "domain/fielddef.h"
#include "itemmodels/filter.h"
#include "quality/styleguiderule.h"
#include "stores/recordselection.h"

#include <QVariant>
#include <optional>

namespace Kempt {

// The data-quality column of the contacts and companies tables and the filter conditions
// on it. Its value comes from quality_issues (kept current by IncrementalAudit): NULL for
// a record without findings, else worst severity and count packed into one number
// (rank × 1,000,000 + findings; rank 3 error, 2 warning, 1 fix), so that the table reads
// one value per cell and a delegate can show both.
//
// Filter conditions use field key() with FilterCondition::Operator::HasIssue or
// LacksIssue; their value says which findings count:
//   ""                          any finding
//   "error", "warning", "fix"   a finding of that severity
//   a rule id                   a finding of that rule ("contact.email.format")
class QualityColumn
{
public:
    static QString key() { return QStringLiteral("quality"); }
    static bool appliesTo(Entity entity) { return entity == Entity::Contact || entity == Entity::Company; }
    static FieldDef field(Entity entity);

    struct Value
    {
        bool any = false;
        StyleGuideRule::Severity worst = StyleGuideRule::Severity::Fix;
        qint64 findings = 0;
    };
    static Value decode(const QVariant &value);

    // A table filter showing exactly the records with a finding of the kind value names.
    static Filter filter(Entity entity, const QString &value);
    // The quality condition of a filter, if it has one (the first).
    static std::optional<FilterCondition> conditionOf(const Filter &filter);

    // The WHERE part (alias t) of a HasIssue (has = true) or LacksIssue condition;
    // nullopt for an entity without findings (deals).
    static std::optional<RecordSelection> condition(Entity entity, const QString &value, bool has);
};

} // namespace Kempt
