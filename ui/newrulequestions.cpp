#include "newrulequestions.h"
#include "messagepresenter.h"

#include "quality/qualityrecord.h"
#include "quality/ruletext.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NewRuleQuestions)
};

using Kind = StyleGuideRule::Kind;

} // namespace

bool NewRuleQuestions::ask(MessagePresenter *presenter, StyleGuideRule *out, QString *message)
{
    message->clear();
    if (!presenter)
        return false;
    const QString title = Tr::tr("Add Rule");
    const QList<Kind> kinds = {Kind::Required, Kind::Casing, Kind::Picklist, Kind::Whitespace, Kind::Unicode, Kind::Email,
                               Kind::Phone,    Kind::Country, Kind::Date,    Kind::Stale,      Kind::Consent, Kind::LegalForm};
    QStringList kindLabels;
    for (Kind k : kinds)
        kindLabels << RuleText::kindLabel(k);
    const int kindIndex = int(kindLabels.indexOf(presenter->choose(title, Tr::tr("Kind of rule:"), kindLabels)));
    if (kindIndex < 0)
        return false;
    StyleGuideRule rule;
    rule.kind = kinds.at(kindIndex);
    rule.severity = StyleGuideRule::Severity::Warning;
    if (rule.kind == Kind::LegalForm) {
        rule.entity = Entity::Company;
    } else if (rule.kind != Kind::Consent) {
        const QStringList entities = {RuleText::entityLabel(Entity::Contact), RuleText::entityLabel(Entity::Company)};
        const int e = int(entities.indexOf(presenter->choose(title, Tr::tr("For:"), entities)));
        if (e < 0)
            return false;
        rule.entity = e == 1 ? Entity::Company : Entity::Contact;
    }
    if (rule.kind == Kind::Stale) {
        rule.fields = {QStringLiteral("updated_at")};
        if (rule.entity == Entity::Contact)
            rule.fields << QStringLiteral("last_contacted_at");
        rule.params.insert(QStringLiteral("months"), 12);
    } else if (rule.kind == Kind::Consent) {
        rule.fields = {QStringLiteral("unsubscribed_at"), QStringLiteral("do_not_email")};
        rule.params.insert(QStringLiteral("conflict"), QStringLiteral("unsubscribed_without_do_not_email"));
    } else {
        const QStringList keys = QualityRecord::keys(rule.entity);
        QStringList labels;
        for (const QString &key : keys)
            labels << RuleText::fieldLabel(rule.entity, key);
        const int f = int(labels.indexOf(presenter->choose(title, Tr::tr("Field:"), labels)));
        if (f < 0)
            return false;
        rule.fields = {keys.at(f)};
    }
    if (rule.kind == Kind::Casing)
        rule.params.insert(QStringLiteral("casing"), QStringLiteral("title"));
    if (rule.kind == Kind::Picklist) {
        QStringList values;
        for (const QString &v : presenter->askText(title, Tr::tr("Allowed values, separated by commas:")).split(QLatin1Char(',')))
            if (!v.trimmed().isEmpty())
                values << v.trimmed();
        if (values.isEmpty())
            return false;
        rule.params.insert(QStringLiteral("values"), QJsonArray::fromStringList(values));
    }
    rule.description = RuleText::paramsSummary(rule);
    rule.id = QStringLiteral("%1.%2.%3").arg(StyleGuideRule::entityName(rule.entity), rule.fields.value(0),
                                             StyleGuideRule::kindName(rule.kind));
    StyleGuideRule checked;
    const Result r = StyleGuideRule::fromJson(rule.toJson(), Tr::tr("The new rule"), &checked);
    if (!r) {
        *message = r.message();
        return false;
    }
    *out = rule;
    return true;
}

} // namespace Kempt
