#pragma once

#include "commands/batchcommand.h"

#include <QList>

namespace Kempt {

// Makes won or lost deals open again, in the stage they were closed from.
class ReopenDeal : public BatchCommand
{
public:
    ReopenDeal(Workspace *workspace, const QList<qint64> &dealIds);

protected:
    Result apply(QSqlDatabase db) override;

private:
    QList<qint64> m_ids;
};

} // namespace Kempt
