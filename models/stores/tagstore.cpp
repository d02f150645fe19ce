#include "stores/tagstore.h"
#include "domain/fieldcatalog.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TagStore)
};

QString jsonIds(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Deals have no tag table; refusing here keeps a wrong entity from writing contact links.
Result checkTaggable(Entity entity)
{
    if (entity == Entity::Deal)
        return Result::failure(Tr::tr("Deals cannot carry tags. Tag the deal's contact or company instead."));
    return Result::success();
}

// Counts only live records, so the numbers match what the lists show.
QString usageSql(const QString &where)
{
    return QStringLiteral(
               "SELECT g.id, g.name, g.color, "
               "(SELECT count(*) FROM contact_tags l JOIN contacts c ON c.id = l.contact_id "
               " WHERE l.tag_id = g.id AND c.deleted_at IS NULL), "
               "(SELECT count(*) FROM company_tags l JOIN companies c ON c.id = l.company_id "
               " WHERE l.tag_id = g.id AND c.deleted_at IS NULL) "
               "FROM tags g %1 ORDER BY g.name COLLATE NOCASE, g.id")
        .arg(where);
}

TagUsage usageOf(const QSqlQuery &q)
{
    TagUsage t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.color = q.value(2).toString();
    t.contacts = q.value(3).toLongLong();
    t.companies = q.value(4).toLongLong();
    return t;
}

} // namespace

TagStore::TagStore(QSqlDatabase db)
    : m_db(db)
{
}

QList<TagUsage> TagStore::list() const
{
    QList<TagUsage> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(usageSql(QString())))
        while (q.next())
            result << usageOf(q);
    return result;
}

TagUsage TagStore::find(qint64 id) const
{
    QSqlQuery q(m_db);
    if (exec(q, usageSql(QStringLiteral("WHERE g.id = ?")), {id}) && q.next())
        return usageOf(q);
    return TagUsage();
}

