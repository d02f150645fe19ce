#include "commands/createcompany.h"
#include "stores/companystore.h"

#include <QCoreApplication>

namespace Kempt {

CreateCompany::CreateCompany(Workspace *workspace, const Company &company)
    : BatchCommand(workspace, QCoreApplication::translate("Command", "Create company %1").arg(company.name))
    , m_company(company)
{
}

Result CreateCompany::apply(QSqlDatabase db)
{
    return CompanyStore(db).insert(m_company);
}

} // namespace Kempt
