#include "quality/ruletext.h"
#include "quality/qualityrecord.h"
#include "quality/ruleparams.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RuleText)
};

using Kind = StyleGuideRule::Kind;
using Severity = StyleGuideRule::Severity;

QStringList texts(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

QString quotedList(const QStringList &items, int max)
{
    QStringList shown = items.mid(0, max);
    QString text = shown.join(QStringLiteral(", "));
    if (items.size() > max)
        text = Tr::tr("%1 and %Ln more", nullptr, int(items.size() - max)).arg(text);
    return text;
}

} // namespace

QString RuleText::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Required: return Tr::tr("Required");
    case Kind::Whitespace: return Tr::tr("Spaces");
    case Kind::Unicode: return Tr::tr("Characters");
    case Kind::Casing: return Tr::tr("Casing");
    case Kind::Phone: return Tr::tr("Phone format");
    case Kind::Email: return Tr::tr("E-mail format");
    case Kind::Country: return Tr::tr("Country code");
    case Kind::Picklist: return Tr::tr("Picklist");
    case Kind::Date: return Tr::tr("Date format");
    case Kind::Stale: return Tr::tr("Stale records");
    case Kind::Consent: return Tr::tr("Consent");
    case Kind::LegalForm: return Tr::tr("Legal form");
    }
    return QString();
}

QString RuleText::severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error: return Tr::tr("Error");
    case Severity::Warning: return Tr::tr("Warning");
    case Severity::Fix: return Tr::tr("Fix");
    }
    return QString();
}

QString RuleText::severityMeaning(Severity severity)
{
    switch (severity) {
    case Severity::Error: return Tr::tr("Error: blocks saving until it is corrected.");
    case Severity::Warning: return Tr::tr("Warning: marks the record for someone to look at.");
    case Severity::Fix: return Tr::tr("Fix: Kempt corrects the value by itself.");
    }
    return QString();
}

QString RuleText::entityLabel(Entity entity)
{
    return entity == Entity::Company ? Tr::tr("Companies") : Tr::tr("Contacts");
}

QString RuleText::fieldLabel(Entity entity, const QString &key)
{
    const QualityField f = QualityRecord::fieldForKey(entity, key);
    return f == QualityField::Count ? key : QualityRecord::labelOf(f);
}

QString RuleText::fieldList(Entity entity, const QStringList &keys, bool orList, int max)
{
    QStringList labels;
    for (const QString &key : keys)
        labels << fieldLabel(entity, key);
    if (labels.isEmpty())
        return QString();
    if (labels.size() > max)
        return quotedList(labels, max);
    if (labels.size() == 1)
        return labels.first();
    const QString last = labels.takeLast();
    return (orList ? Tr::tr("%1 or %2") : Tr::tr("%1 and %2")).arg(labels.join(QStringLiteral(", ")), last);
}

QString RuleText::problemTitle(const StyleGuideRule &rule)
{
    const QString fields = fieldList(rule.entity, rule.fields, true, 3);
    switch (rule.kind) {
    case Kind::Required:
        return RuleParams::anyOf(rule.params) ? Tr::tr("No %1").arg(fields) : Tr::tr("Missing %1").arg(fields);
    case Kind::Whitespace: return Tr::tr("Stray spaces");
    case Kind::Unicode: return Tr::tr("Invisible or mixed characters");
    case Kind::Casing: return Tr::tr("Casing of %1").arg(fields);
    case Kind::Phone: return Tr::tr("Phone numbers to correct");
    case Kind::Email: return Tr::tr("E-mail addresses to correct");
    case Kind::Country: return Tr::tr("Countries not written as codes");
    case Kind::Picklist: return Tr::tr("%1 not from the list").arg(fields);
    case Kind::Date: return Tr::tr("%1 not written as ISO dates").arg(fields);
    case Kind::Stale: {
        // Singular and plural apart, so English reads right without a translation.
        const int months = RuleParams::months(rule.params);
        return months == 1 ? Tr::tr("Not touched in %Ln month", nullptr, months) : Tr::tr("Not touched in %Ln months", nullptr, months);
    }
    case Kind::Consent:
        return RuleParams::conflict(rule.params) == RuleParams::Conflict::NewsletterTag
            ? Tr::tr("Newsletter tag despite “do not e-mail”")
            : Tr::tr("Unsubscribed but e-mail still allowed");
    case Kind::LegalForm: return Tr::tr("Legal forms spelled differently");
    }
    return rule.id;
}

QString RuleText::ruleTitle(const StyleGuideRule &rule)
{
    const QString fields = fieldList(rule.entity, rule.fields, false, 3);
    return fields.isEmpty() ? kindLabel(rule.kind) : Tr::tr("%1 · %2").arg(kindLabel(rule.kind), fields);
}

QString RuleText::casingLabel(const QString &casing)
{
    if (casing == QLatin1String("title"))
        return Tr::tr("Title Case");
    if (casing == QLatin1String("upper"))
        return Tr::tr("UPPER CASE");
    if (casing == QLatin1String("lower"))
        return Tr::tr("lower case");
    return Tr::tr("Keep as typed");
}

