#include "quality/styleguiderule.h"
#include "quality/qualityrecord.h"
#include "quality/ruleparams.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StyleGuide)
};

struct KindName
{
    StyleGuideRule::Kind kind;
    const char *name;
};

constexpr KindName kKinds[] = {
    {StyleGuideRule::Kind::Required, "required"}, {StyleGuideRule::Kind::Whitespace, "whitespace"},
    {StyleGuideRule::Kind::Unicode, "unicode"},   {StyleGuideRule::Kind::Casing, "casing"},
    {StyleGuideRule::Kind::Phone, "phone"},       {StyleGuideRule::Kind::Email, "email"},
    {StyleGuideRule::Kind::Country, "country"},   {StyleGuideRule::Kind::Picklist, "picklist"},
    {StyleGuideRule::Kind::Date, "date"},         {StyleGuideRule::Kind::Stale, "stale"},
    {StyleGuideRule::Kind::Consent, "consent"},   {StyleGuideRule::Kind::LegalForm, "legal_form"},
};

QStringList kindNames()
{
    QStringList names;
    for (const KindName &k : kKinds)
        names << QString::fromLatin1(k.name);
    return names;
}

bool validId(const QString &id)
{
    if (id.isEmpty())
        return false;
    for (QChar c : id) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '.' || u == '_' || u == '-'))
            return false;
    }
    return true;
}

Result readStrings(const QJsonObject &json, const QString &key, const QString &rule, QStringList *out)
{
    out->clear();
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return Result::success();
    if (!v.isArray())
        return Result::failure(Tr::tr("%1: \"%2\" must be a list of texts, like [\"a\", \"b\"].").arg(rule, key));
    const QJsonArray array = v.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            return Result::failure(Tr::tr("%1: entry %2 of \"%3\" is not a text. Put it in quotes.").arg(rule).arg(i + 1).arg(key));
        *out << array.at(i).toString();
    }
    return Result::success();
}

// Which field types a kind can check; an empty list means any field.
QList<FieldType> typesFor(StyleGuideRule::Kind kind)
{
    using K = StyleGuideRule::Kind;
    switch (kind) {
    case K::Phone: return {FieldType::Phone};
    case K::Email: return {FieldType::Email};
    case K::Country: return {FieldType::Country};
    case K::Date: return {FieldType::Date};
    case K::Casing: return {FieldType::Text, FieldType::Company};
    case K::LegalForm: return {FieldType::Text};
    case K::Picklist: return {FieldType::Choice, FieldType::Text};
    case K::Whitespace:
    case K::Unicode:
        return {FieldType::Text, FieldType::LongText, FieldType::Choice, FieldType::Company, FieldType::Owner,
                FieldType::Email, FieldType::Phone, FieldType::Url, FieldType::Country, FieldType::Date, FieldType::Tags};
    case K::Stale:
        return {FieldType::DateTime};
    case K::Consent:
        return {FieldType::DateTime, FieldType::Bool, FieldType::Tags};
    case K::Required:
        return {};
    }
    return {};
}

Result checkFields(const StyleGuideRule &rule, const QString &where)
{
    using K = StyleGuideRule::Kind;
    const bool needsFields = rule.kind != K::Stale && rule.kind != K::Consent;
    if (needsFields && rule.fields.isEmpty())
        return Result::failure(Tr::tr("%1: \"fields\" is empty. Name the fields the rule checks, e.g. [\"email\"].").arg(where));
    const QList<FieldType> types = typesFor(rule.kind);
    for (const QString &key : rule.fields) {
        const QualityField f = QualityRecord::fieldForKey(rule.entity, key);
        if (f == QualityField::Count)
            return Result::failure(Tr::tr("%1: \"%2\" is not a field of a %3. Use one of: %4.")
                                       .arg(where, key, StyleGuideRule::entityName(rule.entity),
                                            QualityRecord::keys(rule.entity).join(QStringLiteral(", "))));
        if (!types.isEmpty() && !types.contains(QualityRecord::typeOf(f)))
            return Result::failure(Tr::tr("%1: a %2 rule cannot check the field \"%3\". Remove the field or use another kind of rule.")
                                       .arg(where, StyleGuideRule::kindName(rule.kind), key));
        if (rule.kind == K::Picklist && QualityRecord::isMultiValued(f))
            return Result::failure(Tr::tr("%1: a picklist rule cannot check \"%2\", which holds several values.").arg(where, key));
        if (rule.fields.count(key) > 1)
            return Result::failure(Tr::tr("%1: the field \"%2\" is listed twice. List each field once.").arg(where, key));
    }
    if ((rule.kind == K::Consent) && rule.entity != Entity::Contact)
        return Result::failure(Tr::tr("%1: consent rules apply to contacts. Set \"entity\" to \"contact\".").arg(where));
    if (rule.kind == K::LegalForm && rule.entity != Entity::Company)
        return Result::failure(Tr::tr("%1: legal form rules apply to companies. Set \"entity\" to \"company\".").arg(where));
    const bool canFix = rule.kind != K::Required && rule.kind != K::Stale && rule.kind != K::Consent;
    if (!canFix && rule.severity == StyleGuideRule::Severity::Fix)
        return Result::failure(Tr::tr("%1: a %2 rule has nothing to fix automatically. Set \"severity\" to \"error\" or \"warning\".")
                                   .arg(where, StyleGuideRule::kindName(rule.kind)));
    return Result::success();
}

} // namespace

