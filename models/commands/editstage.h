#pragma once

#include "commands/batchcommand.h"
#include "domain/deal.h"

namespace Kempt {

// Name, default probability, rotting period and required fields (the gate) of a stage.
class EditStage : public BatchCommand
{
public:
    EditStage(Workspace *workspace, const Stage &stage);

protected:
    Result apply(QSqlDatabase db) override;

private:
    Stage m_stage;
};

} // namespace Kempt
