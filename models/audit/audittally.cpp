#include "audit/audittally.h"
#include "quality/ruleparams.h"

#include <QHash>
#include <QJsonArray>
#include <QVarLengthArray>

namespace Kempt {

using Kind = StyleGuideRule::Kind;
using Severity = StyleGuideRule::Severity;

// The guide's enabled rules resolved once per audit, shared by every thread's tally.
struct AuditTally::Rules
{
    struct Rule
    {
        QString id;
        Entity entity;
        Kind kind;
        QVarLengthArray<QualityField, 8> fields;
        bool anyOf = false;
    };
    std::vector<Rule> list;
    QHash<QString, int> byId;
    std::array<std::vector<int>, 2> byEntity;
    std::array<QHash<QString, QualityField>, 2> fieldByKey;
};

namespace {

int slot(Entity entity)
{
    return entity == Entity::Company ? 1 : 0;
}

bool isValidityKind(Kind kind)
{
    return kind == Kind::Email || kind == Kind::Phone || kind == Kind::Country || kind == Kind::Date
        || kind == Kind::Picklist;
}

int filledValues(const QualityRecord &record, QualityField field)
{
    int n = 0;
    const int count = record.valueCount(field);
    for (int i = 0; i < count; ++i)
        if (!record.valueAt(field, i).isEmpty())
            ++n;
    return n;
}

} // namespace

AuditTally::AuditTally(const StyleGuide &guide)
{
    auto rules = std::make_shared<Rules>();
    for (Entity entity : {Entity::Contact, Entity::Company}) {
        for (const QString &key : QualityRecord::keys(entity))
            rules->fieldByKey[slot(entity)].insert(key, QualityRecord::fieldForKey(entity, key));
        for (const StyleGuideRule &rule : guide.rulesFor(entity)) {
            Rules::Rule r{rule.id, entity, rule.kind, {}, RuleParams::anyOf(rule.params)};
            for (const QString &key : rule.fields) {
                const QualityField f = QualityRecord::fieldForKey(entity, key);
                if (f != QualityField::Count && !r.fields.contains(f))
                    r.fields.append(f);
            }
            rules->byId.insert(rule.id, int(rules->list.size()));
            rules->byEntity[slot(entity)].push_back(int(rules->list.size()));
            rules->list.push_back(r);
        }
    }
    m_perRule.resize(rules->list.size());
    m_rules = rules;
}

void AuditTally::add(const QualityRecord &record, const QList<QualityIssue> &issues)
{
    const Rules &rules = *m_rules;
    const int e = slot(record.entity());
    ++m_records[e];
    m_issues += issues.size();

    // What this record's findings say, per rule and field.
    struct Hit
    {
        int rule;
        QualityField field;
        int fixes;
        int others;
    };
    QVarLengthArray<Hit, 16> hits;
    QVarLengthArray<int, 16> rulesHit;
    bool stale = false;
    bool error = false;
    for (const QualityIssue &issue : issues) {
        const int idx = rules.byId.value(issue.ruleId, -1);
        const QualityField field = rules.fieldByKey[e].value(issue.field, QualityField::Count);
        if (field != QualityField::Count)
            ++m_perField[e][int(field)];
        error = error || issue.severity == Severity::Error;
        if (idx < 0)
            continue;
        RuleCount &count = m_perRule[idx];
        ++count.bySeverity[int(issue.severity)];
        if (!rulesHit.contains(idx)) {
            rulesHit.append(idx);
            ++count.records;
        }
        switch (rules.list[idx].kind) {
        case Kind::Required: ++m_completeness.failed; break;
        case Kind::Stale: stale = true; break;
        case Kind::Consent: ++m_validity.failed; break;
        default: {
            Hit *hit = nullptr;
            for (Hit &h : hits)
                if (h.rule == idx && h.field == field)
                    hit = &h;
            if (!hit) {
                hits.append({idx, field, 0, 0});
                hit = &hits.back();
            }
            ++(issue.severity == Severity::Fix ? hit->fixes : hit->others);
        }
        }
    }
    if (!issues.isEmpty())
        ++m_withIssues;
    if (error)
        ++m_withErrors;
    if (m_worstKept > 0 && !issues.isEmpty()) {
        RecordFindings found{record.entity(), record.id(), {}, 0, 0, 0};
        for (const QualityIssue &issue : issues)
            ++(issue.severity == Severity::Error ? found.errors : issue.severity == Severity::Warning ? found.warnings : found.fixes);
        offer(found);
    }

    bool hasStaleRule = false;
    for (int idx : rules.byEntity[e]) {
        const Rules::Rule &rule = rules.list[idx];
        switch (rule.kind) {
        case Kind::Required:
            m_completeness.checked += rule.anyOf ? (rule.fields.isEmpty() ? 0 : 1) : rule.fields.size();
            break;
        case Kind::Stale: hasStaleRule = true; break;
        case Kind::Consent: ++m_validity.checked; break;
        default:
            for (QualityField f : rule.fields) {
                const int n = filledValues(record, f);
                if (n == 0)
                    continue;
                int fixes = 0;
                int others = 0;
                for (const Hit &h : hits)
                    if (h.rule == idx && h.field == f) {
                        fixes = h.fixes;
                        others = h.others;
                    }
                m_consistency.checked += n;
                if (isValidityKind(rule.kind)) {
                    m_validity.checked += n;
                    // A respelling the guide stores by itself is about form; anything a
                    // person must act on is about validity.
                    m_validity.failed += qMin(n, others);
                    m_consistency.failed += qMin(n, fixes);
                } else {
                    m_consistency.failed += qMin(n, fixes + others);
                }
            }
        }
    }
    if (hasStaleRule) {
        ++m_freshness.checked;
        if (stale)
            ++m_freshness.failed;
    }
}

void AuditTally::merge(const AuditTally &o)
{
    for (int e = 0; e < 2; ++e) {
        m_records[e] += o.m_records[e];
        m_duplicates[e] += o.m_duplicates[e];
        for (int f = 0; f < int(QualityField::Count); ++f)
            m_perField[e][f] += o.m_perField[e][f];
    }
    m_issues += o.m_issues;
    m_withIssues += o.m_withIssues;
    m_withErrors += o.m_withErrors;
    for (auto [mine, theirs] : {std::pair{&m_completeness, &o.m_completeness}, std::pair{&m_validity, &o.m_validity},
                                std::pair{&m_consistency, &o.m_consistency}, std::pair{&m_freshness, &o.m_freshness}}) {
        mine->checked += theirs->checked;
        mine->failed += theirs->failed;
    }
    m_worstKept = std::max(m_worstKept, o.m_worstKept);
    for (const RecordFindings &record : o.m_worst)
        offer(record);
    for (size_t i = 0; i < m_perRule.size() && i < o.m_perRule.size(); ++i) {
        m_perRule[i].records += o.m_perRule[i].records;
        for (int s = 0; s < 3; ++s)
            m_perRule[i].bySeverity[s] += o.m_perRule[i].bySeverity[s];
    }
}

namespace {

bool ranksBelow(const RecordFindings &a, const RecordFindings &b)
{
    return a.ranksAbove(b);
}

} // namespace

void AuditTally::offer(const RecordFindings &record)
{
    if (int(m_worst.size()) < m_worstKept) {
        m_worst.push_back(record);
        std::push_heap(m_worst.begin(), m_worst.end(), ranksBelow);
    } else if (record.ranksAbove(m_worst.front())) {
        std::pop_heap(m_worst.begin(), m_worst.end(), ranksBelow);
        m_worst.back() = record;
        std::push_heap(m_worst.begin(), m_worst.end(), ranksBelow);
    }
}

QList<RecordFindings> AuditTally::worst() const
{
    QList<RecordFindings> list(m_worst.begin(), m_worst.end());
    std::sort(list.begin(), list.end(), [](const RecordFindings &a, const RecordFindings &b) { return a.ranksAbove(b); });
    return list;
}

QList<RuleFindings> AuditTally::rules() const
{
    QList<RuleFindings> list;
    for (size_t i = 0; i < m_rules->list.size(); ++i) {
        const RuleCount &c = m_perRule[i];
        if (c.records > 0)
            list.append({m_rules->list[i].id, c.records, c.bySeverity[int(Severity::Error)],
                         c.bySeverity[int(Severity::Warning)], c.bySeverity[int(Severity::Fix)]});
    }
    std::sort(list.begin(), list.end(), [](const RuleFindings &a, const RuleFindings &b) {
        return a.records != b.records ? a.records > b.records : a.rule < b.rule;
    });
    return list;
}

void AuditTally::setDuplicates(qint64 contacts, qint64 companies)
{
    m_duplicates = {contacts, companies};
}

AuditScores AuditTally::scores() const
{
    AuditScores s;
    s.completeness = AuditScores::share(m_completeness.failed, m_completeness.checked);
    s.validity = AuditScores::share(m_validity.failed, m_validity.checked);
    s.consistency = AuditScores::share(m_consistency.failed, m_consistency.checked);
    s.uniqueness = AuditScores::share(m_duplicates[0] + m_duplicates[1], m_records[0] + m_records[1]);
    s.freshness = AuditScores::share(m_freshness.failed, m_freshness.checked);
    s.computeOverall();
    return s;
}

QJsonObject AuditTally::details() const
{
    auto count = [](qint64 checked, qint64 failed) {
        return QJsonObject{{QStringLiteral("checked"), checked}, {QStringLiteral("failed"), failed}};
    };
    QJsonObject rules;
    for (size_t i = 0; i < m_rules->list.size(); ++i) {
        const Rules::Rule &rule = m_rules->list[i];
        const RuleCount &c = m_perRule[i];
        rules.insert(rule.id, QJsonObject{{QStringLiteral("entity"), StyleGuideRule::entityName(rule.entity)},
                                          {QStringLiteral("kind"), StyleGuideRule::kindName(rule.kind)},
                                          {QStringLiteral("records"), c.records},
                                          {QStringLiteral("error"), c.bySeverity[int(Severity::Error)]},
                                          {QStringLiteral("warning"), c.bySeverity[int(Severity::Warning)]},
                                          {QStringLiteral("fix"), c.bySeverity[int(Severity::Fix)]}});
    }
    QJsonObject fields;
    for (Entity entity : {Entity::Contact, Entity::Company}) {
        QJsonObject perField;
        for (int f = 0; f < int(QualityField::Count); ++f)
            if (m_perField[slot(entity)][f] > 0)
                perField.insert(QualityRecord::keyOf(QualityField(f)), m_perField[slot(entity)][f]);
        fields.insert(StyleGuideRule::entityName(entity), perField);
    }
    const qint64 records = m_records[0] + m_records[1];
    return {
        {QStringLiteral("records"), QJsonObject{{QStringLiteral("contact"), m_records[0]}, {QStringLiteral("company"), m_records[1]}}},
        {QStringLiteral("issues"), m_issues},
        {QStringLiteral("recordsWithIssues"), m_withIssues},
        {QStringLiteral("recordsWithErrors"), m_withErrors},
        {QStringLiteral("checks"), QJsonObject{
             {QStringLiteral("completeness"), count(m_completeness.checked, m_completeness.failed)},
             {QStringLiteral("validity"), count(m_validity.checked, m_validity.failed)},
             {QStringLiteral("consistency"), count(m_consistency.checked, m_consistency.failed)},
             {QStringLiteral("uniqueness"), count(records, m_duplicates[0] + m_duplicates[1])},
             {QStringLiteral("freshness"), count(m_freshness.checked, m_freshness.failed)}}},
        {QStringLiteral("duplicates"), QJsonObject{{QStringLiteral("contact"), m_duplicates[0]}, {QStringLiteral("company"), m_duplicates[1]}}},
        {QStringLiteral("rules"), rules},
        {QStringLiteral("fields"), fields},
    };
}

} // namespace Kempt