QString StyleGuideRule::kindName(Kind kind)
{
    for (const KindName &k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return QString();
}

bool StyleGuideRule::kindFromName(const QString &name, Kind *kind)
{
    for (const KindName &k : kKinds)
        if (name == QLatin1String(k.name)) {
            *kind = k.kind;
            return true;
        }
    return false;
}

QString StyleGuideRule::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Fix: return QStringLiteral("fix");
    }
    return QString();
}

bool StyleGuideRule::severityFromName(const QString &name, Severity *severity)
{
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Fix})
        if (name == severityName(s)) {
            *severity = s;
            return true;
        }
    return false;
}

QString StyleGuideRule::entityName(Entity entity)
{
    switch (entity) {
    case Entity::Contact: return QStringLiteral("contact");
    case Entity::Company: return QStringLiteral("company");
    case Entity::Deal: return QStringLiteral("deal");
    }
    return QString();
}

bool StyleGuideRule::entityFromName(const QString &name, Entity *entity)
{
    if (name == QLatin1String("contact"))
        *entity = Entity::Contact;
    else if (name == QLatin1String("company"))
        *entity = Entity::Company;
    else
        return false;
    return true;
}

QJsonObject StyleGuideRule::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("kind"), kindName(kind));
    json.insert(QStringLiteral("entity"), entityName(entity));
    json.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fields));
    json.insert(QStringLiteral("severity"), severityName(severity));
    json.insert(QStringLiteral("enabled"), enabled);
    json.insert(QStringLiteral("description"), description);
    json.insert(QStringLiteral("goodExamples"), QJsonArray::fromStringList(goodExamples));
    json.insert(QStringLiteral("badExamples"), QJsonArray::fromStringList(badExamples));
    if (!params.isEmpty())
        json.insert(QStringLiteral("params"), params);
    return json;
}

Result StyleGuideRule::fromJson(const QJsonObject &json, const QString &where, StyleGuideRule *out)
{
    static const QStringList known{QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("entity"),
                                   QStringLiteral("fields"), QStringLiteral("severity"), QStringLiteral("enabled"),
                                   QStringLiteral("description"), QStringLiteral("goodExamples"),
                                   QStringLiteral("badExamples"), QStringLiteral("params")};
    StyleGuideRule rule;
    const QJsonValue id = json.value(QStringLiteral("id"));
    if (!id.isString() || id.toString().isEmpty())
        return Result::failure(Tr::tr("%1 has no \"id\". Give it a stable name such as \"contact.email.format\".").arg(where));
    rule.id = id.toString();
    if (!validId(rule.id))
        return Result::failure(Tr::tr("%1: the id \"%2\" may hold only lowercase letters, digits, '.', '_' and '-'.").arg(where, rule.id));
    const QString name = Tr::tr("%1 (%2)").arg(where, rule.id);

    for (auto it = json.begin(); it != json.end(); ++it)
        if (!known.contains(it.key()))
            return Result::failure(Tr::tr("%1: \"%2\" is not a rule setting. Use %3.").arg(name, it.key(), known.join(QStringLiteral(", "))));

    const QString kind = json.value(QStringLiteral("kind")).toString();
    if (!kindFromName(kind, &rule.kind))
        return Result::failure(Tr::tr("%1: \"kind\" is \"%2\"; use one of %3.").arg(name, kind, kindNames().join(QStringLiteral(", "))));
    const QString entity = json.value(QStringLiteral("entity")).toString();
    if (!entityFromName(entity, &rule.entity))
        return Result::failure(Tr::tr("%1: \"entity\" is \"%2\"; use \"contact\" or \"company\".").arg(name, entity));
    const QString severity = json.value(QStringLiteral("severity")).toString();
    if (!severityFromName(severity, &rule.severity))
        return Result::failure(Tr::tr("%1: \"severity\" is \"%2\"; use \"error\" (blocks saving), \"warning\" (marks the record) "
                                  "or \"fix\" (applied automatically).")
                                   .arg(name, severity));
    const QJsonValue enabled = json.value(QStringLiteral("enabled"));
    if (!enabled.isUndefined() && !enabled.isBool())
        return Result::failure(Tr::tr("%1: \"enabled\" must be true or false.").arg(name));
    rule.enabled = enabled.toBool(true);
    const QJsonValue description = json.value(QStringLiteral("description"));
    if (!description.isString() || description.toString().trimmed().isEmpty())
        return Result::failure(Tr::tr("%1 has no \"description\". Say in a sentence what the rule asks for.").arg(name));
    rule.description = description.toString();

    Result r = readStrings(json, QStringLiteral("fields"), name, &rule.fields);
    if (r)
        r = readStrings(json, QStringLiteral("goodExamples"), name, &rule.goodExamples);
    if (r)
        r = readStrings(json, QStringLiteral("badExamples"), name, &rule.badExamples);
    if (!r)
        return r;
    const QJsonValue params = json.value(QStringLiteral("params"));
    if (!params.isUndefined() && !params.isObject())
        return Result::failure(Tr::tr("%1: \"params\" must be an object, like {\"casing\": \"title\"}.").arg(name));
    rule.params = params.toObject();

    r = checkFields(rule, name);
    if (r)
        r = RuleParams::check(rule, name);
    if (!r)
        return r;
    *out = rule;
    return Result::success();
}

bool StyleGuideRule::operator==(const StyleGuideRule &o) const
{
    return id == o.id && kind == o.kind && entity == o.entity && fields == o.fields && severity == o.severity
        && enabled == o.enabled && description == o.description && goodExamples == o.goodExamples
        && badExamples == o.badExamples && params == o.params;
}

} // namespace Kempt
