#pragma once

#include "core/result.h"
#include "domain/fieldtype.h"
#include "itemmodels/filter.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace Kempt {

// A named way of looking at a table: what it shows (the filter), which columns and in
// which order. Names are unique per entity; saving under an existing name replaces it.
struct SavedView
{
    qint64 id = 0;
    Entity entity = Entity::Contact;
    QString name;
    Filter filter;
    QStringList columns; // field keys; empty means the table's default columns
    QString sortKey;     // empty means the natural order
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    int position = 0;    // order in the sidebar
};

// Reads and writes saved_views. Writers run inside Workspace::write.
class SavedViewStore
{
public:
    explicit SavedViewStore(QSqlDatabase db);

    QList<SavedView> list(Entity entity) const;
    std::optional<SavedView> load(qint64 id) const;
    std::optional<SavedView> find(Entity entity, const QString &name) const;

    // Creates the view, or replaces the one with the same entity and name (keeping its id
    // and place). Sets view.id; only changed columns are written, so the journal stays exact.
    Result save(SavedView &view);
    Result remove(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace Kempt
