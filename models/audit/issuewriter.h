#pragma once

#include "audit/issuerow.h"
#include "audit/sqlitestatement.h"
#include "core/result.h"

#include <QSqlDatabase>
#include <vector>

namespace Kempt {

// Writes rows of quality_issues through one prepared statement; the caller owns the
// transaction (a change batch, or the full audit's).
class IssueWriter
{
public:
    explicit IssueWriter(QSqlDatabase db);

    Result write(const IssueRow &row);
    Result write(const QList<QualityIssue> &issues);
    // Many rows at once, several per statement: the statement's own cost (opening the
    // table and its two indexes) is paid once per chunk instead of once per row.
    Result write(const std::vector<IssueRow> &rows);

    // "contact" / "company", as quality_issues.entity stores them.
    static QByteArray entityName(Entity entity);
    static QByteArray severityName(StyleGuideRule::Severity severity);

private:
    static constexpr int chunkRows = 32;
    void bindRow(SqliteStatement &statement, int first, const IssueRow &row);

    QSqlDatabase m_db;
    SqliteStatement m_insert;
    SqliteStatement m_insertChunk;
};

} // namespace Kempt
