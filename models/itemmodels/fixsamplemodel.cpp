#include "itemmodels/fixsamplemodel.h"
#include "quality/ruletext.h"

namespace Kempt {

FixSampleModel::FixSampleModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FixSampleModel::setSamples(const QList<FixSummary::Sample> &samples)
{
    beginResetModel();
    m_samples = samples;
    endResetModel();
}

int FixSampleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_samples.size());
}

int FixSampleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FixSampleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FixSummary::Sample &s = m_samples.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RecordColumn: return s.name.isEmpty() ? tr("#%1").arg(s.id) : s.name;
        case FieldColumn:
            // A phone's stored E.164 form is a value of its own in the summary.
            return s.field == QLatin1String("phone_e164") ? tr("Phone (E.164)") : RuleText::fieldLabel(s.entity, s.field);
        case BeforeColumn:
            return s.before.isEmpty() ? tr("(empty)") : s.before;
        case AfterColumn:
            return s.after.isEmpty() ? tr("(removed)") : s.after;
        default: return {};
        }
    case IdRole: return s.id;
    case EntityRole: return int(s.entity);
    case FieldKeyRole: return s.field;
    default: return {};
    }
}

QVariant FixSampleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RecordColumn: return tr("Record");
    case FieldColumn: return tr("Field");
    case BeforeColumn: return tr("Before");
    case AfterColumn: return tr("After");
    default: return {};
    }
}

QHash<int, QByteArray> FixSampleModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "recordId");
    names.insert(EntityRole, "entity");
    names.insert(FieldKeyRole, "fieldKey");
    return names;
}

} // namespace Kempt
