#pragma once

#include "commands/batchcommand.h"
#include "domain/contact.h"

namespace Kempt {

// Saves the contact editor: every changed field, e-mail, phone, tag and custom value.
class EditContact : public BatchCommand
{
public:
    EditContact(Workspace *workspace, const Contact &contact);

protected:
    Result apply(QSqlDatabase db) override;

private:
    Contact m_contact;
};

} // namespace Kempt
