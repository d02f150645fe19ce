#pragma once

#include "audit/sqlitestatement.h"
#include "dedup/duprecordsource.h"

#include <QSqlDatabase>

namespace Kempt {

// Streams the workspace's contacts (not those in the trash) as DupRecords: the contact
// row, its e-mails and its phones (E.164 where stored, else as typed) are read as three
// statements ordered by contact id and joined as they go, so a million contacts never sit
// in memory. Reads on the connection it is given, which belongs to the calling thread; a
// scan off the GUI thread passes its own (Database::openConnection).
class ContactRecordReader : public DupRecordSource
{
public:
    // condition: optional SQL on alias c (contacts) limiting the contacts read, e.g.
    // "c.id IN (SELECT id FROM temp.x)".
    Result open(QSqlDatabase db, const QString &condition = QString());
    // Only these contacts: looked up by id, so a handful is read without touching the rest.
    Result openIds(QSqlDatabase db, const QList<qint64> &ids);

    bool next(DupRecord *record) override;
    Result result() const override { return m_result; }
    qint64 sizeHint() const override { return m_count; }

    static qint64 contactId(const DupRecord &record) { return record.id.toLongLong(); }

private:
    Result prepare(QSqlDatabase db, const QString &contactWhere, const QString &childWhere);

    SqliteStatement m_contacts;
    SqliteStatement m_emails;
    SqliteStatement m_phones;
    bool m_emailRow = false;
    bool m_phoneRow = false;
    qint64 m_count = -1;
    Result m_result;
};

} // namespace Kempt
