#include "commands/updatefield.h"
#include "stores/fieldwriter.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
QString label(const FieldDef &field, qint64 count)
{
    if (count == 1)
        return QCoreApplication::translate("Command", "Edit %1").arg(field.displayLabel());
    return QCoreApplication::translate("Command", "Set %1 on %Ln records", nullptr, int(count)).arg(field.displayLabel());
}
} // namespace

UpdateField::UpdateField(Workspace *workspace, Entity entity, const FieldDef &field, const RecordSelection &selection,
                         const QVariant &value, qint64 recordCount)
    : BatchCommand(workspace, label(field, recordCount), recordCount == 1 ? BatchKind::Edit : BatchKind::Bulk)
    , m_entity(entity)
    , m_field(field)
    , m_selection(selection)
    , m_value(value)
{
}

Result UpdateField::apply(QSqlDatabase db)
{
    return FieldWriter(db).set(m_entity, m_field, m_selection, m_value);
}

} // namespace Kempt
