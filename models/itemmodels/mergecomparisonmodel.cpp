#include "itemmodels/mergecomparisonmodel.h"

#include <QCoreApplication>

namespace Kempt {

namespace {

bool hasAnyValue(const MergeGroupPreview::FieldRow &row)
{
    for (const QString &v : row.values)
        if (!v.trimmed().isEmpty())
            return true;
    return false;
}

} // namespace

MergeComparisonModel::MergeComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MergeComparisonModel::setPreview(const MergeGroupPreview &preview)
{
    beginResetModel();
    m_preview = preview;
    rebuildRows();
    endResetModel();
}

void MergeComparisonModel::clear()
{
    setPreview(MergeGroupPreview());
}

void MergeComparisonModel::rebuildRows()
{
    m_rows.clear();
    for (const MergeGroupPreview::FieldRow &row : m_preview.rows())
        if (hasAnyValue(row))
            m_rows << row;
}

void MergeComparisonModel::refreshAll()
{
    // The same fields stay shown: a pick changes what is chosen, never which rows exist.
    QHash<QString, MergeGroupPreview::FieldRow> now;
    for (const MergeGroupPreview::FieldRow &row : m_preview.rows())
        now.insert(row.field.key, row);
    for (MergeGroupPreview::FieldRow &row : m_rows)
        row = now.value(row.field.key, row);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

QString MergeComparisonModel::fieldKeyAt(int row) const
{
    return row >= 1 && row <= m_rows.size() ? m_rows.at(row - 1).field.key : QString();
}

int MergeComparisonModel::rowOfField(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).field.key == key)
            return i + 1;
    return -1;
}

int MergeComparisonModel::firstConflictRow() const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).conflict)
            return i + 1;
    return SurvivorRow;
}

int MergeComparisonModel::conflictCount() const
{
    int n = 0;
    for (const MergeGroupPreview::FieldRow &row : m_rows)
        n += row.conflict ? 1 : 0;
    return n;
}

Result MergeComparisonModel::choose(int row, int column)
{
    if (column < 0 || column >= recordCount() || row < 0 || row >= rowCount())
        return Result::failure(tr("Choose one of the records of the group (keys 1 to %1).").arg(qMin(recordCount(), MaxRecords)));
    const qint64 id = m_preview.records().at(column).id;
    const Result r = row == SurvivorRow ? m_preview.setSurvivor(id) : m_preview.choose(fieldKeyAt(row), id);
    if (r)
        refreshAll();
    return r;
}

void MergeComparisonModel::resetChoice(int row)
{
    if (row < 1 || row >= rowCount())
        return;
    m_preview.resetChoice(fieldKeyAt(row));
    refreshAll();
}

int MergeComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || isEmpty() ? 0 : int(m_rows.size()) + 1;
}

int MergeComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || isEmpty() ? 0 : recordCount() + 1;
}

QVariant MergeComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = index.column();
    const bool result = column == resultColumn();
    const int survivor = m_preview.survivorIndex();
    if (index.row() == SurvivorRow) {
        switch (role) {
        case Qt::DisplayRole:
            if (result)
                return m_preview.records().value(survivor).name;
            return column == survivor ? tr("Kept") : tr("Merged, then in the trash");
        case Qt::ToolTipRole:
            return result ? tr("The record that stays; the others are merged into it and go to the trash, from where an undo or "
                               "unmerge brings them back.")
                          : tr("Press %1 or click to keep this record").arg(column + 1);
        case ChosenRole: return !result && column == survivor;
        case DefaultRole: return false;
        case ConflictRole: return recordCount() > 1;
        case OverriddenRole: return false;
        case FieldKeyRole: return QString();
        case RecordIdRole: return result ? qint64(0) : m_preview.records().at(column).id;
        case EmptyRole: return false;
        default: return {};
        }
    }
    const MergeGroupPreview::FieldRow &row = m_rows.at(index.row() - 1);
    QString value = result ? row.result : row.values.value(column);
    // A checkbox is an answer either way, never a gap.
    if (row.field.type == FieldType::Bool) {
        const bool set = value == QLatin1String("1") || value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        value = set ? tr("Yes") : tr("No");
    }
    switch (role) {
    case Qt::DisplayRole: return value;
    case Qt::ToolTipRole:
        if (result)
            return row.overridden ? tr("Your pick") : tr("Chosen by the merge rules: the newest value; opt-outs always stay");
        if (value.isEmpty())
            return tr("Empty");
        return tr("%1\nPress %2 or click to keep this value").arg(value).arg(column + 1);
    case ChosenRole: return !result && column == row.chosenIndex;
    case DefaultRole: return !result && column == row.defaultIndex;
    case ConflictRole: return row.conflict;
    case OverriddenRole: return row.overridden;
    case FieldKeyRole: return row.field.key;
    case RecordIdRole: return result ? qint64(0) : m_preview.records().at(column).id;
    case EmptyRole: return value.trimmed().isEmpty();
    default: return {};
    }
}

QVariant MergeComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        if (section == resultColumn()) {
            if (role == Qt::DisplayRole)
                return tr("After the merge");
            if (role == Qt::ToolTipRole)
                return tr("What the kept record will hold. E-mail addresses, phone numbers, profiles, tags, notes, "
                          "activities and deals of every record are kept as well.");
            return {};
        }
        const MergeCandidate &c = m_preview.records().at(section);
        if (role == Qt::DisplayRole)
            return section < MaxRecords ? tr("%1 · %2", "key · record name").arg(section + 1).arg(c.name) : c.name;
        if (role == Qt::ToolTipRole)
            return tr("Contact %1, updated %2").arg(c.id).arg(c.updatedAt.left(10));
        if (role == RecordIdRole)
            return c.id;
        return {};
    }
    if (section < 0 || section >= rowCount())
        return {};
    if (role == Qt::DisplayRole)
        return section == SurvivorRow ? tr("Record") : m_rows.at(section - 1).field.displayLabel();
    if (role == FieldKeyRole)
        return section == SurvivorRow ? QString() : m_rows.at(section - 1).field.key;
    if (role == ConflictRole)
        return section == SurvivorRow || m_rows.at(section - 1).conflict;
    return {};
}

Qt::ItemFlags MergeComparisonModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace Kempt
