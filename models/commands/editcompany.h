#pragma once

#include "commands/batchcommand.h"
#include "domain/company.h"

namespace Kempt {

class EditCompany : public BatchCommand
{
public:
    EditCompany(Workspace *workspace, const Company &company);

protected:
    Result apply(QSqlDatabase db) override;

private:
    Company m_company;
};

} // namespace Kempt
