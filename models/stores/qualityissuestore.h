#pragma once

#include "audit/auditresult.h"
#include "audit/findingcounts.h"
#include "core/result.h"
#include "domain/fieldtype.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace Kempt {

// Reads what the audit stored: quality_issues (kept current by IncrementalAudit) and the
// scores of past full audits in quality_snapshots.
class QualityIssueStore
{
public:
    using RecordIssues = RecordFindings;
    using RuleIssues = RuleFindings;
    struct Snapshot
    {
        qint64 id = 0;
        QString at;
        qint64 guideVersion = 0;
        qint64 records = 0;
        AuditScores scores;
        QJsonObject details;
    };

    explicit QualityIssueStore(QSqlDatabase db);

    // The records with most to do (RecordFindings::ranksAbove), counted from the stored
    // findings; a full audit counts them as it goes (Auditor::setWorstKept).
    Result worstRecords(int limit, QList<RecordIssues> *records) const;
    // The name each record is listed under: a contact's display name, else its name,
    // else its e-mail; a company's name.
    Result nameRecords(QList<RecordIssues> *records) const;
    // Every rule with findings, most records first.
    Result countsByRule(QList<RuleIssues> *rules) const;
    qint64 issueCount() const;
    // Newest first; limit 0 for all.
    Result snapshots(int limit, QList<Snapshot> *snapshots) const;

private:
    QSqlDatabase m_db;
};

} // namespace Kempt
