#pragma once

#include "audit/auditresult.h"
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
    struct RecordIssues
    {
        Entity entity = Entity::Contact;
        qint64 id = 0;
        QString name;
        qint64 errors = 0;
        qint64 warnings = 0;
        qint64 fixes = 0;
        qint64 total() const { return errors + warnings + fixes; }
    };
    struct RuleIssues
    {
        QString rule;
        qint64 records = 0;
        qint64 errors = 0;
        qint64 warnings = 0;
        qint64 fixes = 0;
    };
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

    // The records with most to do: errors first, then warnings, then fixes; ties by id.
    Result worstRecords(int limit, QList<RecordIssues> *records) const;
    // Every rule with findings, most records first.
    Result countsByRule(QList<RuleIssues> *rules) const;
    qint64 issueCount() const;
    // Newest first; limit 0 for all.
    Result snapshots(int limit, QList<Snapshot> *snapshots) const;

private:
    QSqlDatabase m_db;
};

} // namespace Kempt
