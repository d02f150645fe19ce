#pragma once

#include "core/result.h"
#include "domain/fielddef.h"
#include "stores/recordselection.h"

#include <QSqlDatabase>
#include <QVariant>

namespace Kempt {

// The deal fields that are not a plain copy into a column, for in-place edits and bulk
// updates of the deals table (FieldWriter hands them over):
// - value: typed in major units, stored in each deal's minor unit;
// - currency: a new code keeps the amount in major units (100.00 EUR -> 100 JPY);
// - probability: typed in percent, empty for the stage's default;
// - stage: a stage name of each deal's pipeline, entered through DealStore::move (the
//   stage gate and the history apply).
class DealFieldWriter
{
public:
    explicit DealFieldWriter(QSqlDatabase db);

    static bool handles(Entity entity, const FieldDef &field);
    Result set(const FieldDef &field, const RecordSelection &selection, const QVariant &value);

private:
    Result setStage(const RecordSelection &selection, const QString &name);

    QSqlDatabase m_db;
};

} // namespace Kempt
