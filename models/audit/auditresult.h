#pragma once

#include "audit/auditscores.h"
#include "audit/findingcounts.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Kempt {

// What a full audit found: the scores it stored in quality_snapshots and the counts
// behind them (details: per rule, per field, per dimension; see AuditTally::details).
struct AuditResult
{
    AuditScores scores;
    QJsonObject details;
    qint64 contacts = 0;
    qint64 companies = 0;
    qint64 issues = 0;
    qint64 snapshotId = 0;
    qint64 guideVersion = 0;
    bool cancelled = false;
    // Every rule with findings, most records first, then by id.
    QList<RuleFindings> rules;
    // The records with most to do, named, as many as Auditor::setWorstKept asked for.
    QList<RecordFindings> worst;

    qint64 records() const { return contacts + companies; }
};

} // namespace Kempt
