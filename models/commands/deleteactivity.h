#pragma once

#include "commands/batchcommand.h"

namespace Kempt {

class DeleteActivity : public BatchCommand
{
public:
    DeleteActivity(Workspace *workspace, qint64 activityId);

protected:
    Result apply(QSqlDatabase db) override;

private:
    qint64 m_activityId;
};

} // namespace Kempt
