#pragma once

#include "commands/batchcommand.h"

#include <QString>

namespace Kempt {

class RenameStage : public BatchCommand
{
public:
    RenameStage(Workspace *workspace, qint64 stageId, const QString &name);

protected:
    Result apply(QSqlDatabase db) override;

private:
    qint64 m_stageId;
    QString m_name;
};

} // namespace Kempt
