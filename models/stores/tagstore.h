#pragma once

#include "core/result.h"
#include "domain/fieldtype.h"
#include "stores/recordselection.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace Kempt {

// A tag with how many live (not trashed) records carry it.
struct TagUsage
{
    qint64 id = 0;
    QString name;
    QString color;
    qint64 contacts = 0;
    qint64 companies = 0;

    qint64 total() const { return contacts + companies; }
};

// Tags and their links to contacts and companies. Writers run inside Workspace::write;
// every change to a selection is one set-based statement, whatever its size.
class TagStore
{
public:
    explicit TagStore(QSqlDatabase db);

    // All tags, sorted by name case-insensitively.
    QList<TagUsage> list() const;
    TagUsage find(qint64 id) const; // id 0 when there is no such tag
    qint64 idForName(const QString &name) const;
    QStringList tagsOf(Entity entity, qint64 recordId) const;

    // Trims the name and refuses empty names, commas and duplicates (case-insensitive).
    Result create(const QString &name, const QString &color = QString(), qint64 *id = nullptr);
    Result checkRename(qint64 id, const QString &newName) const;
    Result rename(qint64 id, const QString &newName);
    // Moves every link of fromId onto intoId (a record keeps one link), then deletes fromId.
    Result merge(qint64 fromId, qint64 intoId);
    Result remove(const QList<qint64> &ids);
    // Deletes the tags no live record carries.
    Result removeUnused(qint64 *removed = nullptr);

    // Adds the named tags to every selected record, creating tags that do not exist yet.
    Result addToSelection(Entity entity, const RecordSelection &selection, const QStringList &names);
    // Removes the named tags from every selected record; unknown names are ignored.
    Result removeFromSelection(Entity entity, const RecordSelection &selection, const QStringList &names);
    // Makes the record's tags exactly names, writing only the links that differ.
    Result setTags(Entity entity, qint64 recordId, const QStringList &names);

    // The ids of the named tags, in the order given, without duplicates.
    Result idsForNames(const QStringList &names, bool create, QList<qint64> *ids);
    static Result checkName(const QString &trimmedName);

private:
    Result linkSelection(Entity entity, const RecordSelection &selection, const QList<qint64> &tagIds, bool add);

    QSqlDatabase m_db;
};

} // namespace Kempt
