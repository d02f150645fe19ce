#include "quality/rulemessages.h"

#include <QCoreApplication>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RuleEngine)
};

bool isError(const CompiledRule &rule)
{
    return rule.severity() == StyleGuideRule::Severity::Error;
}

// Why the rule wants another spelling, as the end of "Phone “030 123” …".
QString why(const CompiledRule &rule, QualityField field)
{
    using Kind = StyleGuideRule::Kind;
    switch (rule.kind()) {
    case Kind::Whitespace: return Tr::tr("has extra spaces");
    case Kind::Unicode: return Tr::tr("contains invisible characters or letter variants that search would miss");
    case Kind::Casing: {
        const QString casing = RuleParams::casing(rule.rule().params);
        if (casing == QLatin1String("upper"))
            return Tr::tr("is not in capitals");
        if (casing == QLatin1String("lower"))
            return Tr::tr("is not in lowercase");
        return Tr::tr("is not in title case");
    }
    case Kind::Phone:
        return RuleParams::nationalDisplay(rule.rule().params) ? Tr::tr("is not in the national form the style guide stores")
                                                               : Tr::tr("is not in the international form the style guide stores");
    case Kind::Email: return Tr::tr("is not in the form the style guide stores (the domain in lowercase)");
    case Kind::Country: return Tr::tr("is not a two-letter ISO country code");
    case Kind::Picklist: return Tr::tr("is not written as in the list");
    case Kind::Date: return Tr::tr("is not an ISO date (year-month-day)");
    case Kind::LegalForm:
        return field == QualityField::LegalForm ? Tr::tr("is not the standard spelling of the legal form")
                                                : Tr::tr("does not spell its legal form the standard way");
    case Kind::Required:
    case Kind::Stale:
    case Kind::Consent:
        break;
    }
    return QString();
}

} // namespace

QString RuleMessages::missing(const CompiledRule &rule, const QStringList &labels)
{
    if (labels.size() == 1)
        return isError(rule) ? Tr::tr("%1 is required; fill it in before saving.").arg(labels.first())
                             : Tr::tr("%1 is empty; fill it in.").arg(labels.first());
    QStringList head = labels;
    const QString last = head.takeLast();
    const QString list = Tr::tr("%1 or %2").arg(head.join(QStringLiteral(", ")), last);
    return isError(rule) ? Tr::tr("Fill in %1 before saving; at least one is required.").arg(list)
                         : Tr::tr("Fill in %1; at least one is expected.").arg(list);
}

QString RuleMessages::respelled(const CompiledRule &rule, QualityField field, const QString &before, const QString &after)
{
    const QString label = QualityRecord::labelOf(field);
    if (after.isEmpty())
        return Tr::tr("%1 “%2” holds nothing but spaces or invisible characters; leave it empty.").arg(label, before);
    if (rule.severity() == StyleGuideRule::Severity::Fix)
        return Tr::tr("%1 “%2” %3, so it is stored as “%4”.").arg(label, before, why(rule, field), after);
    if (isError(rule))
        return Tr::tr("%1 “%2” %3; write “%4” before saving.").arg(label, before, why(rule, field), after);
    return Tr::tr("%1 “%2” %3; write “%4”.").arg(label, before, why(rule, field), after);
}

QString RuleMessages::problem(const CompiledRule &rule, QualityField field, const QString &value, const CompiledRule::Outcome &outcome)
{
    QString text = Tr::tr("%1 “%2”: %3").arg(QualityRecord::labelOf(field), value, outcome.reason);
    if (!outcome.suggestion.isEmpty() && !outcome.reason.contains(outcome.suggestion))
        text += QLatin1Char(' ') + Tr::tr("Did you mean “%1”?").arg(outcome.suggestion);
    if (isError(rule) && outcome.problem == Verdict::Invalid)
        text += QLatin1Char(' ') + Tr::tr("Correct it before saving.");
    return text;
}

QString RuleMessages::stale(const CompiledRule &rule, const QString &lastTouched)
{
    return QCoreApplication::translate("RuleEngine",
                                       "Not updated or contacted since %1, more than %Ln months ago; check that the "
                                       "record is still right, or archive it.",
                                       nullptr, rule.months())
        .arg(lastTouched.left(10));
}

QString RuleMessages::newsletterConflict(const QStringList &tags)
{
    return Tr::tr("Do not e-mail is set, but the contact is tagged “%1”; remove the tag, or clear Do not e-mail after asking the person.")
        .arg(tags.join(QStringLiteral("”, “")));
}

QString RuleMessages::unsubscribedConflict(const QString &unsubscribedAt)
{
    return Tr::tr("The contact unsubscribed on %1, but Do not e-mail is not set; set it so that nobody writes to them by mistake.")
        .arg(unsubscribedAt.left(10));
}

} // namespace Kempt
