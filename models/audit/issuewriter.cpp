#include "audit/issuewriter.h"

#include <QCoreApplication>

namespace Kempt {

IssueWriter::IssueWriter(QSqlDatabase db)
    : m_db(db)
{
}

QByteArray IssueWriter::entityName(Entity entity)
{
    static const QByteArray contact("contact"), company("company");
    return entity == Entity::Company ? company : contact;
}

QByteArray IssueWriter::severityName(StyleGuideRule::Severity severity)
{
    static const QByteArray error("error"), warning("warning"), fix("fix");
    switch (severity) {
    case StyleGuideRule::Severity::Error: return error;
    case StyleGuideRule::Severity::Fix: return fix;
    case StyleGuideRule::Severity::Warning: break;
    }
    return warning;
}

namespace {

QString insertSql(int rows)
{
    QStringList values;
    for (int i = 0; i < rows; ++i)
        values << QStringLiteral("(?, ?, ?, ?, ?, ?, ?)");
    return QStringLiteral("INSERT INTO quality_issues(entity, entity_id, rule, field, severity, message, suggestion) VALUES ")
        + values.join(QStringLiteral(", "));
}

QString what()
{
    return QCoreApplication::translate("Audit", "Storing the data-quality findings");
}

} // namespace

void IssueWriter::bindRow(SqliteStatement &statement, int first, const IssueRow &row)
{
    // Bound without copying: the names are static, the row outlives the step.
    statement.bindText(first, entityName(row.entity));
    statement.bind(first + 1, row.entityId);
    statement.bindText(first + 2, row.rule);
    statement.bindText(first + 3, row.field);
    statement.bindText(first + 4, severityName(row.severity));
    statement.bindText(first + 5, row.message);
    statement.bindText(first + 6, row.suggestion);
}

Result IssueWriter::write(const IssueRow &row)
{
    if (!m_insert.isPrepared()) {
        const Result r = m_insert.prepare(m_db, insertSql(1));
        if (!r)
            return r;
    }
    bindRow(m_insert, 1, row);
    m_insert.step();
    const Result r = m_insert.result(what());
    m_insert.reset();
    return r;
}

Result IssueWriter::write(const std::vector<IssueRow> &rows)
{
    size_t i = 0;
    if (rows.size() >= size_t(chunkRows) && !m_insertChunk.isPrepared()) {
        const Result r = m_insertChunk.prepare(m_db, insertSql(chunkRows));
        if (!r)
            return r;
    }
    for (; i + chunkRows <= rows.size(); i += chunkRows) {
        for (int k = 0; k < chunkRows; ++k)
            bindRow(m_insertChunk, 1 + 7 * k, rows[i + k]);
        m_insertChunk.step();
        const Result r = m_insertChunk.result(what());
        m_insertChunk.reset();
        if (!r)
            return r;
    }
    for (; i < rows.size(); ++i) {
        const Result r = write(rows[i]);
        if (!r)
            return r;
    }
    return Result::success();
}

Result IssueWriter::write(const QList<QualityIssue> &issues)
{
    std::vector<IssueRow> rows;
    rows.reserve(issues.size());
    for (const QualityIssue &issue : issues)
        rows.push_back(IssueRow::from(issue));
    return write(rows);
}

} // namespace Kempt
