#pragma once

#include "commands/batchcommand.h"

#include <QList>

namespace Kempt {

// Moves deals to the trash; RestoreRecords and PurgeRecords (Entity::Deal) take it from there.
class DeleteDeals : public BatchCommand
{
public:
    DeleteDeals(Workspace *workspace, const QList<qint64> &dealIds);

protected:
    Result apply(QSqlDatabase db) override;

private:
    QList<qint64> m_ids;
};

} // namespace Kempt
