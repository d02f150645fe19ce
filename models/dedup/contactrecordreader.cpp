#include "dedup/contactrecordreader.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Dedup)
};

} // namespace

Result ContactRecordReader::prepare(QSqlDatabase db, const QString &contactWhere, const QString &childWhere)
{
    Result r = m_contacts.prepare(db, QStringLiteral("SELECT c.id, c.first_name, c.last_name, c.display_name, c.company_name, "
                                                     "c.birthday, c.street, c.city, c.postcode, c.country FROM contacts c "
                                                     "WHERE %1 ORDER BY c.id").arg(contactWhere));
    if (r)
        r = m_emails.prepare(db, QStringLiteral("SELECT contact_id, address FROM contact_emails WHERE %1 "
                                                "ORDER BY contact_id, position, id").arg(childWhere));
    if (r)
        r = m_phones.prepare(db, QStringLiteral("SELECT contact_id, number, e164 FROM contact_phones WHERE %1 "
                                                "ORDER BY contact_id, position, id").arg(childWhere));
    if (!r)
        return m_result = r;
    m_emailRow = m_emails.step();
    m_phoneRow = m_phones.step();
    return m_result = Result::success();
}

Result ContactRecordReader::open(QSqlDatabase db, const QString &condition)
{
    const QString where = condition.isEmpty() ? QStringLiteral("c.deleted_at IS NULL")
                                              : QStringLiteral("c.deleted_at IS NULL AND (%1)").arg(condition);
    // Children of contacts in the trash are read and skipped: cheaper than a join.
    const QString children = condition.isEmpty()
        ? QStringLiteral("1")
        : QStringLiteral("contact_id IN (SELECT c.id FROM contacts c WHERE %1)").arg(where);
    if (condition.isEmpty()) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")) && q.next())
            m_count = q.value(0).toLongLong();
    }
    return prepare(db, where, children);
}

Result ContactRecordReader::openIds(QSqlDatabase db, const QList<qint64> &ids)
{
    QStringList list;
    for (qint64 id : ids)
        list << QString::number(id);
    const QString in = list.isEmpty() ? QStringLiteral("(NULL)") : QLatin1Char('(') + list.join(QLatin1Char(',')) + QLatin1Char(')');
    m_count = ids.size();
    return prepare(db, QStringLiteral("c.deleted_at IS NULL AND c.id IN %1").arg(in), QStringLiteral("contact_id IN %1").arg(in));
}

bool ContactRecordReader::next(DupRecord *record)
{
    if (!m_result || !m_contacts.isPrepared())
        return false;
    if (!m_contacts.step()) {
        m_result = m_contacts.result(Tr::tr("Reading the contacts"));
        if (m_result)
            m_result = m_emails.result(Tr::tr("Reading the contacts' e-mails"));
        if (m_result)
            m_result = m_phones.result(Tr::tr("Reading the contacts' phones"));
        return false;
    }
    const qint64 id = m_contacts.integer(0);
    *record = DupRecord();
    record->id = QString::number(id);
    record->givenName = m_contacts.text(1);
    record->surname = m_contacts.text(2);
    record->fullName = m_contacts.text(3);
    record->company = m_contacts.text(4);
    record->birthday = m_contacts.text(5);
    record->street = m_contacts.text(6);
    record->city = m_contacts.text(7);
    record->postcode = m_contacts.text(8);
    record->country = m_contacts.text(9);
    while (m_emailRow && m_emails.integer(0) < id)
        m_emailRow = m_emails.step();
    while (m_emailRow && m_emails.integer(0) == id) {
        record->emails << m_emails.text(1);
        m_emailRow = m_emails.step();
    }
    while (m_phoneRow && m_phones.integer(0) < id)
        m_phoneRow = m_phones.step();
    while (m_phoneRow && m_phones.integer(0) == id) {
        const QString e164 = m_phones.text(2);
        record->phones << (e164.isEmpty() ? m_phones.text(1) : e164);
        m_phoneRow = m_phones.step();
    }
    return true;
}

} // namespace Kempt
