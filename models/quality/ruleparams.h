#pragma once

#include "core/result.h"
#include "quality/styleguiderule.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Kempt {

// The params each kind of rule understands: checked when a guide is read, so that a typo
// in a hand-edited guide is reported by name instead of silently ignored, and read with
// their defaults by the rule engine.
class RuleParams
{
public:
    enum class Conflict { None, NewsletterTag, UnsubscribedWithoutDoNotEmail };

    // The message starts with where ("Rule 3 (contact.phone.format)") and names the param.
    static Result check(const StyleGuideRule &rule, const QString &where);

    static bool anyOf(const QJsonObject &params) { return params.value(QStringLiteral("anyOf")).toBool(false); }
    static bool collapse(const QJsonObject &params) { return params.value(QStringLiteral("collapse")).toBool(true); }
    static QString casing(const QJsonObject &params) { return params.value(QStringLiteral("casing")).toString(); }
    static QStringList exceptions(const QJsonObject &params);
    static bool nationalDisplay(const QJsonObject &params)
    {
        return params.value(QStringLiteral("display")).toString() == QLatin1String("national");
    }
    static bool lowercaseLocalPart(const QJsonObject &params)
    {
        return params.value(QStringLiteral("lowercaseLocalPart")).toBool(false);
    }
    static QString dateOrder(const QJsonObject &params) { return params.value(QStringLiteral("order")).toString(QStringLiteral("dmy")); }
    static int months(const QJsonObject &params) { return params.value(QStringLiteral("months")).toInt(12); }
    static Conflict conflict(const QJsonObject &params);
    static QStringList tags(const QJsonObject &params);
};

} // namespace Kempt
