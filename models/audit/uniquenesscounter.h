#pragma once

#include "core/result.h"

#include <QSqlDatabase>

namespace Kempt {

// Counts the live records that share a key with another live record of their kind, for
// the audit's uniqueness score: contacts by e-mail (trimmed, ASCII lowercase) or E.164
// phone, companies by e-mail. One set-based query each. The duplicate engine, once it
// exists, replaces this with its own groups.
class UniquenessCounter
{
public:
    static Result count(QSqlDatabase db, qint64 *contacts, qint64 *companies);
};

} // namespace Kempt
