#include "commands/deleterecords.h"
#include "stores/companystore.h"
#include "stores/contactstore.h"
#include "stores/dealstore.h"

#include <QCoreApplication>

namespace Kempt {

DeleteRecords::DeleteRecords(Workspace *workspace, Entity entity, const RecordSelection &selection, qint64 recordCount)
    : BatchCommand(workspace, QCoreApplication::translate("Command", "Move %Ln records to the trash", nullptr, int(recordCount)),
                   BatchKind::Bulk)
    , m_entity(entity)
    , m_selection(selection)
{
}

Result DeleteRecords::apply(QSqlDatabase db)
{
    if (m_entity == Entity::Company)
        return CompanyStore(db).moveToTrash(m_selection);
    if (m_entity == Entity::Deal)
        return DealStore(db).moveToTrash(m_selection);
    return ContactStore(db).moveToTrash(m_selection);
}

} // namespace Kempt
