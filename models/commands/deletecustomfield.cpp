#include "commands/deletecustomfield.h"
#include "storage/workspace.h"
#include "stores/customfieldstore.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
QString label(Workspace *workspace, qint64 fieldId)
{
    const std::optional<CustomFieldDef> def = workspace ? CustomFieldStore(workspace->db()).find(fieldId) : std::nullopt;
    const QString name = def ? def->label : QString();
    switch (def ? def->entity : Entity::Contact) {
    case Entity::Company: return QCoreApplication::translate("Command", "Delete company field %1").arg(name);
    case Entity::Deal: return QCoreApplication::translate("Command", "Delete deal field %1").arg(name);
    case Entity::Contact: break;
    }
    return QCoreApplication::translate("Command", "Delete contact field %1").arg(name);
}
} // namespace

DeleteCustomField::DeleteCustomField(Workspace *workspace, qint64 fieldId)
    : BatchCommand(workspace, label(workspace, fieldId))
    , m_fieldId(fieldId)
{
}

Result DeleteCustomField::apply(QSqlDatabase db)
{
    return CustomFieldStore(db).remove(m_fieldId);
}

} // namespace Kempt
