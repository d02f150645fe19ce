#include "commands/editcompany.h"
#include "stores/companystore.h"

#include <QCoreApplication>

namespace Kempt {

EditCompany::EditCompany(Workspace *workspace, const Company &company)
    : BatchCommand(workspace, QCoreApplication::translate("Command", "Edit company %1").arg(company.name))
    , m_company(company)
{
}

Result EditCompany::apply(QSqlDatabase db)
{
    return CompanyStore(db).update(m_company);
}

} // namespace Kempt
