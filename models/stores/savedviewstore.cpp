#include "stores/savedviewstore.h"
#include "domain/fieldcatalog.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Kempt)
};

const QString kColumns = QStringLiteral("id, entity, name, filter, columns, sort, position");

std::optional<Entity> entityFromName(const QString &name)
{
    for (Entity e : {Entity::Contact, Entity::Company, Entity::Deal})
        if (FieldCatalog::entityName(e) == name)
            return e;
    return std::nullopt;
}

QString compact(const QJsonDocument &doc)
{
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QString sortJson(const SavedView &v)
{
    if (v.sortKey.isEmpty())
        return QStringLiteral("{}");
    return compact(QJsonDocument(QJsonObject{
        {QStringLiteral("key"), v.sortKey},
        {QStringLiteral("order"), v.sortOrder == Qt::DescendingOrder ? QStringLiteral("descending") : QStringLiteral("ascending")}}));
}

// Malformed JSON (a hand-edited file) yields an empty filter or default columns, never a crash.
SavedView fromRow(const QSqlQuery &q, Entity entity)
{
    SavedView v;
    v.id = q.value(0).toLongLong();
    v.entity = entity;
    v.name = q.value(2).toString();
    v.filter = Filter::fromJson(QJsonDocument::fromJson(q.value(3).toByteArray()).object(), entity);
    for (const QJsonValue &c : QJsonDocument::fromJson(q.value(4).toByteArray()).array())
        if (c.isString())
            v.columns << c.toString();
    const QJsonObject sort = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
    v.sortKey = sort.value(QStringLiteral("key")).toString();
    v.sortOrder = sort.value(QStringLiteral("order")).toString() == QLatin1String("descending") ? Qt::DescendingOrder
                                                                                                : Qt::AscendingOrder;
    v.position = q.value(6).toInt();
    return v;
}

std::optional<SavedView> first(QSqlQuery &q)
{
    if (!q.exec() || !q.next())
        return std::nullopt;
    const auto entity = entityFromName(q.value(1).toString());
    if (!entity)
        return std::nullopt;
    return fromRow(q, *entity);
}

} // namespace

SavedViewStore::SavedViewStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<SavedView> SavedViewStore::list(Entity entity) const
{
    QList<SavedView> views;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM saved_views WHERE entity = ? ORDER BY position, name COLLATE NOCASE, id").arg(kColumns));
    q.addBindValue(FieldCatalog::entityName(entity));
    if (q.exec())
        while (q.next())
            views << fromRow(q, entity);
    return views;
}

std::optional<SavedView> SavedViewStore::load(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM saved_views WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    return first(q);
}

std::optional<SavedView> SavedViewStore::find(Entity entity, const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM saved_views WHERE entity = ? AND name = ?").arg(kColumns));
    q.addBindValue(FieldCatalog::entityName(entity));
    q.addBindValue(name.trimmed());
    return first(q);
}

Result SavedViewStore::save(SavedView &view)
{
    view.name = view.name.trimmed();
    if (view.name.isEmpty())
        return Result::failure(Tr::tr("A view needs a name. Type one and save again."));
    view.filter.setEntity(view.entity);
    const QString filter = compact(QJsonDocument(view.filter.toJson()));
    const QString columns = compact(QJsonDocument(QJsonArray::fromStringList(view.columns)));
    const QString sort = sortJson(view);
    QSqlQuery q(m_db);
    if (const auto existing = find(view.entity, view.name)) {
        view.id = existing->id;
        view.position = existing->position;
        return exec(q, QStringLiteral("UPDATE saved_views SET filter = ?, columns = ?, sort = ? WHERE id = ? "
                                      "AND (filter IS NOT ? OR columns IS NOT ? OR sort IS NOT ?)"),
                    {filter, columns, sort, view.id, filter, columns, sort});
    }
    const QString entity = FieldCatalog::entityName(view.entity);
    Result r = exec(q, QStringLiteral("SELECT coalesce(max(position), -1) + 1 FROM saved_views WHERE entity = ?"), {entity});
    if (!r)
        return r;
    view.position = q.next() ? q.value(0).toInt() : 0;
    r = exec(q, QStringLiteral("INSERT INTO saved_views(entity, name, filter, columns, sort, position) VALUES (?, ?, ?, ?, ?, ?)"),
             {entity, view.name, filter, columns, sort, view.position});
    if (r)
        view.id = q.lastInsertId().toLongLong();
    return r;
}

Result SavedViewStore::remove(qint64 id)
{
    QSqlQuery q(m_db);
    const Result r = exec(q, QStringLiteral("DELETE FROM saved_views WHERE id = ?"), {id});
    if (r && q.numRowsAffected() == 0)
        return Result::failure(Tr::tr("The view no longer exists; it may have been deleted already."));
    return r;
}

} // namespace Kempt
