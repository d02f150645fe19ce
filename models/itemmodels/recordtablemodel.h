#pragma once

#include "domain/fielddef.h"
#include "itemmodels/entitytablespec.h"
#include "itemmodels/filter.h"
#include "itemmodels/recordpagecache.h"
#include "itemmodels/recordquery.h"
#include "storage/changeset.h"
#include "stores/recordselection.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

namespace Kempt {

class Workspace;

// The big table of one entity (contacts, companies, later deals). It never holds the
// table: the row count comes from SELECT count(*), rows are read in chunks on demand
// (keyset pagination after a cached neighbour, OFFSET otherwise), and a bounded LRU of
// chunks keeps memory flat however far the view scrolls. Filtering, search and sorting
// happen in SQL on the partial indexes and the FTS5 table. Edits are undoable commands.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, FieldKeyRole };

    using FetchStats = RecordPageCache::Stats;

    RecordTableModel(Workspace *workspace, Entity entity, QObject *parent = nullptr);

    Entity entity() const { return m_spec.entity; }
    // Every field of the entity, custom fields included, in catalog order.
    QList<FieldDef> availableFields() const { return m_fields; }

    QStringList columns() const;
    // Field keys to show, in order; unknown keys are skipped. An empty list restores the
    // default columns (FieldDef::inTableByDefault).
    void setColumns(const QStringList &keys);
    FieldDef fieldAt(int column) const;
    int columnOf(const QString &key) const;

    Filter filter() const { return m_filter; }
    void setFilter(const Filter &filter);
    QString search() const { return m_filter.search; }
    void setSearch(const QString &text);

    // Sorting by an unsortable field is ignored; column -1 restores the natural (id) order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void sortBy(const QString &key, Qt::SortOrder order = Qt::AscendingOrder);
    QString sortColumnKey() const { return m_sortKey; }
    Qt::SortOrder sortOrder() const { return m_order; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Pushes an UpdateField command; the table refreshes when the workspace reports the change.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    qint64 idAt(int row) const;
    RecordSelection selectionForRows(const QList<int> &rows) const;
    // Every record the current filter shows, however many.
    RecordSelection selectionForAll() const;
    qint64 totalCount() const;

    // Tuning, for tests and benchmarks; the defaults suit a desktop table.
    void setChunkSize(int rows);
    int chunkSize() const { return m_pages.pageSize(); }
    void setMaxCachedChunks(int chunks) { m_pages.setMaxPages(chunks); }
    int cachedChunkCount() const { return m_pages.size(); }
    // Off forces every chunk through LIMIT/OFFSET, to compare the two paths.
    void setKeysetPaging(bool enabled) { m_pages.setKeysetEnabled(enabled); }
    FetchStats fetchStats() const { return m_pages.stats(); }

public Q_SLOTS:
    // Re-reads fields, count and rows, e.g. after the custom fields changed.
    void reload();

private:
    void onChanged(const ChangeSet &changes);
    void loadFields();
    void resolveColumns();
    void invalidate(); // drops cached count and rows; callers wrap it in a model reset
    const RecordPageCache::Page *pageFor(int row) const;
    QString sortExpression() const;
    bool keysetUsable() const;
    qint64 countRows() const;
    const RecordQuery &query() const;
    QVariant displayValue(const FieldDef &field, const QVariant &value) const;

    QPointer<Workspace> m_workspace;
    EntityTableSpec m_spec;
    QList<FieldDef> m_fields;
    QStringList m_columnKeys; // as requested; empty means the defaults
    QList<FieldDef> m_columns;
    QSet<QString> m_notNullColumns;
    Filter m_filter;
    QString m_sortKey;
    Qt::SortOrder m_order = Qt::AscendingOrder;

    mutable qint64 m_count = -1;
    mutable qint64 m_tableRows = 0; // max id, a plan hint for searches
    mutable std::optional<RecordQuery> m_query;
    mutable RecordPageCache m_pages;
};

} // namespace Kempt
