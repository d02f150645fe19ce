#pragma once

#include "commands/batchcommand.h"
#include "domain/company.h"

namespace Kempt {

class CreateCompany : public BatchCommand
{
public:
    CreateCompany(Workspace *workspace, const Company &company);
    qint64 companyId() const { return m_company.id; }

protected:
    Result apply(QSqlDatabase db) override;

private:
    Company m_company;
};

} // namespace Kempt
