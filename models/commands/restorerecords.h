#pragma once

#include "commands/batchcommand.h"
#include "domain/fieldtype.h"
#include "stores/recordselection.h"

namespace Kempt {

class RestoreRecords : public BatchCommand
{
public:
    RestoreRecords(Workspace *workspace, Entity entity, const RecordSelection &selection, qint64 recordCount);

protected:
    Result apply(QSqlDatabase db) override;

private:
    Entity m_entity;
    RecordSelection m_selection;
};

} // namespace Kempt
