#pragma once

#include "commands/batchcommand.h"

#include <QString>

namespace Kempt {

class RenamePipeline : public BatchCommand
{
public:
    RenamePipeline(Workspace *workspace, qint64 pipelineId, const QString &name);

protected:
    Result apply(QSqlDatabase db) override;

private:
    qint64 m_pipelineId;
    QString m_name;
};

} // namespace Kempt
