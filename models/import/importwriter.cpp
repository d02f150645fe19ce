#include "import/importwriter.h"
#include "domain/company.h"
#include "storage/sqlerror.h"
#include "stores/companystore.h"
#include "stores/customfieldstore.h"
#include "stores/userstore.h"

#include <QCoreApplication>
#include <QVariant>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// A null QString binds as NULL, which the NOT NULL text columns refuse.
QVariant text(const QString &value)
{
    return QVariant(value.isNull() ? QStringLiteral("") : value);
}

// The derived columns the suspended triggers would have set (see Importer).
QString firstOf(const QList<EmailAddress> &emails)
{
    for (const EmailAddress &e : emails)
        if (!e.address.trimmed().isEmpty())
            return e.address.trimmed();
    return QString();
}

QString firstOf(const QList<PhoneNumber> &phones)
{
    for (const PhoneNumber &p : phones)
        if (!p.number.trimmed().isEmpty())
            return p.number.trimmed();
    return QString();
}

Result run(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return sqlFailure(q, what);
    return Result::success();
}

} // namespace

ImportWriter::ImportWriter(QSqlDatabase db, qint64 importId)
    : m_db(db)
    , m_importId(importId)
    , m_contact(db)
    , m_email(db)
    , m_phone(db)
    , m_tag(db)
    , m_custom(db)
    , m_note(db)
    , m_findCompany(db)
    , m_findOwner(db)
    , m_findTag(db)
{
}

