#include "quality/ruleengine.h"
#include "quality/compiledrule.h"
#include "quality/countrynormalizer.h"
#include "quality/evaluationmemo.h"
#include "quality/rulemessages.h"
#include "quality/valuescreen.h"

#include <algorithm>
#include <vector>

namespace Kempt {

struct RuleEngine::Data
{
    StyleGuide guide;
    QString region;
    std::vector<CompiledRule> contactRules;
    std::vector<CompiledRule> companyRules;

    const std::vector<CompiledRule> &rulesFor(Entity entity) const
    {
        return entity == Entity::Company ? companyRules : contactRules;
    }
};

namespace {

using Severity = StyleGuideRule::Severity;
using Kind = StyleGuideRule::Kind;

bool isBlank(const QString &value)
{
    for (QChar c : value)
        if (!c.isSpace())
            return false;
    return true;
}

bool isBlank(const QualityRecord &record, QualityField field)
{
    const int n = record.valueCount(field);
    for (int i = 0; i < n; ++i)
        if (!isBlank(record.valueAt(field, i)))
            return false;
    return true;
}

QualityIssue issueFor(const QualityRecord &record, const CompiledRule &rule, QualityField field, Severity severity,
                      const QString &message, const QString &suggestion = QString(), EvaluationMemo *memo = nullptr)
{
    QualityIssue issue;
    issue.entity = record.entity();
    issue.entityId = record.id();
    issue.ruleId = memo ? memo->ruleId(rule) : rule.rule().id;
    issue.field = QualityRecord::keyOf(field);
    issue.severity = severity;
    issue.message = message;
    issue.suggestion = suggestion;
    return issue;
}

} // namespace

RuleEngine::RuleEngine(const StyleGuide &guide, const QString &defaultRegion, const QDateTime &now)
{
    auto data = std::make_shared<Data>();
    data->guide = guide;
    data->region = (defaultRegion.isEmpty() ? guide.defaultRegion() : defaultRegion).trimmed().toUpper();
    for (Entity entity : {Entity::Contact, Entity::Company}) {
        std::vector<CompiledRule> &list = entity == Entity::Company ? data->companyRules : data->contactRules;
        for (const StyleGuideRule &rule : guide.rulesFor(entity))
            list.push_back(CompiledRule::compile(rule, now));
        std::stable_sort(list.begin(), list.end(),
                         [](const CompiledRule &a, const CompiledRule &b) { return a.stage() < b.stage(); });
    }
    d = data;
}

RuleEngine::~RuleEngine() = default;
RuleEngine::RuleEngine(const RuleEngine &other) = default;
RuleEngine &RuleEngine::operator=(const RuleEngine &other) = default;

const StyleGuide &RuleEngine::guide() const
{
    return d->guide;
}

QString RuleEngine::defaultRegion() const
{
    return d->region;
}

QString RuleEngine::phoneRegion(const QualityRecord &record) const
{
    static const CountryNormalizer countries;
    const QString &country = record.value(QualityField::Country);
    if (ValueScreen::looksLikeCountryCode(country))
        return country;
    if (!isBlank(country)) {
        const QString code = countries.code(country);
        if (!code.isEmpty())
            return code;
    }
    return d->region;
}

QList<QualityIssue> RuleEngine::evaluate(const QualityRecord &record) const
{
    QList<QualityIssue> issues;
    run(record, &issues, nullptr, nullptr);
    return issues;
}

void RuleEngine::evaluate(const QualityRecord *records, int count, QList<QualityIssue> *issues, EvaluationMemo *memo) const
{
    if (count <= 0)
        return;
    memo->serve(d.get());
    // Each record's state between its rules, as run() keeps it: the record as the fixes
    // so far left it, in a copy made only when one changes something.
    std::vector<QualityRecord> &working = memo->working(count);
    std::vector<const QualityRecord *> current(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        issues[i].clear();
        current[size_t(i)] = &records[i];
    }
    auto apply = [&](const CompiledRule &rule, int i) {
        if (rule.checksValues())
            checkValues(rule, current[size_t(i)], working[size_t(i)], &issues[i], nullptr, false, memo);
        else
            checkRecord(rule, *current[size_t(i)], &issues[i], memo);
    };
    // Every record still sees its rules in stage order; only records and rules trade
    // places in the loops, for the rules that run a large library.
    auto heavy = [](const CompiledRule &rule) { return rule.kind() == Kind::Phone || rule.kind() == Kind::Email; };
    const std::vector<CompiledRule> &rules = d->rulesFor(records[0].entity());
    for (size_t r = 0; r < rules.size();) {
        if (heavy(rules[r])) {
            for (int i = 0; i < count; ++i)
                apply(rules[r], i);
            ++r;
            continue;
        }
        size_t end = r;
        while (end < rules.size() && !heavy(rules[end]))
            ++end;
        for (int i = 0; i < count; ++i)
            for (size_t k = r; k < end; ++k)
                apply(rules[k], i);
        r = end;
    }
}

QualityRecord RuleEngine::applyFixes(const QualityRecord &record, QList<FieldChange> *changes) const
{
    QualityRecord fixed;
    run(record, nullptr, changes, &fixed);
    return fixed;
}

bool RuleEngine::blocksSaving(const QList<QualityIssue> &issues)
{
    return std::any_of(issues.begin(), issues.end(), [](const QualityIssue &i) { return i.severity == Severity::Error; });
}

void RuleEngine::run(const QualityRecord &record, QList<QualityIssue> *issues, QList<FieldChange> *changes,
                     QualityRecord *fixed, EvaluationMemo *memo) const
{
    // The record is copied only when a fix changes something, and only once.
    QualityRecord working;
    const QualityRecord *current = &record;
    for (const CompiledRule &rule : d->rulesFor(record.entity())) {
        if (rule.checksValues())
            checkValues(rule, current, working, issues, changes, fixed != nullptr, memo);
        else if (issues)
            checkRecord(rule, *current, issues, memo);
    }
    if (fixed)
        *fixed = *current;
}

void RuleEngine::checkValues(const CompiledRule &rule, const QualityRecord *&current, QualityRecord &working,
                             QList<QualityIssue> *issues, QList<FieldChange> *changes, bool storeE164,
                             EvaluationMemo *memo) const
{
    const bool fix = rule.severity() == Severity::Fix;
    auto edit = [&]() -> QualityRecord & {
        if (current != &working) {
            working = *current;
            current = &working;
        }
        return working;
    };
    QString region;
    bool regionKnown = false;
    for (QualityField field : rule.fields()) {
        const int count = current->valueCount(field);
        for (int i = 0; i < count; ++i) {
            // A reference, not a copy: two threads reading records that share strings would
            // otherwise fight over their reference counts. It is copied before any edit.
            const QString &value = current->valueAt(field, i);
            if (value.isEmpty())
                continue;
            const bool phone = rule.kind() == Kind::Phone;
            if (phone && !regionKnown) {
                region = phoneRegion(*current);
                regionKnown = true;
            }
            const CompiledRule::Outcome o = rule.check(field, value, region, phone ? current->phoneE164At(i) : QString());
            if (fix && storeE164 && !o.e164.isEmpty() && current->phoneE164At(i) != o.e164)
                edit().setPhoneE164At(i, o.e164);
            if (!o.changes && o.problem == Verdict::Valid)
                continue;
            const QString before = value;
            if (issues) {
                if (o.changes)
                    issues->append(issueFor(*current, rule, field, rule.severity(),
                                            RuleMessages::respelled(rule, field, before, o.fixed), o.fixed, memo));
                if (o.problem != Verdict::Valid) {
                    // A fix rule cannot repair a wrong value: it stays a warning to act on.
                    const Severity severity = o.problem == Verdict::Warning || fix ? Severity::Warning : rule.severity();
                    issues->append(issueFor(*current, rule, field, severity,
                                            RuleMessages::problem(rule, field, before, o), o.suggestion, memo));
                }
            }
            if (fix && o.changes) {
                edit().setValueAt(field, i, o.fixed);
                if (changes)
                    changes->append({QualityRecord::keyOf(field), i, rule.rule().id, before, o.fixed});
            }
        }
    }
}

void RuleEngine::checkRecord(const CompiledRule &rule, const QualityRecord &record, QList<QualityIssue> *issues,
                             EvaluationMemo *memo) const
{
    // A sentence that depends on the rule, a variant and a short detail alone comes from
    // the memo when there is one.
    auto say = [&rule, memo](int variant, QStringView detail, auto &&make) {
        return memo ? memo->text(&rule, variant, detail, make) : make();
    };
    const auto &fields = rule.fields();
    switch (rule.kind()) {
    case Kind::Required: {
        QualityField first = QualityField::Count;
        bool anyFilled = false;
        for (QualityField f : fields) {
            if (!isBlank(record, f)) {
                anyFilled = true;
                continue;
            }
            if (!rule.anyOf())
                issues->append(issueFor(record, rule, f, rule.severity(), say(int(f), {}, [&rule, f] {
                                            return RuleMessages::missing(rule, {QualityRecord::labelOf(f)});
                                        }), QString(), memo));
        }
        if (rule.anyOf() && !anyFilled && !fields.isEmpty()) {
            for (QualityField f : fields) {
                if (first == QualityField::Count)
                    first = f;
            }
            issues->append(issueFor(record, rule, first, rule.severity(), say(-1, {}, [&rule, &fields] {
                                        QStringList labels;
                                        for (QualityField f : fields)
                                            labels << QualityRecord::labelOf(f);
                                        return RuleMessages::missing(rule, labels);
                                    }), QString(), memo));
        }
        return;
    }
    case Kind::Stale: {
        QVarLengthArray<QualityField, 8> stamps = fields;
        if (stamps.isEmpty()) {
            stamps.append(QualityField::UpdatedAt);
            if (record.entity() == Entity::Contact)
                stamps.append(QualityField::LastContactedAt);
        }
        // ISO 8601 UTC text orders like the times it spells.
        const QString *latest = nullptr;
        for (QualityField f : stamps) {
            const QString &stamp = record.value(f);
            if (!stamp.isEmpty() && (!latest || stamp > *latest))
                latest = &stamp;
        }
        // The sentence shows the date alone (RuleMessages::stale).
        if (latest && *latest < rule.staleBefore())
            issues->append(issueFor(record, rule, stamps.first(), rule.severity(),
                                    say(0, QStringView(*latest).left(10), [&rule, latest] { return RuleMessages::stale(rule, *latest); }),
                                    QString(), memo));
        return;
    }
    case Kind::Consent:
        if (rule.conflict() == RuleParams::Conflict::NewsletterTag) {
            if (!record.flag(QualityField::DoNotEmail))
                return;
            QStringList matching;
            const int n = record.valueCount(QualityField::Tags);
            for (int i = 0; i < n; ++i) {
                const QString &tag = record.valueAt(QualityField::Tags, i);
                if (rule.hasConsentTag({tag}))
                    matching << tag.trimmed();
            }
            if (!matching.isEmpty())
                issues->append(issueFor(record, rule, QualityField::Tags, rule.severity(),
                                        RuleMessages::newsletterConflict(matching), QString(), memo));
        } else if (rule.conflict() == RuleParams::Conflict::UnsubscribedWithoutDoNotEmail) {
            if (!isBlank(record, QualityField::UnsubscribedAt) && !record.flag(QualityField::DoNotEmail))
                issues->append(issueFor(record, rule, QualityField::DoNotEmail, rule.severity(),
                                        RuleMessages::unsubscribedConflict(record.value(QualityField::UnsubscribedAt)),
                                        QString(), memo));
        }
        return;
    default:
        return;
    }
}

} // namespace Kempt
