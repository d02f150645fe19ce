#include "commands/restorerecords.h"
#include "stores/companystore.h"
#include "stores/contactstore.h"
#include "stores/dealstore.h"

#include <QCoreApplication>

namespace Kempt {

RestoreRecords::RestoreRecords(Workspace *workspace, Entity entity, const RecordSelection &selection, qint64 recordCount)
    : BatchCommand(workspace, QCoreApplication::translate("Command", "Restore %Ln records from the trash", nullptr, int(recordCount)),
                   BatchKind::Bulk)
    , m_entity(entity)
    , m_selection(selection)
{
}

Result RestoreRecords::apply(QSqlDatabase db)
{
    if (m_entity == Entity::Company)
        return CompanyStore(db).restore(m_selection);
    if (m_entity == Entity::Deal)
        return DealStore(db).restore(m_selection);
    return ContactStore(db).restore(m_selection);
}

} // namespace Kempt
