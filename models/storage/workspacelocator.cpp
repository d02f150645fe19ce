#include "storage/workspacelocator.h"

#include <QStandardPaths>

namespace Kempt {

QString WorkspaceLocator::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/kempt.sqlite");
}

} // namespace Kempt
