#include "quality/ruleparams.h"
#include "quality/namecaser.h"
#include "quality/picklist.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StyleGuide)
};

QStringList allowedParams(StyleGuideRule::Kind kind)
{
    using K = StyleGuideRule::Kind;
    switch (kind) {
    case K::Required: return {QStringLiteral("anyOf")};
    case K::Whitespace: return {QStringLiteral("collapse")};
    case K::Casing: return {QStringLiteral("casing"), QStringLiteral("exceptions")};
    case K::Phone: return {QStringLiteral("display")};
    case K::Email: return {QStringLiteral("lowercaseLocalPart")};
    case K::Picklist: return {QStringLiteral("values"), QStringLiteral("synonyms")};
    case K::Date: return {QStringLiteral("order")};
    case K::Stale: return {QStringLiteral("months")};
    case K::Consent: return {QStringLiteral("conflict"), QStringLiteral("tags")};
    case K::Unicode:
    case K::Country:
    case K::LegalForm:
        return {};
    }
    return {};
}

Result checkBool(const QJsonObject &params, const QString &key, const QString &where)
{
    const QJsonValue v = params.value(key);
    if (!v.isUndefined() && !v.isBool())
        return Result::failure(Tr::tr("%1: the param \"%2\" must be true or false.").arg(where, key));
    return Result::success();
}

Result checkChoice(const QJsonObject &params, const QString &key, const QStringList &choices, bool required,
                   const QString &where)
{
    const QJsonValue v = params.value(key);
    if (v.isUndefined() && !required)
        return Result::success();
    if (!v.isString() || !choices.contains(v.toString()))
        return Result::failure(Tr::tr("%1: the param \"%2\" is %3; use one of %4.")
                                   .arg(where, key, v.isUndefined() ? Tr::tr("missing") : QStringLiteral("\"%1\"").arg(v.toVariant().toString()),
                                        choices.join(QStringLiteral(", "))));
    return Result::success();
}

Result checkTexts(const QJsonObject &params, const QString &key, bool required, const QString &where, QStringList *out = nullptr)
{
    const QJsonValue v = params.value(key);
    if (v.isUndefined() && !required)
        return Result::success();
    // A list that may be left out may also be empty; a required one needs an entry.
    if (!v.isArray() || (required && v.toArray().isEmpty()))
        return Result::failure(required ? Tr::tr("%1: the param \"%2\" must be a list of texts with at least one entry.").arg(where, key)
                                        : Tr::tr("%1: the param \"%2\" must be a list of texts, like [\"a\", \"b\"].").arg(where, key));
    const QJsonArray array = v.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString() || array.at(i).toString().trimmed().isEmpty())
            return Result::failure(Tr::tr("%1: entry %2 of the param \"%3\" is not a text. Write it in quotes and leave none empty.")
                                       .arg(where).arg(i + 1).arg(key));
        if (out)
            *out << array.at(i).toString();
    }
    return Result::success();
}

Result checkPicklist(const QJsonObject &params, const QString &where)
{
    QStringList values;
    Result r = checkTexts(params, QStringLiteral("values"), true, where, &values);
    if (!r)
        return r;
    QSet<QString> seen;
    for (const QString &v : values) {
        const QString key = v.trimmed().toCaseFolded();
        if (seen.contains(key))
            return Result::failure(Tr::tr("%1: the value \"%2\" is listed twice in \"values\". List each value once.").arg(where, v));
        seen.insert(key);
    }
    const QJsonValue synonyms = params.value(QStringLiteral("synonyms"));
    if (synonyms.isUndefined())
        return Result::success();
    if (!synonyms.isObject())
        return Result::failure(Tr::tr("%1: the param \"synonyms\" must map what people type to a value, like {\"website\": \"Web\"}.").arg(where));
    const QJsonObject map = synonyms.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it.key().trimmed().isEmpty())
            return Result::failure(Tr::tr("%1: a synonym in \"synonyms\" is empty. Remove it.").arg(where));
        if (!it.value().isString() || !values.contains(it.value().toString()))
            return Result::failure(Tr::tr("%1: the synonym \"%2\" points to \"%3\", which is not one of the \"values\". "
                                      "Point it to one of: %4.")
                                       .arg(where, it.key(), it.value().toVariant().toString(), values.join(QStringLiteral(", "))));
    }
    // Picklist compares spellings loosely ("web site" = "Web-Site"); a synonym that is
    // only another spelling of a value or of another synonym is caught there.
    QString error;
    Picklist::fromJson(params, &error);
    if (!error.isEmpty())
        return Result::failure(QStringLiteral("%1: %2").arg(where, error));
    return Result::success();
}

} // namespace

