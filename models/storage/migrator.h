#pragma once

#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <functional>

namespace Kempt {

// Versioned with PRAGMA user_version; each step runs in its own transaction, and an
// existing workspace is copied aside before its first upgrade.
class Migrator
{
public:
    using Step = std::function<Result(QSqlDatabase)>;

    // Step N upgrades a file from version N-1 to N.
    static QList<Step> steps();
    static int latestVersion();
    static Result migrate(QSqlDatabase db, const QString &path);
    static Result migrate(QSqlDatabase db, const QString &path, const QList<Step> &steps);
    // Applies steps up to (and including) target only; tests use it to build old files.
    static Result migrateTo(QSqlDatabase db, int target, const QList<Step> &steps = Migrator::steps());
};

} // namespace Kempt
