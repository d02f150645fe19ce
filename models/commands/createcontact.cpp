#include "commands/createcontact.h"
#include "stores/contactstore.h"

#include <QCoreApplication>

namespace Kempt {

CreateContact::CreateContact(Workspace *workspace, const Contact &contact)
    : BatchCommand(workspace, QCoreApplication::translate("Command", "Create contact %1").arg(contact.effectiveDisplayName()))
    , m_contact(contact)
{
}

Result CreateContact::apply(QSqlDatabase db)
{
    return ContactStore(db).insert(m_contact);
}

} // namespace Kempt