qint64 TagStore::idForName(const QString &name) const
{
    QSqlQuery q(m_db);
    if (exec(q, QStringLiteral("SELECT id FROM tags WHERE name = ?"), {name.trimmed()}) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QStringList TagStore::tagsOf(Entity entity, qint64 recordId) const
{
    QStringList names;
    if (!checkTaggable(entity))
        return names;
    QSqlQuery q(m_db);
    const QString sql = QStringLiteral("SELECT g.name FROM %1 l JOIN tags g ON g.id = l.tag_id WHERE l.%2 = ? "
                                       "ORDER BY g.name COLLATE NOCASE")
                            .arg(FieldCatalog::tagTableOf(entity), FieldCatalog::tagOwnerColumn(entity));
    if (exec(q, sql, {recordId}))
        while (q.next())
            names << q.value(0).toString();
    return names;
}

Result TagStore::checkName(const QString &trimmedName)
{
    if (trimmedName.isEmpty())
        return Result::failure(Tr::tr("A tag needs a name. Type a name such as \"Customer\"."));
    // Tags travel as comma-separated lists in exports and the Tags column.
    if (trimmedName.contains(QLatin1Char(',')))
        return Result::failure(Tr::tr("The tag name \"%1\" contains a comma, but commas separate tags. "
                                  "Use another character, such as a dash.").arg(trimmedName));
    return Result::success();
}

Result TagStore::create(const QString &name, const QString &color, qint64 *id)
{
    const QString trimmed = name.trimmed();
    Result r = checkName(trimmed);
    if (!r)
        return r;
    const qint64 existing = idForName(trimmed);
    if (existing)
        return Result::failure(Tr::tr("A tag named \"%1\" already exists. Use that tag or choose another name.")
                                   .arg(find(existing).name));
    QSqlQuery q(m_db);
    if (!(r = exec(q, QStringLiteral("INSERT INTO tags(name, color) VALUES (?, ?)"), {trimmed, color.trimmed()})))
        return r;
    if (id)
        *id = q.lastInsertId().toLongLong();
    return Result::success();
}

Result TagStore::checkRename(qint64 id, const QString &newName) const
{
    const TagUsage tag = find(id);
    if (!tag.id)
        return Result::failure(Tr::tr("The tag no longer exists. Refresh the tag list and try again."));
    const QString trimmed = newName.trimmed();
    Result r = checkName(trimmed);
    if (!r)
        return r;
    const qint64 other = idForName(trimmed);
    if (other && other != id)
        return Result::failure(Tr::tr("Another tag is already named \"%1\". To combine the two, merge \"%2\" into \"%1\" instead.")
                                   .arg(find(other).name, tag.name));
    return Result::success();
}

Result TagStore::rename(qint64 id, const QString &newName)
{
    Result r = checkRename(id, newName);
    if (!r)
        return r;
    QSqlQuery q(m_db);
    // A change of case alone is a rename too; the journal skips it when nothing differs.
    return exec(q, QStringLiteral("UPDATE tags SET name = ? WHERE id = ?"), {newName.trimmed(), id});
}

Result TagStore::merge(qint64 fromId, qint64 intoId)
{
    const TagUsage from = find(fromId);
    const TagUsage into = find(intoId);
    if (!from.id || !into.id)
        return Result::failure(Tr::tr("One of the tags to merge no longer exists. Refresh the tag list and try again."));
    if (fromId == intoId)
        return Result::failure(Tr::tr("A tag cannot be merged into itself. Choose two different tags."));
    QSqlQuery q(m_db);
    Result r;
    for (const Entity entity : {Entity::Contact, Entity::Company}) {
        const QString table = FieldCatalog::tagTableOf(entity);
        const QString owner = FieldCatalog::tagOwnerColumn(entity);
        // OR IGNORE keeps a single link for records that already carry both tags.
        if (!(r = exec(q, QStringLiteral("INSERT OR IGNORE INTO %1(%2, tag_id) SELECT %2, ? FROM %1 WHERE tag_id = ?")
                              .arg(table, owner), {intoId, fromId})))
            return r;
        if (!(r = exec(q, QStringLiteral("DELETE FROM %1 WHERE tag_id = ?").arg(table), {fromId})))
            return r;
    }
    return exec(q, QStringLiteral("DELETE FROM tags WHERE id = ?"), {fromId});
}

Result TagStore::remove(const QList<qint64> &ids)
{
    QSqlQuery q(m_db);
    const QString json = jsonIds(ids);
    Result r;
    // Links go first and explicitly, so the journal holds them even without cascading keys.
    for (const QString &table : {QStringLiteral("contact_tags"), QStringLiteral("company_tags"), QStringLiteral("tags")}) {
        const QString column = table == QLatin1String("tags") ? QStringLiteral("id") : QStringLiteral("tag_id");
        if (!(r = exec(q, QStringLiteral("DELETE FROM %1 WHERE %2 IN (SELECT value FROM json_each(?))").arg(table, column),
                       {json})))
            return r;
    }
    return Result::success();
}

Result TagStore::removeUnused(qint64 *removed)
{
    QList<qint64> unused;
    for (const TagUsage &t : list())
        if (t.total() == 0)
            unused << t.id;
    if (removed)
        *removed = unused.size();
    return unused.isEmpty() ? Result::success() : remove(unused);
}

Result TagStore::idsForNames(const QStringList &names, bool create, QList<qint64> *ids)
{
    ids->clear();
    QSet<QString> seen;
    for (const QString &name : names) {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty() || seen.contains(trimmed.toCaseFolded()))
            continue;
        seen.insert(trimmed.toCaseFolded());
        qint64 id = idForName(trimmed);
        if (!id && create) {
            const Result r = this->create(trimmed, QString(), &id);
            if (!r)
                return r;
        }
        if (id)
            ids->append(id);
    }
    return Result::success();
}

Result TagStore::linkSelection(Entity entity, const RecordSelection &selection, const QList<qint64> &tagIds, bool add)
{
    Result r = checkTaggable(entity);
    if (!r || tagIds.isEmpty())
        return r;
    const QString link = FieldCatalog::tagTableOf(entity);
    const QString owner = FieldCatalog::tagOwnerColumn(entity);
    const QString table = FieldCatalog::tableOf(entity);
    QString sql;
    if (add)
        sql = QStringLiteral("INSERT OR IGNORE INTO %1(%2, tag_id) SELECT t.id, g.value FROM json_each(?) g "
                             "JOIN %3 t WHERE %4")
                  .arg(link, owner, table, selection.where);
    else
        sql = QStringLiteral("DELETE FROM %1 WHERE tag_id IN (SELECT value FROM json_each(?)) "
                             "AND %2 IN (SELECT t.id FROM %3 t WHERE %4)")
                  .arg(link, owner, table, selection.where);
    QSqlQuery q(m_db);
    return exec(q, sql, QVariantList{jsonIds(tagIds)} + selection.binds);
}

Result TagStore::addToSelection(Entity entity, const RecordSelection &selection, const QStringList &names)
{
    Result r = checkTaggable(entity);
    if (!r)
        return r;
    QList<qint64> ids;
    if (!(r = idsForNames(names, true, &ids)))
        return r;
    return linkSelection(entity, selection, ids, true);
}

Result TagStore::removeFromSelection(Entity entity, const RecordSelection &selection, const QStringList &names)
{
    QList<qint64> ids;
    const Result r = idsForNames(names, false, &ids);
    if (!r)
        return r;
    return linkSelection(entity, selection, ids, false);
}

Result TagStore::setTags(Entity entity, qint64 recordId, const QStringList &names)
{
    Result r = checkTaggable(entity);
    if (!r)
        return r;
    QList<qint64> ids;
    if (!(r = idsForNames(names, true, &ids)))
        return r;
    const QString link = FieldCatalog::tagTableOf(entity);
    const QString owner = FieldCatalog::tagOwnerColumn(entity);
    const QString json = jsonIds(ids);
    QSqlQuery q(m_db);
    // Only the links that differ are written, so undo and the history stay exact.
    if (!(r = exec(q, QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND tag_id NOT IN (SELECT value FROM json_each(?))")
                          .arg(link, owner), {recordId, json})))
        return r;
    return exec(q, QStringLiteral("INSERT OR IGNORE INTO %1(%2, tag_id) SELECT ?, value FROM json_each(?)").arg(link, owner),
                {recordId, json});
}

} // namespace Kempt
