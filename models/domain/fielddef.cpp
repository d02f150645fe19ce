#include "domain/fielddef.h"

#include <QCoreApplication>

namespace Kempt {

QString FieldDef::displayLabel() const
{
    if (!customLabel.isEmpty())
        return customLabel;
    return label ? QCoreApplication::translate("Field", label) : key;
}

} // namespace Kempt
