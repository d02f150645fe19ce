#pragma once

#include "core/result.h"
#include "domain/fielddef.h"
#include "stores/recordselection.h"

#include <QSqlDatabase>
#include <QVariant>

namespace Kempt {

// Sets one field on every selected record with set-based SQL, so a bulk update of a
// million rows is a handful of statements, not a million.
class FieldWriter
{
public:
    explicit FieldWriter(QSqlDatabase db);

    // Tags take a QStringList (or a comma-separated string) and replace the set.
    Result set(Entity entity, const FieldDef &field, const RecordSelection &selection, const QVariant &value);

private:
    QSqlDatabase m_db;
};

} // namespace Kempt
