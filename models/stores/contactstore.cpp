#include "stores/contactstore.h"
#include "core/timestamps.h"
#include "storage/sqlerror.h"
#include "stores/companystore.h"
#include "stores/tagstore.h"
#include "stores/userstore.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>
#include <functional>

namespace Kempt {

namespace {

struct Column {
    const char *name;
    QString Contact::*member;
};

const QList<Column> &textColumns()
{
    static const QList<Column> list = {
        {"salutation", &Contact::salutation}, {"first_name", &Contact::firstName},
        {"middle_name", &Contact::middleName}, {"last_name", &Contact::lastName},
        {"display_name", &Contact::displayName}, {"job_title", &Contact::jobTitle},
        {"department", &Contact::department}, {"street", &Contact::street}, {"city", &Contact::city},
        {"region", &Contact::region}, {"postcode", &Contact::postcode}, {"country", &Contact::country},
        {"birthday", &Contact::birthday}, {"website", &Contact::website},
        {"lead_source", &Contact::leadSource}, {"unsubscribed_at", &Contact::unsubscribedAt},
        {"unsubscribe_reason", &Contact::unsubscribeReason}, {"last_contacted_at", &Contact::lastContactedAt},
    };
    return list;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Kempt)
};

// Child rows (e-mails, phones, profiles) are matched by id, so an edit updates the rows
// it changed and the journal records exactly that.
template<typename T>
Result syncChildren(QSqlDatabase db, const QString &table, qint64 contactId, const QList<T> &wanted,
                    const QStringList &columns, const std::function<QVariantList(const T &, int)> &values)
{
    QSqlQuery q(db);
    Result r = exec(q, QStringLiteral("SELECT id FROM %1 WHERE contact_id = ?").arg(table), {contactId});
    if (!r)
        return r;
    QList<qint64> existing;
    while (q.next())
        existing << q.value(0).toLongLong();
    QList<qint64> kept;
    for (const T &item : wanted)
        if (item.id > 0 && existing.contains(item.id))
            kept << item.id;
    for (qint64 id : std::as_const(existing))
        if (!kept.contains(id) && !(r = exec(q, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id})))
            return r;
    QStringList sets;
    for (const QString &c : columns)
        sets << c + QStringLiteral(" = ?");
    for (int i = 0; i < wanted.size(); ++i) {
        const T &item = wanted.at(i);
        QVariantList v = values(item, i);
        if (kept.contains(item.id)) {
            // Only rows that differ are written, via WHERE ... IS NOT, so unchanged rows stay out of the log.
            QStringList differs;
            for (const QString &c : columns)
                differs << c + QStringLiteral(" IS NOT ?");
            const QVariantList fresh = v;
            v << item.id;
            v += fresh;
            r = exec(q, QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND (%3)")
                            .arg(table, sets.join(QStringLiteral(", ")), differs.join(QStringLiteral(" OR "))),
                     v);
        } else {
            QStringList marks;
            for (int k = 0; k <= columns.size(); ++k)
                marks << QStringLiteral("?");
            r = exec(q, QStringLiteral("INSERT INTO %1(contact_id, %2) VALUES (%3)")
                            .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                     QVariantList{contactId} + v);
        }
        if (!r)
            return r;
    }
    return Result::success();
}

Result writeCustom(QSqlDatabase db, qint64 contactId, const QVariantMap &custom, const QVariantMap &old)
{
    QSqlQuery q(db);
    QStringList keys = custom.keys() + old.keys();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        const QVariant value = custom.value(key);
        if (value == old.value(key))
            continue;
        Result r;
        if (value.isNull() || value.toString().isEmpty())
            r = exec(q, QStringLiteral("DELETE FROM custom_values WHERE entity_id = ? AND field_id = "
                                       "(SELECT id FROM custom_fields WHERE entity = 'contact' AND key = ?)"),
                     {contactId, key});
        else
            r = exec(q, QStringLiteral("INSERT INTO custom_values(field_id, entity_id, value) "
                                       "SELECT id, ?, ? FROM custom_fields WHERE entity = 'contact' AND key = ? "
                                       "ON CONFLICT(field_id, entity_id) DO UPDATE SET value = excluded.value"),
                     {contactId, value, key});
        if (!r)
            return r;
    }
    return Result::success();
}

