#include "quality/styleguide.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Outside the namespace: Q_INIT_RESOURCE declares a global function. Called on first
// use because the static library's own initialiser may be dropped by the linker.
static void initStyleGuideResources()
{
    Q_INIT_RESOURCE(styleguide);
}

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StyleGuide)
};

const QString kFormat = QStringLiteral("kempt-style-guide");

bool validRegion(const QString &region)
{
    if (region.isEmpty())
        return true;
    return region.size() == 2 && region.at(0).isLetter() && region.at(1).isLetter() && region.at(0).unicode() < 128
        && region.at(1).unicode() < 128;
}

} // namespace

QList<StyleGuideRule> StyleGuide::rulesFor(Entity entity) const
{
    QList<StyleGuideRule> result;
    for (const StyleGuideRule &r : m_rules)
        if (r.enabled && r.entity == entity)
            result << r;
    return result;
}

const StyleGuideRule *StyleGuide::rule(const QString &id) const
{
    for (const StyleGuideRule &r : m_rules)
        if (r.id == id)
            return &r;
    return nullptr;
}

bool StyleGuide::replaceRule(const StyleGuideRule &rule)
{
    for (StyleGuideRule &r : m_rules)
        if (r.id == rule.id) {
            r = rule;
            return true;
        }
    return false;
}

Result StyleGuide::fromJson(const QByteArray &json, StyleGuide *guide)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Result::failure(Tr::tr("The style guide is not valid JSON: %1 at character %2. Correct the file and try again.")
                                   .arg(error.errorString())
                                   .arg(error.offset));
    if (!doc.isObject())
        return Result::failure(Tr::tr("The style guide must be a JSON object with a \"rules\" list."));
    const QJsonObject root = doc.object();
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (!format.isUndefined() && format.toString() != kFormat)
        return Result::failure(Tr::tr("The file is not a Kempt style guide: \"format\" is \"%1\" instead of \"%2\".")
                                   .arg(format.toVariant().toString(), kFormat));
    StyleGuide result;
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isUndefined() && (!version.isDouble() || version.toDouble() < 0))
        return Result::failure(Tr::tr("The style guide's \"version\" must be a whole number (or left out)."));
    result.m_version = version.toInteger(0);
    const QJsonValue region = root.value(QStringLiteral("defaultRegion"));
    if (!region.isUndefined() && (!region.isString() || !validRegion(region.toString())))
        return Result::failure(Tr::tr("The style guide's \"defaultRegion\" must be a two-letter country code such as \"DE\", or \"\"."));
    result.setDefaultRegion(region.toString());
    const QJsonValue rules = root.value(QStringLiteral("rules"));
    if (!rules.isArray())
        return Result::failure(Tr::tr("The style guide has no \"rules\" list. Put its rules in \"rules\": [ ... ]."));

    QHash<QString, int> positions;
    const QJsonArray array = rules.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString where = Tr::tr("Rule %1").arg(i + 1);
        if (!array.at(i).isObject())
            return Result::failure(Tr::tr("%1 is not an object. Write each rule as {\"id\": ..., \"kind\": ..., ...}.").arg(where));
        StyleGuideRule rule;
        const Result r = StyleGuideRule::fromJson(array.at(i).toObject(), where, &rule);
        if (!r)
            return r;
        if (positions.contains(rule.id))
            return Result::failure(Tr::tr("%1 (%2): rule %3 has the same id. Give each rule its own id.")
                                       .arg(where, rule.id)
                                       .arg(positions.value(rule.id)));
        positions.insert(rule.id, i + 1);
        result.m_rules << rule;
    }
    *guide = result;
    return Result::success();
}

QByteArray StyleGuide::toJson() const
{
    QJsonArray rules;
    for (const StyleGuideRule &r : m_rules)
        rules.append(r.toJson());
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("version"), m_version);
    root.insert(QStringLiteral("defaultRegion"), m_defaultRegion);
    root.insert(QStringLiteral("rules"), rules);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

StyleGuide StyleGuide::defaultGuide()
{
    static const StyleGuide shipped = [] {
        initStyleGuideResources();
        QFile file(QStringLiteral(":/kempt/styleguide/default-styleguide.json"));
        StyleGuide guide;
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("The default style guide is missing from the resources.");
            return guide;
        }
        const Result r = fromJson(file.readAll(), &guide);
        if (!r)
            qWarning("The default style guide does not load: %s", qPrintable(r.message()));
        guide.m_version = 0;
        return guide;
    }();
    return shipped;
}

bool StyleGuide::operator==(const StyleGuide &o) const
{
    return m_version == o.m_version && m_defaultRegion == o.m_defaultRegion && m_rules == o.m_rules;
}

} // namespace Kempt
