#include "itemmodels/filter.h"
#include "domain/fieldcatalog.h"
#include "itemmodels/entitytablespec.h"
#include "itemmodels/qualitycolumn.h"
#include "storage/searchindex.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>

namespace Kempt {

namespace {

using Op = FilterCondition::Operator;

struct OperatorName {
    Op op;
    const char *name;
};

constexpr OperatorName kOperators[] = {
    {Op::Equals, "equals"},   {Op::NotEquals, "notEquals"}, {Op::Contains, "contains"}, {Op::StartsWith, "startsWith"},
    {Op::IsEmpty, "isEmpty"}, {Op::IsNotEmpty, "isNotEmpty"}, {Op::Before, "before"},   {Op::After, "after"},
    {Op::HasTag, "hasTag"},   {Op::LacksTag, "lacksTag"},
    {Op::HasIssue, "hasIssue"}, {Op::LacksIssue, "lacksIssue"},
};

struct Sql {
    QString where;
    QVariantList binds;
};

bool isDate(FieldType t)
{
    return t == FieldType::Date || t == FieldType::DateTime;
}

// Dates travel as ISO text, the way they are stored, whatever the caller handed in.
QString isoText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toUTC().toString(Qt::ISODate);
    return value.toString().trimmed();
}

QString likePattern(const QString &text, bool leadingWildcard)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return (leadingWildcard ? QStringLiteral("%") : QString()) + escaped + QLatin1Char('%');
}

std::optional<Sql> tagCondition(const FilterCondition &c, const EntityTableSpec &spec)
{
    if (spec.tagTable.isEmpty())
        return std::nullopt;
    // tags.name is declared COLLATE NOCASE, so the comparison is case-insensitive.
    const QString exists = QStringLiteral("EXISTS (SELECT 1 FROM %1 l JOIN tags g ON g.id = l.tag_id "
                                          "WHERE l.%2 = t.id AND g.name = ?)")
                               .arg(spec.tagTable, spec.tagOwner);
    return Sql{c.op == Op::HasTag ? exists : QStringLiteral("NOT ") + exists, {c.value.toString().trimmed()}};
}

std::optional<Sql> dateCondition(const FilterCondition &c, const QString &e)
{
    const QString v = isoText(c.value);
    // A date alone compares with the day part of stored timestamps.
    const bool dayOnly = v.size() == 10;
    switch (c.op) {
    case Op::Equals:
        return dayOnly ? Sql{QStringLiteral("substr(%1, 1, 10) = ?").arg(e), {v}} : Sql{QStringLiteral("%1 = ?").arg(e), {v}};
    case Op::NotEquals:
        return dayOnly ? Sql{QStringLiteral("coalesce(substr(%1, 1, 10), '') <> ?").arg(e), {v}}
                       : Sql{QStringLiteral("coalesce(%1, '') <> ?").arg(e), {v}};
    case Op::Before:
        return Sql{QStringLiteral("(%1 <> '' AND %1 < ?)").arg(e), {v}};
    case Op::After:
        return dayOnly ? Sql{QStringLiteral("%1 >= date(?, '+1 day')").arg(e), {v}} : Sql{QStringLiteral("%1 > ?").arg(e), {v}};
    default:
        return std::nullopt;
    }
}

