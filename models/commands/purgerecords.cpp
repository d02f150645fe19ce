#include "commands/purgerecords.h"
#include "stores/companystore.h"
#include "stores/contactstore.h"
#include "stores/dealstore.h"

#include <QCoreApplication>

namespace Kempt {

PurgeRecords::PurgeRecords(Workspace *workspace, Entity entity, const RecordSelection &selection, qint64 recordCount)
    : BatchCommand(workspace, QCoreApplication::translate("Command", "Delete %Ln records for good", nullptr, int(recordCount)),
                   BatchKind::Bulk)
    , m_entity(entity)
    , m_selection(selection)
{
}

Result PurgeRecords::apply(QSqlDatabase db)
{
    if (m_entity == Entity::Company)
        return CompanyStore(db).purge(m_selection);
    if (m_entity == Entity::Deal)
        return DealStore(db).purge(m_selection);
    return ContactStore(db).purge(m_selection);
}

} // namespace Kempt
