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

Result IssueWriter::write(const IssueRow &row)
{
    if (!m_insert.isPrepared()) {
        const Result r = m_insert.prepare(m_db, QStringLiteral("INSERT INTO quality_issues(entity, entity_id, rule, field, "
                                                               "severity, message, suggestion) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        if (!r)
            return r;
    }
    const QByteArray entity = entityName(row.entity);
    const QByteArray severity = severityName(row.severity);
    m_insert.bindText(1, entity);
    m_insert.bind(2, row.entityId);
    m_insert.bindText(3, row.rule);
    m_insert.bindText(4, row.field);
    m_insert.bindText(5, severity);
    m_insert.bindText(6, row.message);
    m_insert.bindText(7, row.suggestion);
    m_insert.step();
    const Result r = m_insert.result(QCoreApplication::translate("Audit", "Storing the data-quality findings"));
    m_insert.reset();
    return r;
}

Result IssueWriter::write(const QList<QualityIssue> &issues)
{
    for (const QualityIssue &issue : issues) {
        const Result r = write(IssueRow::from(issue));
        if (!r)
            return r;
    }
    return Result::success();
}

} // namespace Kempt