Result RuleParams::check(const StyleGuideRule &rule, const QString &where)
{
    using K = StyleGuideRule::Kind;
    const QJsonObject &p = rule.params;
    const QStringList allowed = allowedParams(rule.kind);
    for (auto it = p.begin(); it != p.end(); ++it)
        if (!allowed.contains(it.key()))
            return Result::failure(allowed.isEmpty()
                                       ? Tr::tr("%1: a %2 rule takes no params; remove \"%3\".").arg(where, StyleGuideRule::kindName(rule.kind), it.key())
                                       : Tr::tr("%1: a %2 rule has no param \"%3\"; it knows %4.")
                                             .arg(where, StyleGuideRule::kindName(rule.kind), it.key(), allowed.join(QStringLiteral(", "))));
    switch (rule.kind) {
    case K::Required:
        return checkBool(p, QStringLiteral("anyOf"), where);
    case K::Whitespace:
        return checkBool(p, QStringLiteral("collapse"), where);
    case K::Casing: {
        NameCaser::Casing parsed;
        if (!NameCaser::casingFromName(RuleParams::casing(p), &parsed))
            return checkChoice(p, QStringLiteral("casing"),
                               {QStringLiteral("title"), QStringLiteral("upper"), QStringLiteral("lower"), QStringLiteral("keep")},
                               true, where);
        return checkTexts(p, QStringLiteral("exceptions"), false, where);
    }
    case K::Phone:
        return checkChoice(p, QStringLiteral("display"), {QStringLiteral("international"), QStringLiteral("national")}, false, where);
    case K::Email:
        return checkBool(p, QStringLiteral("lowercaseLocalPart"), where);
    case K::Picklist:
        return checkPicklist(p, where);
    case K::Date:
        return checkChoice(p, QStringLiteral("order"), {QStringLiteral("dmy"), QStringLiteral("mdy"), QStringLiteral("ymd")}, false, where);
    case K::Stale: {
        const QJsonValue v = p.value(QStringLiteral("months"));
        if (v.isUndefined())
            return Result::success();
        const double months = v.toDouble(-1);
        if (!v.isDouble() || months < 1 || months > 1200 || months != double(qint64(months)))
            return Result::failure(Tr::tr("%1: the param \"months\" must be a whole number of months from 1 to 1200.").arg(where));
        return Result::success();
    }
    case K::Consent: {
        Result r = checkChoice(p, QStringLiteral("conflict"),
                               {QStringLiteral("newsletter_tag"), QStringLiteral("unsubscribed_without_do_not_email")}, true, where);
        if (!r)
            return r;
        if (conflict(p) == Conflict::NewsletterTag)
            return checkTexts(p, QStringLiteral("tags"), true, where);
        if (p.contains(QStringLiteral("tags")))
            return Result::failure(Tr::tr("%1: the param \"tags\" belongs to the newsletter_tag conflict; remove it.").arg(where));
        return Result::success();
    }
    case K::Unicode:
    case K::Country:
    case K::LegalForm:
        return Result::success();
    }
    return Result::success();
}

QStringList RuleParams::exceptions(const QJsonObject &params)
{
    QStringList result;
    for (const QJsonValue &v : params.value(QStringLiteral("exceptions")).toArray())
        result << v.toString();
    return result;
}

RuleParams::Conflict RuleParams::conflict(const QJsonObject &params)
{
    const QString name = params.value(QStringLiteral("conflict")).toString();
    if (name == QLatin1String("newsletter_tag"))
        return Conflict::NewsletterTag;
    if (name == QLatin1String("unsubscribed_without_do_not_email"))
        return Conflict::UnsubscribedWithoutDoNotEmail;
    return Conflict::None;
}

QStringList RuleParams::tags(const QJsonObject &params)
{
    QStringList result;
    for (const QJsonValue &v : params.value(QStringLiteral("tags")).toArray())
        result << v.toString();
    return result;
}

} // namespace Kempt
