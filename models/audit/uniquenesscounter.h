#pragma once

#include "core/result.h"

#include <QSqlDatabase>

namespace Kempt {

// Counts the live records that are duplicates of another live record of their kind, for
// the audit's uniqueness score. Contacts: once a duplicate scan has run, those in its
// groups as they stand now (DuplicateGroupStore::summary: merged and "not a duplicate"
// ones are out, skipped ones still count, as skipping decides nothing); before, those
// sharing an e-mail (trimmed, ASCII lowercase) or E.164 phone. Companies: those sharing
// an e-mail. One set-based query each: it reads the stored groups and never scans.
class UniquenessCounter
{
public:
    static Result count(QSqlDatabase db, qint64 *contacts, qint64 *companies);

private:
    static Result contactsSharingAKey(QSqlDatabase db, qint64 *contacts);
};

} // namespace Kempt
