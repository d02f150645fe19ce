#pragma once

#include "commands/batchcommand.h"
#include "domain/fieldtype.h"
#include "stores/recordselection.h"

#include <QStringList>

namespace Kempt {

// Adds tags to every selected contact or company, creating the tags that are missing.
class TagRecords : public BatchCommand
{
public:
    TagRecords(Workspace *workspace, Entity entity, const RecordSelection &selection, const QStringList &tagNames,
               qint64 recordCount);

protected:
    Result apply(QSqlDatabase db) override;

private:
    Entity m_entity;
    RecordSelection m_selection;
    QStringList m_tagNames;
};

} // namespace Kempt
