#pragma once

#include "core/result.h"
#include "domain/contact.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Kempt {

// Writes imported contacts with statements prepared once, instead of ContactStore's
// statement per call: preparing an INSERT compiles the table's journal, search and
// derived-column triggers, and at thousands of rows that compiling was nearly all the
// time an import took. Companies, owners and tags are looked up once per name. Writes
// the same rows ContactStore::insert would. The derived columns (company_name,
// primary_email, primary_phone) are written with the row, since the Importer suspends
// the triggers that would set them one statement at a time.
class ImportWriter
{
public:
    ImportWriter(QSqlDatabase db, qint64 importId);

    Result insert(Contact &contact);
    // A note on a contact (the file's notes columns, a vCard's NOTE).
    Result insertNote(qint64 contactId, const QString &body);

private:
    Result prepare();
    Result idOf(QHash<QString, qint64> &cache, QSqlQuery &find, const QString &name, bool company, qint64 *id);
    Result tagId(const QString &name, qint64 *id);

    QSqlDatabase m_db;
    qint64 m_importId;
    bool m_prepared = false;
    QSqlQuery m_contact;
    QSqlQuery m_email;
    QSqlQuery m_phone;
    QSqlQuery m_tag;
    QSqlQuery m_custom;
    QSqlQuery m_note;
    QSqlQuery m_findCompany;
    QSqlQuery m_findOwner;
    QSqlQuery m_findTag;
    QHash<QString, qint64> m_companies;
    QHash<qint64, QString> m_companyNames; // as stored, for contacts.company_name
    QHash<QString, qint64> m_owners;
    QHash<QString, qint64> m_tags;
    QHash<QString, qint64> m_customFields;
};

} // namespace Kempt
