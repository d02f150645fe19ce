#pragma once

#include "audit/auditscores.h"
#include "audit/findingcounts.h"
#include "quality/qualityissue.h"
#include "quality/qualityrecord.h"
#include "quality/styleguide.h"

#include <QJsonObject>
#include <algorithm>
#include <array>
#include <memory>
#include <vector>

namespace Kempt {

// The counts behind the audit's scores (formulas in auditscores.h), gathered record by
// record from the record and the issues the rule engine found on it. Each evaluating
// thread keeps its own tally; merge() adds them up at the end.
class AuditTally
{
public:
    explicit AuditTally(const StyleGuide &guide);

    void add(const QualityRecord &record, const QList<QualityIssue> &issues);
    void merge(const AuditTally &other);
    void setDuplicates(qint64 contacts, qint64 companies);

    qint64 contacts() const { return m_records[0]; }
    qint64 companies() const { return m_records[1]; }
    qint64 issues() const { return m_issues; }

    // Keeps the n records with most to do (RecordFindings::ranksAbove), without names.
    void keepWorst(int n) { m_worstKept = std::max(0, n); }
    QList<RecordFindings> worst() const;
    // The rules with findings, most records first, then by id.
    QList<RuleFindings> rules() const;

    AuditScores scores() const;
    // {"records": {...}, "issues": n, "recordsWithIssues": n, "recordsWithErrors": n,
    //  "checks": {dimension: {"checked": n, "failed": n}}, "duplicates": {...},
    //  "rules": {id: {"entity", "kind", "records", "error", "warning", "fix"}},
    //  "fields": {"contact": {key: issues}, "company": {...}}}
    QJsonObject details() const;

private:
    struct Rules;
    struct Count
    {
        qint64 checked = 0;
        qint64 failed = 0;
    };
    struct RuleCount
    {
        qint64 records = 0;
        std::array<qint64, 3> bySeverity{}; // indexed by StyleGuideRule::Severity
    };

    std::shared_ptr<const Rules> m_rules;
    std::array<qint64, 2> m_records{};
    std::array<qint64, 2> m_duplicates{};
    qint64 m_issues = 0;
    qint64 m_withIssues = 0;
    qint64 m_withErrors = 0;
    Count m_completeness, m_validity, m_consistency, m_freshness;
    std::vector<RuleCount> m_perRule;
    std::array<std::array<qint64, int(QualityField::Count)>, 2> m_perField{};
    int m_worstKept = 0;
    // A heap whose front ranks lowest, so that it is the one a new record replaces.
    std::vector<RecordFindings> m_worst;

    void offer(const RecordFindings &record);
};

} // namespace Kempt