QList<EmailAddress> withOnePrimary(QList<EmailAddress> list)
{
    bool seen = false;
    for (EmailAddress &e : list) {
        e.primary = e.primary && !seen;
        seen = seen || e.primary;
    }
    if (!seen && !list.isEmpty())
        list.first().primary = true;
    return list;
}

QList<PhoneNumber> withOnePrimary(QList<PhoneNumber> list)
{
    bool seen = false;
    for (PhoneNumber &p : list) {
        p.primary = p.primary && !seen;
        seen = seen || p.primary;
    }
    if (!seen && !list.isEmpty())
        list.first().primary = true;
    return list;
}

} // namespace

ContactStore::ContactStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<Contact> ContactStore::load(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT t.*, (SELECT name FROM users WHERE id = t.owner_id) AS owner_name "
                             "FROM contacts t WHERE t.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Contact c;
    c.id = id;
    for (const Column &col : textColumns())
        c.*col.member = q.value(QLatin1String(col.name)).toString();
    c.companyName = q.value(QStringLiteral("company_name")).toString();
    c.ownerName = q.value(QStringLiteral("owner_name")).toString();
    c.doNotEmail = q.value(QStringLiteral("do_not_email")).toBool();
    c.doNotCall = q.value(QStringLiteral("do_not_call")).toBool();
    c.createdAt = q.value(QStringLiteral("created_at")).toString();
    c.updatedAt = q.value(QStringLiteral("updated_at")).toString();
    c.deletedAt = q.value(QStringLiteral("deleted_at")).toString();

    q.prepare(QStringLiteral("SELECT id, address, label, is_primary FROM contact_emails WHERE contact_id = ? ORDER BY position, id"));
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            c.emails << EmailAddress{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()};
    q.prepare(QStringLiteral("SELECT id, number, e164, label, is_primary FROM contact_phones WHERE contact_id = ? ORDER BY position, id"));
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            c.phones << PhoneNumber{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toString(), q.value(4).toBool()};
    q.prepare(QStringLiteral("SELECT id, network, url FROM social_profiles WHERE contact_id = ? ORDER BY position, id"));
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            c.socials << SocialProfile{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    q.prepare(QStringLiteral("SELECT g.name FROM contact_tags l JOIN tags g ON g.id = l.tag_id "
                             "WHERE l.contact_id = ? ORDER BY g.name COLLATE NOCASE"));
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            c.tags << q.value(0).toString();
    q.prepare(QStringLiteral("SELECT f.key, v.value FROM custom_values v JOIN custom_fields f ON f.id = v.field_id "
                             "WHERE f.entity = 'contact' AND v.entity_id = ?"));
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            c.custom.insert(q.value(0).toString(), q.value(1));
    return c;
}

Result ContactStore::insert(Contact &contact)
{
    if (contact.composedName().isEmpty() && contact.displayName.trimmed().isEmpty() && contact.companyName.trimmed().isEmpty())
        return Result::failure(Tr::tr("A contact needs at least a name, an e-mail address or a company."));
    qint64 companyId = 0;
    qint64 ownerId = 0;
    Result r = CompanyStore(m_db).idForName(contact.companyName, true, &companyId);
    if (r)
        r = UserStore(m_db).idForName(contact.ownerName, true, &ownerId);
    if (!r)
        return r;

    QStringList names;
    QVariantList values;
    for (const Column &col : textColumns()) {
        names << QLatin1String(col.name);
        values << contact.*col.member;
    }
    const int displayIndex = names.indexOf(QStringLiteral("display_name"));
    values[displayIndex] = contact.effectiveDisplayName();
    names << QStringLiteral("company_id") << QStringLiteral("owner_id") << QStringLiteral("do_not_email")
          << QStringLiteral("do_not_call");
    values << idOrNull(companyId) << idOrNull(ownerId) << int(contact.doNotEmail) << int(contact.doNotCall);
    if (!contact.createdAt.isEmpty()) {
        names << QStringLiteral("created_at") << QStringLiteral("updated_at");
        values << contact.createdAt << (contact.updatedAt.isEmpty() ? contact.createdAt : contact.updatedAt);
    }
    if (contact.id > 0) {
        names << QStringLiteral("id");
        values << contact.id;
    }
    QStringList marks;
    for (int i = 0; i < names.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_db);
    r = exec(q, QStringLiteral("INSERT INTO contacts(%1) VALUES (%2)").arg(names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))), values);
    if (!r)
        return r;
    contact.id = q.lastInsertId().toLongLong();
    if (contact.displayName.isEmpty())
        contact.displayName = contact.effectiveDisplayName();
    if (r)
        r = writeEmails(contact.id, contact.emails);
    if (r)
        r = writePhones(contact.id, contact.phones);
    if (r)
        r = writeSocials(contact.id, contact.socials);
    if (r && !contact.tags.isEmpty())
        r = TagStore(m_db).setTags(Entity::Contact, contact.id, contact.tags);
    if (r && !contact.custom.isEmpty())
        r = writeCustom(m_db, contact.id, contact.custom, {});
    return r;
}

