#pragma once

#include "commands/batchcommand.h"
#include "domain/contact.h"

namespace Kempt {

class CreateContact : public BatchCommand
{
public:
    CreateContact(Workspace *workspace, const Contact &contact);
    // The new contact's id, once redo() has run.
    qint64 contactId() const { return m_contact.id; }

protected:
    Result apply(QSqlDatabase db) override;

private:
    Contact m_contact;
};

} // namespace Kempt
