#pragma once

#include "core/result.h"

#include <QSqlDatabase>

namespace Kempt {

// Which contacts and companies one change batch may have changed in the eyes of the
// style guide, read from change_log and gathered in the temporary table
// temp.audit_affected(entity, id) of the connection:
// - rows of contacts and companies themselves (edits, trash, restore, inserts, deletes);
// - their child rows: contact_emails, contact_phones, contact_tags, company_tags,
//   social_profiles and custom_values (an insert or delete names its owner in the
//   logged row, an update is looked up, a moved row counts for both owners);
// - rows they show by reference: a renamed or removed company (its contacts' company
//   field), user (owner) or tag.
// Ids of records that no longer exist are harmless: the refresh finds nothing to judge.
class AffectedRecords
{
public:
    static Result collect(QSqlDatabase db, qint64 batchId);
    static Result clear(QSqlDatabase db);
    // A condition on alias t for QualityRecordReader: the affected records of one kind.
    static QString condition(const QString &entityName);
};

} // namespace Kempt
