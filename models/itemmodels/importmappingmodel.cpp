#include "itemmodels/importmappingmodel.h"
#include "domain/fieldcatalog.h"

#include <QLocale>
#include <QCoreApplication>

namespace Kempt {

namespace {

const QString kIgnore = QStringLiteral("ignore");
const QString kField = QStringLiteral("field:");
const QString kCustom = QStringLiteral("custom:");
constexpr int kShownSamples = 3;

// Fields whose columns are kept as separate values rather than joined into one.
bool isList(const QString &field)
{
    return field == QLatin1String("email") || field == QLatin1String("phone") || field == QLatin1String("tags");
}

} // namespace

ImportMappingModel::ImportMappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QStringList ImportMappingModel::importableFields()
{
    // What RowMapper::map fills, in FieldCatalog's order.
    static const QStringList fields{
        QStringLiteral("display_name"), QStringLiteral("salutation"), QStringLiteral("first_name"), QStringLiteral("middle_name"),
        QStringLiteral("last_name"), QStringLiteral("job_title"), QStringLiteral("department"), QStringLiteral("company"),
        QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("street"), QStringLiteral("city"),
        QStringLiteral("region"), QStringLiteral("postcode"), QStringLiteral("country"), QStringLiteral("birthday"),
        QStringLiteral("website"), QStringLiteral("lead_source"), QStringLiteral("owner"), QStringLiteral("tags"),
        QStringLiteral("created_at"), ImportMapping::notesField()};
    return fields;
}

void ImportMappingModel::setWorkspace(QSqlDatabase db)
{
    beginResetModel();
    m_customLabels.clear();
    if (db.isOpen())
        for (const FieldDef &def : FieldCatalog::fields(Entity::Contact, db))
            if (def.storage == FieldStorage::Custom)
                m_customLabels << def.displayLabel();
    endResetModel();
}

void ImportMappingModel::setMapping(const ImportMapping &mapping, const QList<QStringList> &samples)
{
    beginResetModel();
    m_mapping = mapping;
    m_samples = samples;
    endResetModel();
}

QString ImportMappingModel::targetId(const ImportMapping::Column &column)
{
    switch (column.target) {
    case ImportMapping::Target::Field:
        return column.part.isEmpty() ? kField + column.field : kField + column.field + QLatin1Char(':') + column.part;
    case ImportMapping::Target::Custom:
        return customTargetId(column.field);
    case ImportMapping::Target::Ignore:
        break;
    }
    return kIgnore;
}

QString ImportMappingModel::customTargetId(const QString &label)
{
    return kCustom + label.simplified();
}

QString ImportMappingModel::targetIdAt(int row) const
{
    return row >= 0 && row < m_mapping.size() ? targetId(m_mapping.at(row)) : QString();
}

bool ImportMappingModel::setTarget(int row, const QString &id)
{
    if (row < 0 || row >= m_mapping.size())
        return false;
    if (id == kIgnore) {
        m_mapping.setTarget(row, ImportMapping::Target::Ignore);
    } else if (id.startsWith(kCustom) && !id.mid(kCustom.size()).trimmed().isEmpty()) {
        m_mapping.setTarget(row, ImportMapping::Target::Custom, id.mid(kCustom.size()).simplified());
    } else if (id.startsWith(kField)) {
        const QStringList parts = id.mid(kField.size()).split(QLatin1Char(':'));
        if (!importableFields().contains(parts.first()))
            return false;
        m_mapping.setTarget(row, ImportMapping::Target::Field, parts.first(), parts.value(1));
    } else {
        return false;
    }
    // A note can change on every row: joined columns name each other.
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT mappingChanged();
    return true;
}

QList<ImportMappingModel::Choice> ImportMappingModel::choices() const
{
    QList<Choice> list;
    list.append({kIgnore, tr("Do not import"), false});
    bool first = true;
    for (const QString &key : importableFields()) {
        list.append({kField + key, labelOf(kField + key), first});
        first = false;
        QStringList parts;
        if (key == QLatin1String("birthday"))
            parts = {QStringLiteral("year"), QStringLiteral("month"), QStringLiteral("day")};
        else if (key == QLatin1String("email") || key == QLatin1String("phone"))
            parts = {ImportMapping::labelPart()};
        for (const QString &part : std::as_const(parts))
            list.append({kField + key + QLatin1Char(':') + part, labelOf(kField + key + QLatin1Char(':') + part), false});
    }
    // Existing custom fields, then the new ones this mapping brings.
    QStringList labels = m_customLabels;
    for (const ImportMapping::Column &c : m_mapping.columns())
        if (c.target == ImportMapping::Target::Custom && !labels.contains(c.field, Qt::CaseInsensitive))
            labels << c.field;
    first = true;
    for (const QString &label : std::as_const(labels)) {
        list.append({customTargetId(label), labelOf(customTargetId(label)), first});
        first = false;
    }
    return list;
}

QString ImportMappingModel::labelOf(const QString &id) const
{
    if (id == kIgnore)
        return tr("Do not import");
    if (id.startsWith(kCustom)) {
        const QString label = id.mid(kCustom.size());
        return m_customLabels.contains(label, Qt::CaseInsensitive) ? tr("Custom: %1").arg(label)
                                                                   : tr("New custom field: %1").arg(label);
    }
    const QStringList parts = id.mid(kField.size()).split(QLatin1Char(':'));
    const QString key = parts.first();
    if (key == QLatin1String("display_name"))
        return tr("Full name");
    if (key == ImportMapping::notesField())
        return tr("Note");
    if (parts.value(1) == ImportMapping::labelPart())
        return key == QLatin1String("email") ? tr("E-mail: its label") : tr("Phone: its label");
    if (key == QLatin1String("birthday") && parts.size() > 1) {
        if (parts.at(1) == QLatin1String("year"))
            return tr("Birthday: year");
        if (parts.at(1) == QLatin1String("month"))
            return tr("Birthday: month");
        return tr("Birthday: day");
    }
    const FieldDef def = FieldCatalog::find(FieldCatalog::builtIn(Entity::Contact), key);
    return def.isValid() ? def.displayLabel() : key;
}

QString ImportMappingModel::sampleOf(int column) const
{
    QStringList values;
    for (const QStringList &row : m_samples) {
        const QString v = row.value(column).simplified();
        if (!v.isEmpty() && !values.contains(v))
            values << v;
        if (values.size() == kShownSamples)
            break;
    }
    return values.join(QStringLiteral(" · "));
}

QString ImportMappingModel::noteOf(int row) const
{
    const ImportMapping::Column &c = m_mapping.at(row);
    if (c.target == ImportMapping::Target::Ignore)
        return tr("Not imported.");
    if (c.target == ImportMapping::Target::Custom)
        return m_customLabels.contains(c.field, Qt::CaseInsensitive) ? tr("Goes into the custom field %1.").arg(c.field)
                                                                      : tr("The import creates the text field %1.").arg(c.field);
    QStringList others;
    for (int i = 0; i < m_mapping.size(); ++i)
        if (i != row && m_mapping.at(i).target == ImportMapping::Target::Field && m_mapping.at(i).field == c.field
            && m_mapping.at(i).part.isEmpty() == c.part.isEmpty())
            others << m_mapping.at(i).header;
    if (c.part == ImportMapping::labelPart())
        return c.field == QLatin1String("email") ? tr("Work, home or other: the label of the e-mail address beside it.")
                                                 : tr("Work, home, mobile or other: the label of the phone number beside it.");
    if (!c.part.isEmpty())
        return tr("Put together with the other parts of the birthday.");
    if (c.field == ImportMapping::notesField())
        return others.isEmpty() ? tr("Becomes a note on the contact.") : tr("Becomes a note on the contact, with %1.").arg(QLocale().createSeparatedList(others));
    if (c.field == QLatin1String("display_name")) {
        const bool parts = !m_mapping.columnsFor(QStringLiteral("first_name")).isEmpty()
            || !m_mapping.columnsFor(QStringLiteral("last_name")).isEmpty();
        if (!parts)
            return tr("Split into salutation, first, middle and last name.");
    }
    if (others.isEmpty())
        return c.field == QLatin1String("tags") ? tr("Tags separated by commas or semicolons.") : QString();
    if (isList(c.field))
        return tr("Kept as separate values together with %1.").arg(QLocale().createSeparatedList(others));
    return tr("Joined with %1 into one value.").arg(QLocale().createSeparatedList(others));
}

int ImportMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_mapping.size();
}

int ImportMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportMapping::Column &c = m_mapping.at(index.row());
    if (role == TargetIdRole)
        return targetId(c);
    if (role == MappedRole)
        return c.target != ImportMapping::Target::Ignore;
    switch (index.column()) {
    case HeaderColumn:
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(c.header) : QVariant();
    case SampleColumn:
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(sampleOf(index.row())) : QVariant();
    case TargetColumn:
        if (role == Qt::DisplayRole)
            return labelOf(targetId(c));
        if (role == Qt::EditRole)
            return targetId(c);
        return {};
    case NoteColumn:
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(noteOf(index.row())) : QVariant();
    }
    return {};
}

bool ImportMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || role != Qt::EditRole
        || index.column() != TargetColumn)
        return false;
    if (value.toString() == targetIdAt(index.row()))
        return true;
    return setTarget(index.row(), value.toString());
}

QVariant ImportMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HeaderColumn: return tr("Column in the file");
    case SampleColumn: return tr("Values");
    case TargetColumn: return tr("Imports into");
    case NoteColumn: return tr("Note");
    }
    return {};
}

Qt::ItemFlags ImportMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TargetColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QHash<int, QByteArray> ImportMappingModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(TargetIdRole, "targetId");
    names.insert(MappedRole, "mapped");
    return names;
}

} // namespace Kempt
