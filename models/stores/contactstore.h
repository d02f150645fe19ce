#pragma once

#include "core/result.h"
#include "domain/contact.h"
#include "stores/recordselection.h"

#include <QSqlDatabase>
#include <optional>

namespace Kempt {

// Reads and writes whole contacts. Callers run inside Workspace::write, which supplies
// the transaction and the journal batch.
class ContactStore
{
public:
    explicit ContactStore(QSqlDatabase db);

    std::optional<Contact> load(qint64 id) const;
    // Assigns contact.id; finds or creates the company and owner by name.
    Result insert(Contact &contact);
    // Writes only what differs from the stored contact, so the journal stays exact.
    Result update(const Contact &contact);

    Result moveToTrash(const RecordSelection &selection);
    Result restore(const RecordSelection &selection);
    // Deletes for good; the journal still holds the rows, so even this can be undone.
    Result purge(const RecordSelection &selection);

    qint64 count(bool includeTrash = false) const;

private:
    Result writeEmails(qint64 contactId, const QList<EmailAddress> &emails);
    Result writePhones(qint64 contactId, const QList<PhoneNumber> &phones);
    Result writeSocials(qint64 contactId, const QList<SocialProfile> &socials);

    QSqlDatabase m_db;
};

} // namespace Kempt
