#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <vector>

namespace Kempt {

// Counts the live records that are duplicates of another live record of their kind, for
// the audit's uniqueness score. Contacts: once a duplicate scan has run, those in its
// groups as they stand now (DuplicateGroupStore::summary: merged and "not a duplicate"
// ones are out, skipped ones still count, as skipping decides nothing); before, those
// sharing an e-mail (trimmed, ASCII lowercase) or E.164 phone. Companies: those sharing
// an e-mail.
class UniquenessCounter
{
public:
    static Result count(QSqlDatabase db, qint64 *contacts, qint64 *companies);

private:
    struct KeyedId
    {
        quint64 key;
        qint64 id;
        bool operator<(const KeyedId &o) const { return key != o.key ? key < o.key : id < o.id; }
        bool operator==(const KeyedId &o) const { return key == o.key && id == o.id; }
    };
    static Result contactsSharingAKey(QSqlDatabase db, qint64 *contacts);
    // The ids that share their key with another id; sorts keys.
    static qint64 countSharing(std::vector<KeyedId> *keys);
};

} // namespace Kempt
