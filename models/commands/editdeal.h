#pragma once

#include "commands/batchcommand.h"
#include "domain/deal.h"

namespace Kempt {

// Writes the fields that changed; a new stage goes through the stage gate.
class EditDeal : public BatchCommand
{
public:
    EditDeal(Workspace *workspace, const Deal &deal);

protected:
    Result apply(QSqlDatabase db) override;

private:
    Deal m_deal;
};

} // namespace Kempt
