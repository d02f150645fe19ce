#include "itemmodels/recordtablemodel.h"
#include "commands/updatefield.h"
#include "core/timestamps.h"
#include "domain/fieldcatalog.h"
#include "itemmodels/qualitycolumn.h"
#include "storage/workspace.h"

#include <QDate>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QUndoStack>
#include <algorithm>
#include <limits>

namespace Kempt {

RecordTableModel::RecordTableModel(Workspace *workspace, Entity entity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_spec(EntityTableSpec::of(entity))
    , m_filter(entity)
{
    if (m_workspace) {
        connect(m_workspace, &Workspace::changed, this, &RecordTableModel::onChanged);
        connect(m_workspace, &Workspace::opened, this, &RecordTableModel::reload);
        connect(m_workspace, &Workspace::closed, this, &RecordTableModel::reload);
    }
    loadFields();
    resolveColumns();
}

void RecordTableModel::loadFields()
{
    const bool open = m_workspace && m_workspace->isOpen();
    m_fields = open ? FieldCatalog::fields(m_spec.entity, m_workspace->db()) : FieldCatalog::builtIn(m_spec.entity);
    // The data-quality column is a table column only: exports and editors have no use for it.
    if (QualityColumn::appliesTo(m_spec.entity))
        m_fields << QualityColumn::field(m_spec.entity);
    m_notNullColumns.clear();
    if (!open)
        return;
    // Keyset paging compares sort values; NULLs would make rows vanish, so only NOT NULL
    // columns qualify.
    QSqlQuery q(m_workspace->db());
    if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(m_spec.table)))
        while (q.next())
            if (q.value(3).toInt() != 0 || q.value(5).toInt() != 0)
                m_notNullColumns.insert(q.value(1).toString());
}

void RecordTableModel::resolveColumns()
{
    m_columns.clear();
    if (m_columnKeys.isEmpty()) {
        for (const FieldDef &f : std::as_const(m_fields))
            if (f.inTableByDefault)
                m_columns << f;
    } else {
        for (const QString &key : std::as_const(m_columnKeys)) {
            const FieldDef f = FieldCatalog::find(m_fields, key);
            if (f.isValid() && columnOf(key) < 0)
                m_columns << f;
        }
    }
    if (!m_sortKey.isEmpty() && !FieldCatalog::find(m_fields, m_sortKey).sortable())
        m_sortKey.clear();
}

void RecordTableModel::invalidate()
{
    m_count = -1;
    m_query.reset();
    m_pages.clear();
}

void RecordTableModel::reload()
{
    beginResetModel();
    loadFields();
    resolveColumns();
    invalidate();
    endResetModel();
}

QStringList RecordTableModel::columns() const
{
    QStringList keys;
    for (const FieldDef &f : m_columns)
        keys << f.key;
    return keys;
}

void RecordTableModel::setColumns(const QStringList &keys)
{
    beginResetModel();
    m_columnKeys = keys;
    resolveColumns();
    m_pages.clear(); // the chunks hold the old columns; the count stays valid
    endResetModel();
}

FieldDef RecordTableModel::fieldAt(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column) : FieldDef();
}

int RecordTableModel::columnOf(const QString &key) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).key == key)
            return i;
    return -1;
}

void RecordTableModel::setFilter(const Filter &filter)
{
    Filter f = filter;
    f.setEntity(m_spec.entity);
    if (f == m_filter)
        return;
    beginResetModel();
    m_filter = f;
    invalidate();
    endResetModel();
}

void RecordTableModel::setSearch(const QString &text)
{
    Filter f = m_filter;
    f.search = text;
    setFilter(f);
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0)
        return sortBy(QString(), order);
    if (column < m_columns.size())
        sortBy(m_columns.at(column).key, order);
}

void RecordTableModel::sortBy(const QString &key, Qt::SortOrder order)
{
    if (!key.isEmpty() && !FieldCatalog::find(m_fields, key).sortable())
        return;
    if (key == m_sortKey && order == m_order)
        return;
    beginResetModel();
    m_sortKey = key;
    m_order = order;
    m_pages.clear();
    endResetModel();
}

void RecordTableModel::setChunkSize(int rows)
{
    beginResetModel();
    m_pages.setPageSize(rows);
    endResetModel();
}

const RecordQuery &RecordTableModel::query() const
{
    if (!m_query)
        m_query.emplace(m_spec, m_filter, m_fields);
    return *m_query;
}

namespace {
bool run(QSqlQuery &q, const RecordQuery::Statement &s)
{
    q.setForwardOnly(true);
    if (!q.prepare(s.sql))
        return false;
    for (const QVariant &b : s.binds)
        q.addBindValue(b);
    return q.exec();
}
} // namespace

qint64 RecordTableModel::countRows() const
{
    if (!m_workspace || !m_workspace->isOpen())
        return 0;
    QSqlQuery q(m_workspace->db());
    if (run(q, query().tableRows()) && q.next())
        m_tableRows = q.value(0).toLongLong();
    // The fast form relies on a named index; a file without it still counts, slowly.
    if ((run(q, query().count(true)) || run(q, query().count(false))) && q.next())
        return q.value(0).toLongLong();
    qWarning("RecordTableModel: counting failed: %s", qPrintable(q.lastError().text()));
    return 0;
}

