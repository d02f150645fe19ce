#pragma once

#include "commands/batchcommand.h"
#include "domain/fielddef.h"
#include "stores/recordselection.h"

#include <QVariant>

namespace Kempt {

// One field set on one record (an in-place edit) or on many (a bulk update).
class UpdateField : public BatchCommand
{
public:
    UpdateField(Workspace *workspace, Entity entity, const FieldDef &field, const RecordSelection &selection,
                const QVariant &value, qint64 recordCount);

protected:
    Result apply(QSqlDatabase db) override;

private:
    Entity m_entity;
    FieldDef m_field;
    RecordSelection m_selection;
    QVariant m_value;
};

} // namespace Kempt