Result ContactStore::update(const Contact &contact)
{
    const std::optional<Contact> stored = load(contact.id);
    if (!stored)
        return Result::failure(Tr::tr("The contact no longer exists; it may have been deleted for good."));
    const Contact &old = *stored;
    Contact wanted = contact;
    // A display name that was composed follows the name parts; a typed one stays.
    if (wanted.displayName.isEmpty() || (old.displayName == old.composedName() && wanted.displayName == old.displayName))
        wanted.displayName = wanted.composedName();

    QStringList sets;
    QVariantList values;
    for (const Column &col : textColumns()) {
        if (wanted.*col.member != old.*col.member) {
            sets << QStringLiteral("%1 = ?").arg(QLatin1String(col.name));
            values << wanted.*col.member;
        }
    }
    if (wanted.doNotEmail != old.doNotEmail) {
        sets << QStringLiteral("do_not_email = ?");
        values << int(wanted.doNotEmail);
    }
    if (wanted.doNotCall != old.doNotCall) {
        sets << QStringLiteral("do_not_call = ?");
        values << int(wanted.doNotCall);
    }
    Result r;
    if (wanted.companyName.simplified() != old.companyName) {
        qint64 companyId = 0;
        if (!(r = CompanyStore(m_db).idForName(wanted.companyName, true, &companyId)))
            return r;
        sets << QStringLiteral("company_id = ?");
        values << idOrNull(companyId);
    }
    if (wanted.ownerName.simplified() != old.ownerName) {
        qint64 ownerId = 0;
        if (!(r = UserStore(m_db).idForName(wanted.ownerName, true, &ownerId)))
            return r;
        sets << QStringLiteral("owner_id = ?");
        values << idOrNull(ownerId);
    }
    const QList<EmailAddress> emails = withOnePrimary(wanted.emails);
    const QList<PhoneNumber> phones = withOnePrimary(wanted.phones);
    const bool childrenChanged = emails != old.emails || phones != old.phones || wanted.socials != old.socials
        || wanted.tags != old.tags || wanted.custom != old.custom;
    if (sets.isEmpty() && !childrenChanged)
        return Result::success();
    sets << QStringLiteral("updated_at = ?");
    values << isoNow() << contact.id;
    QSqlQuery q(m_db);
    if (!(r = exec(q, QStringLiteral("UPDATE contacts SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))), values)))
        return r;
    if (emails != old.emails && !(r = writeEmails(contact.id, emails)))
        return r;
    if (phones != old.phones && !(r = writePhones(contact.id, phones)))
        return r;
    if (wanted.socials != old.socials && !(r = writeSocials(contact.id, wanted.socials)))
        return r;
    if (wanted.tags != old.tags && !(r = TagStore(m_db).setTags(Entity::Contact, contact.id, wanted.tags)))
        return r;
    if (wanted.custom != old.custom && !(r = writeCustom(m_db, contact.id, wanted.custom, old.custom)))
        return r;
    return Result::success();
}

Result ContactStore::writeEmails(qint64 contactId, const QList<EmailAddress> &emails)
{
    QList<EmailAddress> clean;
    for (const EmailAddress &e : withOnePrimary(emails))
        if (!e.address.trimmed().isEmpty())
            clean << e;
    return syncChildren<EmailAddress>(m_db, QStringLiteral("contact_emails"), contactId, withOnePrimary(clean),
                                      {QStringLiteral("address"), QStringLiteral("label"), QStringLiteral("is_primary"), QStringLiteral("position")},
                                      [](const EmailAddress &e, int i) {
                                          return QVariantList{e.address.trimmed(), e.label, int(e.primary), i};
                                      });
}

Result ContactStore::writePhones(qint64 contactId, const QList<PhoneNumber> &phones)
{
    QList<PhoneNumber> clean;
    for (const PhoneNumber &p : phones)
        if (!p.number.trimmed().isEmpty())
            clean << p;
    return syncChildren<PhoneNumber>(m_db, QStringLiteral("contact_phones"), contactId, withOnePrimary(clean),
                                     {QStringLiteral("number"), QStringLiteral("e164"), QStringLiteral("label"),
                                      QStringLiteral("is_primary"), QStringLiteral("position")},
                                     [](const PhoneNumber &p, int i) {
                                         return QVariantList{p.number.trimmed(), p.e164, p.label, int(p.primary), i};
                                     });
}

Result ContactStore::writeSocials(qint64 contactId, const QList<SocialProfile> &socials)
{
    QList<SocialProfile> clean;
    for (const SocialProfile &s : socials)
        if (!s.url.trimmed().isEmpty())
            clean << s;
    return syncChildren<SocialProfile>(m_db, QStringLiteral("social_profiles"), contactId, clean,
                                       {QStringLiteral("network"), QStringLiteral("url"), QStringLiteral("position")},
                                       [](const SocialProfile &s, int i) {
                                           return QVariantList{s.network, s.url.trimmed(), i};
                                       });
}

Result ContactStore::moveToTrash(const RecordSelection &selection)
{
    QSqlQuery q(m_db);
    return exec(q, QStringLiteral("UPDATE contacts AS t SET deleted_at = ? WHERE t.deleted_at IS NULL AND (%1)").arg(selection.where),
                QVariantList{isoNow()} + selection.binds);
}

Result ContactStore::restore(const RecordSelection &selection)
{
    QSqlQuery q(m_db);
    return exec(q, QStringLiteral("UPDATE contacts AS t SET deleted_at = NULL WHERE t.deleted_at IS NOT NULL AND (%1)").arg(selection.where),
                selection.binds);
}

Result ContactStore::purge(const RecordSelection &selection)
{
    QSqlQuery q(m_db);
    return exec(q, QStringLiteral("DELETE FROM contacts AS t WHERE t.deleted_at IS NOT NULL AND (%1)").arg(selection.where),
                selection.binds);
}

qint64 ContactStore::count(bool includeTrash) const
{
    QSqlQuery q(m_db);
    if (q.exec(includeTrash ? QStringLiteral("SELECT count(*) FROM contacts")
                            : QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL"))
        && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace Kempt