Result ImportWriter::prepare()
{
    const QList<std::pair<QSqlQuery *, QString>> statements = {
        {&m_contact, QStringLiteral("INSERT INTO contacts(salutation, first_name, middle_name, last_name, display_name, job_title, "
                                    "department, street, city, region, postcode, country, birthday, website, lead_source, "
                                    "unsubscribed_at, unsubscribe_reason, last_contacted_at, company_id, owner_id, do_not_email, "
                                    "do_not_call, import_batch_id, company_name, primary_email, primary_phone, created_at, updated_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                    "coalesce(?, strftime('%Y-%m-%dT%H:%M:%SZ','now')), coalesce(?, strftime('%Y-%m-%dT%H:%M:%SZ','now')))")},
        {&m_email, QStringLiteral("INSERT INTO contact_emails(contact_id, address, label, is_primary, position) VALUES (?, ?, ?, ?, ?)")},
        {&m_phone, QStringLiteral("INSERT INTO contact_phones(contact_id, number, e164, label, is_primary, position) VALUES (?, ?, ?, ?, ?, ?)")},
        {&m_tag, QStringLiteral("INSERT OR IGNORE INTO contact_tags(contact_id, tag_id) VALUES (?, ?)")},
        {&m_custom, QStringLiteral("INSERT INTO custom_values(field_id, entity_id, value) VALUES (?, ?, ?)")},
        {&m_note, QStringLiteral("INSERT INTO notes(contact_id, body) VALUES (?, ?)")},
        {&m_findCompany, QStringLiteral("SELECT id, name FROM companies WHERE name = ? COLLATE NOCASE AND deleted_at IS NULL ORDER BY id LIMIT 1")},
        {&m_findOwner, QStringLiteral("SELECT id FROM users WHERE name = ? COLLATE NOCASE")},
        {&m_findTag, QStringLiteral("SELECT id FROM tags WHERE name = ? COLLATE NOCASE")},
    };
    for (const auto &[query, sql] : statements)
        if (!query->prepare(sql))
            return sqlFailure(*query, Tr::tr("Preparing the import"));
    for (const CustomFieldDef &def : CustomFieldStore(m_db).list(Entity::Contact))
        m_customFields.insert(def.key, def.id);
    m_prepared = true;
    return Result::success();
}

Result ImportWriter::idOf(QHash<QString, qint64> &cache, QSqlQuery &find, const QString &name, bool company, qint64 *id)
{
    const QString clean = name.simplified();
    *id = 0;
    if (clean.isEmpty())
        return Result::success();
    const QString key = clean.toCaseFolded();
    if (const auto it = cache.constFind(key); it != cache.constEnd()) {
        *id = *it;
        return Result::success();
    }
    find.addBindValue(clean);
    Result r = run(find, Tr::tr("Looking up %1").arg(clean));
    if (!r)
        return r;
    if (find.next()) {
        *id = find.value(0).toLongLong();
        if (company)
            m_companyNames.insert(*id, find.value(1).toString());
    } else if (company) {
        // New names are rare next to rows, so the stores' own (slower) inserts do.
        Company c;
        c.name = clean;
        if (!(r = CompanyStore(m_db).insert(c)))
            return r;
        *id = c.id;
        m_companyNames.insert(c.id, clean);
    } else if (!(r = UserStore(m_db).idForName(clean, true, id))) {
        return r;
    }
    find.finish();
    cache.insert(key, *id);
    return Result::success();
}

Result ImportWriter::tagId(const QString &name, qint64 *id)
{
    const QString key = name.simplified().toCaseFolded();
    if (const auto it = m_tags.constFind(key); it != m_tags.constEnd()) {
        *id = *it;
        return Result::success();
    }
    m_findTag.addBindValue(name.simplified());
    Result r = run(m_findTag, Tr::tr("Looking up the tag %1").arg(name));
    if (!r)
        return r;
    if (m_findTag.next()) {
        *id = m_findTag.value(0).toLongLong();
    } else {
        QSqlQuery q(m_db);
        if (!(r = exec(q, QStringLiteral("INSERT INTO tags(name) VALUES (?)"), {name.simplified()})))
            return r;
        *id = q.lastInsertId().toLongLong();
    }
    m_findTag.finish();
    m_tags.insert(key, *id);
    return Result::success();
}

Result ImportWriter::insert(Contact &c)
{
    Result r;
    if (!m_prepared && !(r = prepare()))
        return r;
    qint64 companyId = 0, ownerId = 0;
    if (!(r = idOf(m_companies, m_findCompany, c.companyName, true, &companyId))
        || !(r = idOf(m_owners, m_findOwner, c.ownerName, false, &ownerId)))
        return r;
    const QVariant created = c.createdAt.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(c.createdAt);
    for (const QVariant &v : {text(c.salutation), text(c.firstName), text(c.middleName), text(c.lastName),
                              text(c.effectiveDisplayName()), text(c.jobTitle), text(c.department), text(c.street),
                              text(c.city), text(c.region), text(c.postcode), text(c.country), text(c.birthday),
                              text(c.website), text(c.leadSource), text(c.unsubscribedAt), text(c.unsubscribeReason),
                              text(c.lastContactedAt), idOrNull(companyId), idOrNull(ownerId), QVariant(int(c.doNotEmail)),
                              QVariant(int(c.doNotCall)), QVariant(m_importId), text(m_companyNames.value(companyId)),
                              text(firstOf(c.emails)), text(firstOf(c.phones)), created, created})
        m_contact.addBindValue(v);
    if (!(r = run(m_contact, Tr::tr("Storing a contact"))))
        return r;
    c.id = m_contact.lastInsertId().toLongLong();
    int position = 0;
    for (const EmailAddress &e : std::as_const(c.emails)) {
        if (e.address.trimmed().isEmpty())
            continue;
        for (const QVariant &v : {QVariant(c.id), text(e.address.trimmed()), text(e.label), QVariant(int(position == 0)),
                                  QVariant(position)})
            m_email.addBindValue(v);
        if (!(r = run(m_email, Tr::tr("Storing an e-mail address"))))
            return r;
        ++position;
    }
    position = 0;
    for (const PhoneNumber &p : std::as_const(c.phones)) {
        if (p.number.trimmed().isEmpty())
            continue;
        for (const QVariant &v : {QVariant(c.id), text(p.number.trimmed()), text(p.e164), text(p.label),
                                  QVariant(int(position == 0)), QVariant(position)})
            m_phone.addBindValue(v);
        if (!(r = run(m_phone, Tr::tr("Storing a phone number"))))
            return r;
        ++position;
    }
    for (const QString &tag : std::as_const(c.tags)) {
        if (tag.trimmed().isEmpty())
            continue;
        qint64 id = 0;
        if (!(r = tagId(tag, &id)))
            return r;
        m_tag.addBindValue(c.id);
        m_tag.addBindValue(id);
        if (!(r = run(m_tag, Tr::tr("Tagging a contact"))))
            return r;
    }
    for (auto it = c.custom.cbegin(); it != c.custom.cend(); ++it) {
        const qint64 field = m_customFields.value(it.key());
        if (field <= 0 || it.value().toString().isEmpty())
            continue;
        m_custom.addBindValue(field);
        m_custom.addBindValue(c.id);
        m_custom.addBindValue(it.value());
        if (!(r = run(m_custom, Tr::tr("Storing a custom field"))))
            return r;
    }
    return Result::success();
}

Result ImportWriter::insertNote(qint64 contactId, const QString &body)
{
    Result r;
    if (!m_prepared && !(r = prepare()))
        return r;
    m_note.addBindValue(contactId);
    m_note.addBindValue(body);
    return run(m_note, Tr::tr("Storing a note"));
}

} // namespace Kempt
