#pragma once

#include "audit/issuerow.h"

#include <QString>
#include <array>

namespace Kempt {

// Turns a thread's QualityIssues into IssueRows and their digests (IssueDigest) for the
// full audit. Most findings repeat word for word from record to record (a field that is
// missing, a record not touched since a date): the rule engine hands those out as the
// same string each time (EvaluationMemo), and they are recognised here by where their
// text lives, so their UTF-8 and digest are made once. Anything else is encoded as
// usual. One per thread.
class IssueEncoder
{
public:
    IssueRow encode(const QualityIssue &issue, quint64 *digest);

private:
    static constexpr int cacheSlots = 1024;

    // A text kept alive with its UTF-8: while the cache holds it, its address can
    // belong to no other text.
    struct Bytes
    {
        QString text;
        QByteArray utf8;
    };
    const QByteArray &bytesOf(const QString &text, std::array<Bytes, cacheSlots> &cache);

    struct Row
    {
        QString message;
        QString rule;
        QString field;
        QString suggestion;
        StyleGuideRule::Severity severity = StyleGuideRule::Severity::Warning;
        IssueRow row;
        quint64 digest = 0;
    };
    std::array<Row, cacheSlots> m_rows;
    std::array<Bytes, cacheSlots> m_names; // rule ids and field keys
};

} // namespace Kempt
