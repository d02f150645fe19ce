#include "itemmodels/qualitycolumn.h"
#include "domain/fieldcatalog.h"

namespace Kempt {

namespace {

constexpr qint64 kRankStep = 1000000;

bool isSeverity(const QString &value)
{
    StyleGuideRule::Severity severity;
    return StyleGuideRule::severityFromName(value, &severity);
}

} // namespace

FieldDef QualityColumn::field(Entity entity)
{
    FieldDef f;
    f.key = key();
    f.label = QT_TRANSLATE_NOOP("Field", "Quality");
    f.type = FieldType::Number;
    f.storage = FieldStorage::Computed;
    f.editable = false;
    // Not sortable: ordering a million rows by a per-row aggregate takes seconds; the
    // HasIssue filter answers "which records need work" on the issue indexes instead.
    f.select = QStringLiteral("(SELECT CASE WHEN count(*) = 0 THEN NULL ELSE max(CASE q.severity WHEN 'error' THEN 3 "
                              "WHEN 'warning' THEN 2 ELSE 1 END) * %1 + count(*) END FROM quality_issues q "
                              "WHERE q.entity = '%2' AND q.entity_id = t.id)")
                   .arg(kRankStep)
                   .arg(FieldCatalog::entityName(entity));
    return f;
}

QualityColumn::Value QualityColumn::decode(const QVariant &value)
{
    Value v;
    if (value.isNull() || !value.isValid())
        return v;
    const qint64 n = value.toLongLong();
    if (n <= 0)
        return v;
    const qint64 rank = n / kRankStep;
    v.any = true;
    v.findings = n % kRankStep;
    v.worst = rank >= 3 ? StyleGuideRule::Severity::Error
        : rank == 2     ? StyleGuideRule::Severity::Warning
                        : StyleGuideRule::Severity::Fix;
    return v;
}

Filter QualityColumn::filter(Entity entity, const QString &value)
{
    Filter f(entity);
    FilterCondition c;
    c.field = key();
    c.op = FilterCondition::Operator::HasIssue;
    c.value = value;
    f.conditions << c;
    return f;
}

std::optional<FilterCondition> QualityColumn::conditionOf(const Filter &filter)
{
    for (const FilterCondition &c : filter.conditions)
        if (c.field == key() && (c.op == FilterCondition::Operator::HasIssue || c.op == FilterCondition::Operator::LacksIssue))
            return c;
    return std::nullopt;
}

std::optional<RecordSelection> QualityColumn::condition(Entity entity, const QString &value, bool has)
{
    if (!appliesTo(entity))
        return std::nullopt;
    const QString entityName = FieldCatalog::entityName(entity);
    const QString wanted = value.trimmed();
    // IN over the issue indexes rather than EXISTS per row: SQLite then drives a count or
    // an id-ordered page from the findings, which are few next to a million records.
    QString sub;
    QVariantList binds;
    if (wanted.isEmpty()) {
        sub = QStringLiteral("SELECT q.entity_id FROM quality_issues q WHERE q.entity = ?");
        binds << entityName;
    } else if (isSeverity(wanted)) {
        sub = QStringLiteral("SELECT q.entity_id FROM quality_issues q WHERE q.entity = ? AND q.severity = ?");
        binds << entityName << wanted;
    } else {
        sub = QStringLiteral("SELECT q.entity_id FROM quality_issues q WHERE q.rule = ? AND q.entity = ?");
        binds << wanted << entityName;
    }
    return RecordSelection::ofCondition(QStringLiteral("t.id %1 (%2)").arg(has ? QStringLiteral("IN") : QStringLiteral("NOT IN"), sub),
                                        binds);
}

} // namespace Kempt