QString RuleText::dateOrderLabel(const QString &order)
{
    if (order == QLatin1String("mdy"))
        return Tr::tr("Month first (03/04/2024 is 4 March)");
    if (order == QLatin1String("ymd"))
        return Tr::tr("Year first (2024/03/04)");
    return Tr::tr("Day first (03/04/2024 is 3 April)");
}

QString RuleText::phoneDisplayLabel(const QString &display)
{
    return display == QLatin1String("national") ? Tr::tr("National (030 1234567)")
                                                 : Tr::tr("International (+49 30 1234567)");
}

QString RuleText::conflictLabel(const QString &conflict)
{
    if (conflict == QLatin1String("newsletter_tag"))
        return Tr::tr("A newsletter tag on a contact marked “do not e-mail”");
    return Tr::tr("Unsubscribed without “do not e-mail” set");
}

QString RuleText::paramsSummary(const StyleGuideRule &rule)
{
    const QJsonObject &p = rule.params;
    const QString fields = fieldList(rule.entity, rule.fields, false, 6);
    switch (rule.kind) {
    case Kind::Required:
        return RuleParams::anyOf(p) ? Tr::tr("At least one of %1 is filled in.").arg(fieldList(rule.entity, rule.fields, true, 6))
                                    : Tr::tr("%1 must be filled in.").arg(fields);
    case Kind::Whitespace:
        return RuleParams::collapse(p) ? Tr::tr("Spaces are trimmed at both ends and runs of spaces inside become one (%1).").arg(fields)
                                       : Tr::tr("Spaces are trimmed at both ends (%1).").arg(fields);
    case Kind::Unicode:
        return Tr::tr("Invisible characters and stray direction marks are removed, Arabic and Persian letter variants are "
                      "unified and text is stored in Unicode NFC (%1).")
            .arg(fields);
    case Kind::Casing: {
        QString text = Tr::tr("%1 in %2.").arg(fields, casingLabel(RuleParams::casing(p)));
        const QStringList exceptions = RuleParams::exceptions(p);
        if (!exceptions.isEmpty())
            text += QLatin1Char(' ') + Tr::tr("Kept as written: %1.").arg(quotedList(exceptions, 12));
        return text;
    }
    case Kind::Phone:
        return Tr::tr("Stored in the international E.164 form and shown as %1.")
            .arg(phoneDisplayLabel(p.value(QStringLiteral("display")).toString()));
    case Kind::Email:
        return RuleParams::lowercaseLocalPart(p) ? Tr::tr("Trimmed and written in lower case throughout.")
                                                 : Tr::tr("Trimmed, with the domain in lower case; the part before the @ stays as typed.");
    case Kind::Country:
        return Tr::tr("Stored as the two-letter ISO 3166 code (DE, US, AE); names and common aliases are recognised.");
    case Kind::Picklist: {
        QString text = Tr::tr("Allowed values: %1.").arg(texts(p.value(QStringLiteral("values"))).join(QStringLiteral(", ")));
        const QJsonObject synonyms = p.value(QStringLiteral("synonyms")).toObject();
        if (!synonyms.isEmpty()) {
            QStringList pairs;
            for (auto it = synonyms.begin(); it != synonyms.end(); ++it)
                // Isolated, so that a right-to-left translation's arrow points from the
                // synonym to the value whatever script the two are written in.
                pairs << Tr::tr("%1 → %2").arg(QChar(0x2068) + it.key() + QChar(0x2069),
                                              QChar(0x2068) + it.value().toString() + QChar(0x2069));
            text += QLatin1Char(' ') + Tr::tr("Also understood: %1.").arg(quotedList(pairs, 12));
        }
        return text;
    }
    case Kind::Date:
        return Tr::tr("Stored as ISO 8601 (2024-04-03). Numeric dates are read %1.")
            .arg(dateOrderLabel(RuleParams::dateOrder(p)).toLower());
    case Kind::Stale:
    {
        const int months = RuleParams::months(p);
        return months == 1 ? Tr::tr("A record nobody updated or contacted for %Ln month is stale.", nullptr, months)
                           : Tr::tr("A record nobody updated or contacted for %Ln months is stale.", nullptr, months);
    }
    case Kind::Consent: {
        QString text = conflictLabel(p.value(QStringLiteral("conflict")).toString()) + QLatin1Char('.');
        const QStringList tags = RuleParams::tags(p);
        if (!tags.isEmpty())
            text += QLatin1Char(' ') + Tr::tr("Newsletter tags: %1.").arg(tags.join(QStringLiteral(", ")));
        return text;
    }
    case Kind::LegalForm:
        return Tr::tr("Legal forms are spelled the standard way (GmbH, LLC, Ltd, ООО, شركة).");
    }
    return QString();
}

} // namespace Kempt