std::optional<Sql> conditionSql(const FilterCondition &c, const FieldDef &f, const EntityTableSpec &spec)
{
    if (!FilterCondition::appliesTo(c.op, f))
        return std::nullopt;
    const QString e = f.select;
    const QString text = c.value.toString();
    switch (c.op) {
    case Op::HasTag:
    case Op::LacksTag:
        return tagCondition(c, spec);
    case Op::IsEmpty:
        if (f.type == FieldType::Bool)
            return Sql{QStringLiteral("coalesce(%1, 0) = 0").arg(e), {}};
        return Sql{QStringLiteral("coalesce(%1, '') = ''").arg(e), {}};
    case Op::IsNotEmpty:
        if (f.type == FieldType::Bool)
            return Sql{QStringLiteral("coalesce(%1, 0) <> 0").arg(e), {}};
        return Sql{QStringLiteral("coalesce(%1, '') <> ''").arg(e), {}};
    case Op::Contains:
        return Sql{QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(e), {likePattern(text, true)}};
    case Op::StartsWith:
        return Sql{QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(e), {likePattern(text, false)}};
    default:
        break;
    }
    if (isDate(f.type))
        return dateCondition(c, e);
    if (f.type == FieldType::Number) {
        // Custom values may be stored as text; compare them as numbers.
        const QString n = QStringLiteral("CAST(%1 AS REAL)").arg(e);
        const char *cmp = c.op == Op::Equals ? "%1 = ?" : c.op == Op::NotEquals ? "coalesce(%1, 0) <> ?"
                                                        : c.op == Op::Before ? "%1 < ?" : "%1 > ?";
        return Sql{QString::fromLatin1(cmp).arg(n), {c.value.toDouble()}};
    }
    if (f.type == FieldType::Bool) {
        const QString cmp = c.op == Op::Equals ? QStringLiteral("=") : QStringLiteral("<>");
        return Sql{QStringLiteral("coalesce(%1, 0) %2 ?").arg(e, cmp), {int(c.value.toBool())}};
    }
    if (f.storage == FieldStorage::OwnerRef && !f.column.isEmpty()) {
        // Through the owner index rather than the name subquery on every row.
        const QString ids = QStringLiteral("(SELECT id FROM users WHERE name = ?)");
        if (c.op == Op::Equals)
            return Sql{QStringLiteral("t.%1 IN %2").arg(f.column, ids), {text.trimmed()}};
        return Sql{QStringLiteral("(t.%1 IS NULL OR t.%1 NOT IN %2)").arg(f.column, ids), {text.trimmed()}};
    }
    if (c.op == Op::Equals)
        return Sql{QStringLiteral("%1 = ? COLLATE NOCASE").arg(e), {text}};
    return Sql{QStringLiteral("coalesce(%1, '') <> ? COLLATE NOCASE").arg(e), {text}};
}

} // namespace

QString FilterCondition::operatorName(Operator op)
{
    for (const OperatorName &o : kOperators)
        if (o.op == op)
            return QString::fromLatin1(o.name);
    return {};
}

std::optional<FilterCondition::Operator> FilterCondition::operatorFromName(const QString &name)
{
    for (const OperatorName &o : kOperators)
        if (name == QLatin1String(o.name))
            return o.op;
    return std::nullopt;
}

QList<FilterCondition::Operator> FilterCondition::allOperators()
{
    QList<Operator> ops;
    for (const OperatorName &o : kOperators)
        ops << o.op;
    return ops;
}

bool FilterCondition::appliesTo(Operator op, const FieldDef &field)
{
    const FieldType t = field.type;
    // The quality column is filtered by its findings only; its packed value means nothing to compare.
    if (field.key == QualityColumn::key() || op == Op::HasIssue || op == Op::LacksIssue)
        return field.key == QualityColumn::key() && (op == Op::HasIssue || op == Op::LacksIssue);
    switch (op) {
    case Op::IsEmpty:
    case Op::IsNotEmpty:
        return true;
    case Op::HasTag:
    case Op::LacksTag:
        return t == FieldType::Tags;
    case Op::Before:
    case Op::After:
        return isDate(t) || t == FieldType::Number;
    case Op::Contains:
    case Op::StartsWith:
        return !isDate(t) && t != FieldType::Bool && t != FieldType::Number;
    case Op::Equals:
    case Op::NotEquals:
        return t != FieldType::Tags;
    case Op::HasIssue:
    case Op::LacksIssue:
        return false;
    }
    return false;
}

