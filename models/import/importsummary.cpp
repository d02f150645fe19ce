#include "import/importsummary.h"

#include <QJsonArray>

namespace Kempt {

QJsonObject ImportSummary::toJson() const
{
    QJsonObject issuesByRule;
    for (auto it = issues.cbegin(); it != issues.cend(); ++it)
        issuesByRule.insert(it.key(), it.value());
    QJsonArray rejectedRows;
    for (const Rejected &r : firstRejected)
        rejectedRows.append(QJsonObject{{QStringLiteral("row"), r.row}, {QStringLiteral("reason"), r.reason}});
    return {{QStringLiteral("import"), importId},
            {QStringLiteral("batch"), batchId},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("created"), created},
            {QStringLiteral("updated"), updated},
            {QStringLiteral("merged"), merged},
            {QStringLiteral("skipped"), skipped},
            {QStringLiteral("rejected"), rejected},
            {QStringLiteral("fixed_values"), fixedValues},
            {QStringLiteral("issues"), issuesByRule},
            {QStringLiteral("first_rejected"), rejectedRows},
            {QStringLiteral("header_row"), headerRow},
            {QStringLiteral("duplicate_groups"), duplicateGroups},
            {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
            {QStringLiteral("dry_run"), dryRun}};
}

} // namespace Kempt
