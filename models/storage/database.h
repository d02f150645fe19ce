#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

namespace Kempt {

// Opens workspace files safely: anything that is not a Kempt workspace, is damaged, is
// read-only or comes from a newer Kempt is refused before a single byte is written.
class Database
{
public:
    static constexpr int applicationId = 0x4B454D50; // "KEMP"

    enum class Mode { OpenExisting, CreateNew };

    // Opens (and on first use creates or upgrades) the workspace on a named connection
    // that belongs to the calling thread.
    static Result open(const QString &path, const QString &connectionName, Mode mode);
    // For worker threads: the file is known good and migrated, only the connection is new.
    static Result openConnection(const QString &path, const QString &connectionName);
    static void close(const QString &connectionName);

    // Runs a script of several statements (QSqlQuery runs only one).
    static Result execScript(QSqlDatabase db, const QString &script);
    static int userVersion(QSqlDatabase db);
    static Result checkFile(const QString &path);
};

} // namespace Kempt