qint64 RecordTableModel::totalCount() const
{
    if (m_count < 0)
        m_count = countRows();
    return m_count;
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(totalCount(), std::numeric_limits<int>::max()));
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString RecordTableModel::sortExpression() const
{
    if (m_sortKey.isEmpty())
        return QStringLiteral("t.id");
    return FieldCatalog::find(m_fields, m_sortKey).sort;
}

bool RecordTableModel::keysetUsable() const
{
    if (m_sortKey.isEmpty())
        return true;
    return m_notNullColumns.contains(RecordQuery::plainColumn(sortExpression()));
}

const RecordPageCache::Page *RecordTableModel::pageFor(int row) const
{
    if (row < 0 || row >= rowCount() || !m_workspace || !m_workspace->isOpen())
        return nullptr;
    if (const RecordPageCache::Page *page = m_pages.find(row))
        return page;
    RecordPageCache::Source source;
    source.db = m_workspace->db();
    source.query = &query();
    for (const FieldDef &f : m_columns)
        source.columns << f.select;
    source.sortKey = m_sortKey.isEmpty() ? QString() : sortExpression();
    source.descending = !m_sortKey.isEmpty() && m_order == Qt::DescendingOrder;
    source.keysetSafe = keysetUsable();
    source.matches = totalCount();
    source.tableRows = m_tableRows;
    return m_pages.load(row, source);
}

qint64 RecordTableModel::idAt(int row) const
{
    const RecordPageCache::Page *c = pageFor(row);
    const int r = row % m_pages.pageSize();
    return c && r < c->ids.size() ? c->ids.at(r) : 0;
}

RecordSelection RecordTableModel::selectionForRows(const QList<int> &rows) const
{
    QList<qint64> ids;
    for (int row : rows)
        if (const qint64 id = idAt(row))
            ids << id;
    return RecordSelection::ofIds(ids);
}

RecordSelection RecordTableModel::selectionForAll() const
{
    return query().selection();
}

QVariant RecordTableModel::displayValue(const FieldDef &field, const QVariant &value) const
{
    const QString text = value.toString();
    if (field.type == FieldType::Date && !text.isEmpty()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : text;
    }
    if (field.type == FieldType::DateTime && !text.isEmpty()) {
        const QDateTime dt = fromIso(text);
        return dt.isValid() ? QLocale().toString(dt.toLocalTime(), QLocale::ShortFormat) : text;
    }
    return value;
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldDef &field = m_columns.at(index.column());
    if (role == FieldKeyRole)
        return field.key;
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::CheckStateRole && role != IdRole
        && role != Qt::TextAlignmentRole)
        return {};
    if (role == Qt::TextAlignmentRole)
        return field.type == FieldType::Number ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    const RecordPageCache::Page *c = pageFor(index.row());
    const int r = index.row() % m_pages.pageSize();
    if (!c || r >= c->ids.size())
        return {};
    if (role == IdRole)
        return c->ids.at(r);
    const QVariant &value = c->values.at(qsizetype(r) * m_columns.size() + index.column());
    const bool isBool = field.type == FieldType::Bool;
    switch (role) {
    case Qt::CheckStateRole:
        return isBool ? QVariant(value.toBool() ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::EditRole:
        return isBool ? QVariant(value.toBool()) : (value.isNull() ? QVariant(QString()) : value);
    default:
        return isBool ? QVariant() : displayValue(field, value);
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).displayLabel();
    if (role == FieldKeyRole)
        return m_columns.at(section).key;
    return {};
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    const FieldDef &field = m_columns.at(index.column());
    if (field.editable && field.storage != FieldStorage::Computed && !m_filter.trash)
        f |= field.type == FieldType::Bool ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
    return f;
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_workspace || !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    const FieldDef field = m_columns.at(index.column());
    QVariant v = value;
    if (field.type == FieldType::Bool) {
        if (role == Qt::CheckStateRole)
            v = value.toInt() == Qt::Checked;
        else if (role == Qt::EditRole)
            v = value.toBool();
        else
            return false;
    } else if (role != Qt::EditRole) {
        return false;
    } else if (value.typeId() == QMetaType::QDate) {
        v = value.toDate().toString(Qt::ISODate);
    } else if (value.typeId() == QMetaType::QDateTime) {
        v = toIso(value.toDateTime());
    }
    const qint64 id = idAt(index.row());
    if (id <= 0)
        return false;
    if (data(index, Qt::EditRole) == v)
        return true; // nothing to change, and nothing worth an undo step
    // The command reports failure through the workspace (and drops itself from the stack).
    bool failed = false;
    const auto watch = connect(m_workspace, &Workspace::errorOccurred, this, [&failed](const QString &message) {
        failed = true;
        Q_UNUSED(message)
    });
    m_workspace->undoStack()->push(new UpdateField(m_workspace, m_spec.entity, field, RecordSelection::ofId(id), v, 1));
    disconnect(watch);
    return !failed;
}

void RecordTableModel::onChanged(const ChangeSet &changes)
{
    if (changes.touches(QStringLiteral("custom_fields")))
        return reload();
    if (!changes.touchesAny(m_spec.refreshTables))
        return;
    const qint64 before = m_count;
    m_pages.clear();
    if (before < 0)
        return; // never counted, so nothing shown yet: the next rowCount() reads afresh
    const qint64 now = countRows();
    if (now == before) {
        if (now > 0 && !m_columns.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_count = now;
    endResetModel();
}

} // namespace Kempt
