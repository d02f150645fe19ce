#include "commands/createcustomfield.h"
#include "stores/customfieldstore.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
QString label(const CustomFieldDef &def)
{
    const QString name = def.label.trimmed();
    switch (def.entity) {
    case Entity::Company: return QCoreApplication::translate("Command", "Add company field %1").arg(name);
    case Entity::Deal: return QCoreApplication::translate("Command", "Add deal field %1").arg(name);
    case Entity::Contact: break;
    }
    return QCoreApplication::translate("Command", "Add contact field %1").arg(name);
}
} // namespace

CreateCustomField::CreateCustomField(Workspace *workspace, const CustomFieldDef &def)
    : BatchCommand(workspace, label(def))
    , m_def(def)
{
}

Result CreateCustomField::apply(QSqlDatabase db)
{
    return CustomFieldStore(db).create(m_def);
}

} // namespace Kempt
