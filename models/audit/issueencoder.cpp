#include "audit/issueencoder.h"
#include "audit/issuedigest.h"

namespace Kempt {

namespace {

bool same(const QString &a, const QString &b)
{
    return a.constData() == b.constData() && a.size() == b.size();
}

size_t slotOf(const QString &text, int cacheSlots)
{
    return (quintptr(text.constData()) >> 4) * 0x9E3779B97F4A7C15ull >> 40 & quintptr(cacheSlots - 1);
}

} // namespace

const QByteArray &IssueEncoder::bytesOf(const QString &text, std::array<Bytes, cacheSlots> &cache)
{
    Bytes &b = cache[slotOf(text, cacheSlots)];
    if (!same(b.text, text) || b.text.isNull() != text.isNull()) {
        b.text = text;
        b.utf8 = text.toUtf8();
    }
    return b.utf8;
}

IssueRow IssueEncoder::encode(const QualityIssue &issue, quint64 *digest)
{
    Row &cached = m_rows[slotOf(issue.message, cacheSlots)];
    if (!issue.message.isEmpty() && same(cached.message, issue.message) && same(cached.rule, issue.ruleId)
        && same(cached.field, issue.field) && same(cached.suggestion, issue.suggestion)
        && cached.severity == issue.severity) {
        IssueRow row = cached.row;
        row.entity = issue.entity;
        row.entityId = issue.entityId;
        *digest = cached.digest;
        return row;
    }
    IssueRow row{issue.entityId, issue.entity, issue.severity, bytesOf(issue.ruleId, m_names),
                 bytesOf(issue.field, m_names), issue.message.toUtf8(), issue.suggestion.toUtf8()};
    *digest = IssueDigest::ofRow(row);
    cached = {issue.message, issue.ruleId, issue.field, issue.suggestion, issue.severity, row, *digest};
    return row;
}

} // namespace Kempt
