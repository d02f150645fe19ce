#pragma once

#include "audit/issuerow.h"
#include "audit/sqlitestatement.h"
#include "core/result.h"

#include <QSqlDatabase>

namespace Kempt {

// Writes rows of quality_issues through one prepared statement; the caller owns the
// transaction (a change batch, or the full audit's).
class IssueWriter
{
public:
    explicit IssueWriter(QSqlDatabase db);

    Result write(const IssueRow &row);
    Result write(const QList<QualityIssue> &issues);

    // "contact" / "company", as quality_issues.entity stores them.
    static QByteArray entityName(Entity entity);
    static QByteArray severityName(StyleGuideRule::Severity severity);

private:
    QSqlDatabase m_db;
    SqliteStatement m_insert;
};

} // namespace Kempt
