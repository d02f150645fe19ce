#pragma once

#include "core/result.h"

#include <QSqlDatabase>

namespace Kempt {

// Versioned with PRAGMA user_version; each step runs in its own transaction, and an
// existing workspace is copied aside before its first upgrade.
class Migrator
{
public:
    static int latestVersion();
    static Result migrate(QSqlDatabase db, const QString &path);
    // Applies steps up to (and including) target only; tests use it to build old files.
    static Result migrateTo(QSqlDatabase db, int target);
};

} // namespace Kempt
