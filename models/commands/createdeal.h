#pragma once

#include "commands/batchcommand.h"
#include "domain/deal.h"

namespace Kempt {

// A new deal; without a stage it starts in the first stage of its (or the first) pipeline.
class CreateDeal : public BatchCommand
{
public:
    CreateDeal(Workspace *workspace, const Deal &deal);
    qint64 dealId() const { return m_deal.id; }

protected:
    Result apply(QSqlDatabase db) override;

private:
    Deal m_deal;
};

} // namespace Kempt