QJsonObject Filter::toJson() const
{
    QJsonObject json;
    if (!search.isEmpty())
        json.insert(QStringLiteral("search"), search);
    if (trash)
        json.insert(QStringLiteral("trash"), true);
    if (ids) {
        QJsonArray array;
        for (qint64 id : *ids)
            array.append(id);
        json.insert(QStringLiteral("ids"), array);
    }
    if (!conditions.isEmpty()) {
        QJsonArray array;
        for (const FilterCondition &c : conditions) {
            QJsonObject o{{QStringLiteral("field"), c.field}, {QStringLiteral("op"), FilterCondition::operatorName(c.op)}};
            if (c.value.isValid())
                o.insert(QStringLiteral("value"), QJsonValue::fromVariant(c.value));
            array.append(o);
        }
        json.insert(QStringLiteral("conditions"), array);
    }
    return json;
}

Filter Filter::fromJson(const QJsonObject &json, Entity entity)
{
    Filter f(entity);
    f.search = json.value(QStringLiteral("search")).toString();
    f.trash = json.value(QStringLiteral("trash")).toBool();
    const QJsonValue ids = json.value(QStringLiteral("ids"));
    if (ids.isArray()) {
        QList<qint64> list;
        for (const QJsonValue &v : ids.toArray())
            if (v.isDouble())
                list << v.toInteger();
        f.ids = list;
    }
    for (const QJsonValue &v : json.value(QStringLiteral("conditions")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString field = o.value(QStringLiteral("field")).toString();
        const auto op = FilterCondition::operatorFromName(o.value(QStringLiteral("op")).toString());
        if (field.isEmpty() || !op)
            continue;
        FilterCondition c;
        c.field = field;
        c.op = *op;
        if (o.contains(QStringLiteral("value")))
            c.value = o.value(QStringLiteral("value")).toVariant();
        f.conditions << c;
    }
    return f;
}

RecordSelection Filter::toSelection(const QList<FieldDef> &fields) const
{
    return build(fields, true);
}

RecordSelection Filter::toSelectionWithoutFullText(const QList<FieldDef> &fields) const
{
    return build(fields, false);
}

QString Filter::fullTextMatch() const
{
    return EntityTableSpec::of(m_entity).ftsTable.isEmpty() ? QString() : SearchIndex::matchExpression(search);
}

RecordSelection Filter::build(const QList<FieldDef> &fields, bool fullText) const
{
    const EntityTableSpec spec = EntityTableSpec::of(m_entity);
    // The live/trash test comes first and literally, so the partial indexes
    // (WHERE deleted_at IS NULL) serve every sort and count.
    QStringList parts{trash ? QStringLiteral("t.deleted_at IS NOT NULL") : QStringLiteral("t.deleted_at IS NULL")};
    QVariantList binds;
    if (ids) {
        const RecordSelection s = RecordSelection::ofIds(*ids);
        parts << s.where;
        binds += s.binds;
    }
    if (!spec.ftsTable.isEmpty()) {
        const QString match = fullTextMatch();
        if (fullText && !match.isEmpty()) {
            parts << QStringLiteral("t.id IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)").arg(spec.ftsTable);
            binds << match;
        }
    } else if (!spec.likeSearch.isEmpty()) {
        for (const QString &word : search.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            QStringList any;
            for (const QString &expr : spec.likeSearch) {
                any << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(expr);
                binds << likePattern(word, true);
            }
            parts << QStringLiteral("(%1)").arg(any.join(QStringLiteral(" OR ")));
        }
    }
    for (const FilterCondition &c : conditions) {
        // Findings live in quality_issues, not in a field of the catalog.
        if (c.field == QualityColumn::key() && (c.op == Op::HasIssue || c.op == Op::LacksIssue)) {
            if (const auto s = QualityColumn::condition(m_entity, c.value.toString(), c.op == Op::HasIssue)) {
                parts << QStringLiteral("(%1)").arg(s->where);
                binds += s->binds;
            }
            continue;
        }
        const FieldDef f = FieldCatalog::find(fields, c.field);
        if (!f.isValid() || f.select.isEmpty())
            continue;
        if (const auto sql = conditionSql(c, f, spec)) {
            parts << QStringLiteral("(%1)").arg(sql->where);
            binds += sql->binds;
        }
    }
    return RecordSelection::ofCondition(parts.join(QStringLiteral(" AND ")), binds);
}

} // namespace Kempt
