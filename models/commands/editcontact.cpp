#include "commands/editcontact.h"
#include "stores/contactstore.h"

#include <QCoreApplication>

namespace Kempt {

EditContact::EditContact(Workspace *workspace, const Contact &contact)
    : BatchCommand(workspace, QCoreApplication::translate("Command", "Edit contact %1").arg(contact.effectiveDisplayName()))
    , m_contact(contact)
{
}

Result EditContact::apply(QSqlDatabase db)
{
    return ContactStore(db).update(m_contact);
}

} // namespace Kempt
