#pragma once

#include "audit/issuerow.h"

#include <QtGlobal>

namespace Kempt {

// A record's findings reduced to one number (quality_digests.digest): the sum of a hash
// of each row's text, so the order of the rows does not matter but a row twice does.
// The full audit compares it with the stored one instead of reading every stored row.
// Kept in the file, so it is the same on every machine and every run: the hash is this
// code's own, never qHash (seeded per process).
class IssueDigest
{
public:
    // rule, field, severity, message and suggestion; not the record's id.
    static quint64 ofRow(const IssueRow &row);
    // The same for a stored row, from its columns as SQLite holds them.
    static quint64 ofColumns(const QByteArray &rule, const QByteArray &field, const QByteArray &severity,
                             const QByteArray &message, const QByteArray &suggestion);
};

} // namespace Kempt
