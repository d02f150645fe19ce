#pragma once

#include "commands/batchcommand.h"

#include <QList>

namespace Kempt {

// Marks open deals won; their stay in the current stage ends.
class WinDeal : public BatchCommand
{
public:
    WinDeal(Workspace *workspace, const QList<qint64> &dealIds);

protected:
    Result apply(QSqlDatabase db) override;

private:
    QList<qint64> m_ids;
};

} // namespace Kempt
