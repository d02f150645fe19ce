#include "stores/companystore.h"
#include "core/timestamps.h"
#include "storage/sqlerror.h"
#include "stores/tagstore.h"
#include "stores/userstore.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace Kempt {

namespace {

struct Column {
    const char *name;
    QString Company::*member;
};

const QList<Column> &columns()
{
    static const QList<Column> list = {
        {"name", &Company::name}, {"legal_form", &Company::legalForm}, {"industry", &Company::industry},
        {"size", &Company::size}, {"website", &Company::website}, {"phone", &Company::phone},
        {"email", &Company::email}, {"street", &Company::street}, {"city", &Company::city},
        {"region", &Company::region}, {"postcode", &Company::postcode}, {"country", &Company::country},
        {"description", &Company::description},
    };
    return list;
}

} // namespace

CompanyStore::CompanyStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<Company> CompanyStore::load(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT t.*, (SELECT name FROM users WHERE id = t.owner_id) AS owner_name "
                             "FROM companies t WHERE t.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Company c;
    c.id = id;
    for (const Column &col : columns())
        c.*col.member = q.value(QLatin1String(col.name)).toString();
    c.ownerName = q.value(QStringLiteral("owner_name")).toString();
    c.createdAt = q.value(QStringLiteral("created_at")).toString();
    c.updatedAt = q.value(QStringLiteral("updated_at")).toString();
    c.deletedAt = q.value(QStringLiteral("deleted_at")).toString();
    q.prepare(QStringLiteral("SELECT g.name FROM company_tags l JOIN tags g ON g.id = l.tag_id "
                             "WHERE l.company_id = ? ORDER BY g.name COLLATE NOCASE"));
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            c.tags << q.value(0).toString();
    q.prepare(QStringLiteral("SELECT f.key, v.value FROM custom_values v JOIN custom_fields f ON f.id = v.field_id "
                             "WHERE f.entity = 'company' AND v.entity_id = ?"));
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            c.custom.insert(q.value(0).toString(), q.value(1));
    return c;
}

Result CompanyStore::insert(Company &company)
{
    if (company.name.trimmed().isEmpty())
        return Result::failure(QCoreApplication::translate("Kempt", "A company needs a name."));
    qint64 ownerId = 0;
    Result r = UserStore(m_db).idForName(company.ownerName, true, &ownerId);
    if (!r)
        return r;
    QStringList names;
    QStringList marks;
    QVariantList values;
    for (const Column &col : columns()) {
        names << QLatin1String(col.name);
        marks << QStringLiteral("?");
        values << company.*col.member;
    }
    names << QStringLiteral("owner_id");
    marks << QStringLiteral("?");
    values << (ownerId ? QVariant(ownerId) : QVariant(QMetaType(QMetaType::LongLong)));
    if (company.id > 0) {
        names << QStringLiteral("id");
        marks << QStringLiteral("?");
        values << company.id;
    }
    QSqlQuery q(m_db);
    r = exec(q, QStringLiteral("INSERT INTO companies(%1) VALUES (%2)").arg(names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))), values);
    if (!r)
        return r;
    company.id = q.lastInsertId().toLongLong();
    return company.tags.isEmpty() ? Result::success() : TagStore(m_db).setTags(Entity::Company, company.id, company.tags);
}

Result CompanyStore::update(const Company &company)
{
    const std::optional<Company> old = load(company.id);
    if (!old)
        return Result::failure(QCoreApplication::translate("Kempt", "The company no longer exists; it may have been deleted."));
    if (company.name.trimmed().isEmpty())
        return Result::failure(QCoreApplication::translate("Kempt", "A company needs a name."));
    QStringList sets;
    QVariantList values;
    for (const Column &col : columns()) {
        if (company.*col.member != old.value().*col.member) {
            sets << QStringLiteral("%1 = ?").arg(QLatin1String(col.name));
            values << company.*col.member;
        }
    }
    if (company.ownerName != old->ownerName) {
        qint64 ownerId = 0;
        const Result r = UserStore(m_db).idForName(company.ownerName, true, &ownerId);
        if (!r)
            return r;
        sets << QStringLiteral("owner_id = ?");
        values << (ownerId ? QVariant(ownerId) : QVariant(QMetaType(QMetaType::LongLong)));
    }
    QSqlQuery q(m_db);
    if (!sets.isEmpty()) {
        sets << QStringLiteral("updated_at = ?");
        values << isoNow() << company.id;
        const Result r = exec(q, QStringLiteral("UPDATE companies SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))), values);
        if (!r)
            return r;
    }
    if (company.tags != old->tags)
        return TagStore(m_db).setTags(Entity::Company, company.id, company.tags);
    return Result::success();
}

Result CompanyStore::moveToTrash(const RecordSelection &selection)
{
    QSqlQuery q(m_db);
    return exec(q, QStringLiteral("UPDATE companies AS t SET deleted_at = ? WHERE t.deleted_at IS NULL AND (%1)").arg(selection.where),
                QVariantList{isoNow()} + selection.binds);
}

Result CompanyStore::restore(const RecordSelection &selection)
{
    QSqlQuery q(m_db);
    return exec(q, QStringLiteral("UPDATE companies AS t SET deleted_at = NULL WHERE t.deleted_at IS NOT NULL AND (%1)").arg(selection.where),
                selection.binds);
}

Result CompanyStore::purge(const RecordSelection &selection)
{
    QSqlQuery q(m_db);
    return exec(q, QStringLiteral("DELETE FROM companies AS t WHERE t.deleted_at IS NOT NULL AND (%1)").arg(selection.where),
                selection.binds);
}

Result CompanyStore::idForName(const QString &name, bool create, qint64 *id)
{
    const QString clean = name.simplified();
    *id = 0;
    if (clean.isEmpty())
        return Result::success();
    QSqlQuery q(m_db);
    Result r = exec(q, QStringLiteral("SELECT id FROM companies WHERE name = ? COLLATE NOCASE AND deleted_at IS NULL ORDER BY id LIMIT 1"), {clean});
    if (!r)
        return r;
    if (q.next()) {
        *id = q.value(0).toLongLong();
        return Result::success();
    }
    if (!create)
        return Result::failure(QCoreApplication::translate("Kempt", "There is no company called \"%1\".").arg(clean));
    Company company;
    company.name = clean;
    r = insert(company);
    *id = company.id;
    return r;
}

QStringList CompanyStore::names(const QString &prefix, int limit) const
{
    QStringList result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM companies WHERE deleted_at IS NULL AND name LIKE ? ESCAPE '\\' "
                             "ORDER BY name COLLATE NOCASE LIMIT ?"));
    QString escaped = prefix;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
    q.addBindValue(escaped + QLatin1Char('%'));
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            result << q.value(0).toString();
    return result;
}

} // namespace Kempt
