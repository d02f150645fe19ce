#include "audit/issuedigest.h"
#include "audit/issuewriter.h"

#include <QtEndian>
#include <cstring>

namespace Kempt {

namespace {

constexpr quint64 kMul1 = 0x9E3779B97F4A7C15ull;
constexpr quint64 kMul2 = 0xBF58476D1CE4E5B9ull;

quint64 rotl(quint64 x, int r)
{
    return (x << r) | (x >> (64 - r));
}

quint64 mixIn(quint64 h, quint64 word)
{
    h ^= word * kMul1;
    return rotl(h, 27) * kMul2;
}

// Eight bytes at a time, little-endian whatever the machine, with the length first so
// that "ab"+"c" and "a"+"bc" differ.
quint64 addText(quint64 h, const QByteArray &text)
{
    const char *p = text.constData();
    qsizetype n = text.size();
    h = mixIn(h, quint64(n));
    for (; n >= 8; p += 8, n -= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        h = mixIn(h, qFromLittleEndian(word));
    }
    if (n > 0) {
        quint64 word = 0;
        for (qsizetype i = 0; i < n; ++i)
            word |= quint64(quint8(p[i])) << (8 * i);
        h = mixIn(h, word);
    }
    return h;
}

quint64 finish(quint64 h)
{
    // splitmix64's finaliser: every input bit reaches every output bit before the sum.
    h ^= h >> 30;
    h *= kMul2;
    h ^= h >> 27;
    h *= 0x94D049BB133111EBull;
    h ^= h >> 31;
    return h;
}

} // namespace

quint64 IssueDigest::ofColumns(const QByteArray &rule, const QByteArray &field, const QByteArray &severity,
                               const QByteArray &message, const QByteArray &suggestion)
{
    quint64 h = 0x4B656D7074ull; // any constant: an empty text still moves the state
    for (const QByteArray *text : {&rule, &field, &severity, &message, &suggestion})
        h = addText(h, *text);
    return finish(h);
}

quint64 IssueDigest::ofRow(const IssueRow &row)
{
    // The names by reference: copies would share one reference count between threads.
    static const QByteArray error = IssueWriter::severityName(StyleGuideRule::Severity::Error);
    static const QByteArray warning = IssueWriter::severityName(StyleGuideRule::Severity::Warning);
    static const QByteArray fix = IssueWriter::severityName(StyleGuideRule::Severity::Fix);
    const QByteArray &severity = row.severity == StyleGuideRule::Severity::Error ? error
        : row.severity == StyleGuideRule::Severity::Fix                          ? fix
                                                                                 : warning;
    return ofColumns(row.rule, row.field, severity, row.message, row.suggestion);
}

} // namespace Kempt
