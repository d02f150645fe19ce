#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Kempt)
};

sqlite3 *handleOf(QSqlDatabase db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.data());
    return nullptr;
}

Result pragma(QSqlDatabase db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        return sqlFailure(q, statement);
    return Result::success();
}

Result applyConnectionSettings(QSqlDatabase db)
{
    for (const char *p : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                          "PRAGMA synchronous = NORMAL", "PRAGMA cache_size = -32000",
                          "PRAGMA temp_store = MEMORY"}) {
        const Result r = pragma(db, QLatin1String(p));
        if (!r)
            return r;
    }
    return Result::success();
}

QSqlDatabase addConnection(const QString &path, const QString &connectionName, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    return db;
}

// A full quick_check reads every page (seconds for a million contacts), too slow for
// opening; walking to the first and last row of every table touches each b-tree's root and
// both edges, which catches a truncated or overwritten file without reading it all.
QString probeTables(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name, sql LIKE '%WITHOUT ROWID%' FROM sqlite_schema "
                               "WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")))
        return q.lastError().databaseText();
    QList<QPair<QString, bool>> tables;
    while (q.next())
        tables << qMakePair(q.value(0).toString(), q.value(1).toBool());
    for (const auto &[t, withoutRowid] : std::as_const(tables)) {
        const QString key = withoutRowid ? QStringLiteral("1") : QStringLiteral("rowid");
        for (const char *order : {"ASC", "DESC"}) {
            QSqlQuery row(db);
            if (!row.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY %3 %2 LIMIT 1").arg(t, QLatin1String(order), key)))
                return row.lastError().databaseText();
            row.next();
            if (row.lastError().isValid())
                return row.lastError().databaseText();
        }
    }
    return QString();
}

} // namespace

Result Database::checkFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!info.exists())
        return Result::failure(Tr::tr("%1 does not exist. Choose another file, or create a new workspace with File > New.").arg(name));
    if (info.isDir())
        return Result::failure(Tr::tr("%1 is a folder, not a workspace file. Choose a .sqlite file.").arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(Tr::tr("%1 cannot be read: %2. Check the file's permissions.").arg(name, file.errorString()));
    const QByteArray header = file.read(16);
    if (info.size() == 0)
        return Result::failure(Tr::tr("%1 is empty, so it is not a Kempt workspace. Choose another file, or create a new workspace with File > New.").arg(name));
    if (header != QByteArray("SQLite format 3\0", 16))
        return Result::failure(Tr::tr("%1 is not a Kempt workspace (it is not an SQLite database). To bring its contents into Kempt, use File > Import.").arg(name));
    if (!info.isWritable())
        return Result::failure(Tr::tr("%1 is read-only. Kempt must be able to save changes: make the file writable, or copy it to a folder you can write to.").arg(name));
    if (!QFileInfo(info.absolutePath()).isWritable())
        return Result::failure(Tr::tr("The folder of %1 is read-only, and SQLite keeps its journal next to the file. Move the workspace to a folder you can write to.").arg(name));
    return Result::success();
}

Result Database::open(const QString &path, const QString &connectionName, Mode mode)
{
    const QString name = QDir::toNativeSeparators(path);
    if (mode == Mode::CreateNew) {
        if (QFileInfo::exists(path))
            return Result::failure(Tr::tr("%1 already exists. Choose a new file name, or open it with File > Open.").arg(name));
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return Result::failure(Tr::tr("The folder for %1 cannot be created. Choose a folder you can write to.").arg(name));
    } else {
        const Result r = checkFile(path);
        if (!r)
            return r;
    }

    // Inspect read-only first: nothing may be written to a file we then refuse. SQLite may
    // still create empty -wal/-shm companions while reading; those go again on refusal.
    const QStringList companions{path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
    QStringList createdCompanions;
    for (const QString &c : companions)
        if (!QFileInfo::exists(c))
            createdCompanions << c;
    {
        QSqlDatabase probe = addConnection(path, connectionName, mode == Mode::OpenExisting);
        const auto finish = [&](Result r) {
            probe.close();
            probe = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
            if (!r && mode == Mode::CreateNew)
                QFile::remove(path);
            if (!r)
                for (const QString &c : createdCompanions)
                    QFile::remove(c);
            return r;
        };
        if (!probe.open())
            return finish(Result::failure(Tr::tr("%1 cannot be opened: %2").arg(name, probe.lastError().text())));
        if (mode == Mode::OpenExisting) {
            QSqlQuery q(probe);
            if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !q.next())
                return finish(Result::failure(Tr::tr("%1 is damaged or is not a database (%2). Restore it from a copy.")
                                                  .arg(name, q.lastError().databaseText())));
            const int tables = q.value(0).toInt();
            q.exec(QStringLiteral("PRAGMA application_id"));
            const int appId = q.next() ? q.value(0).toInt() : 0;
            const int version = userVersion(probe);
            if ((appId != 0 && appId != applicationId) || (appId == 0 && tables > 0))
                return finish(Result::failure(Tr::tr("%1 is an SQLite database, but not a Kempt workspace. Kempt leaves it unchanged.").arg(name)));
            if (version > Migrator::latestVersion())
                return finish(Result::failure(Tr::tr("%1 was saved by a newer version of Kempt (workspace format %2; this version reads up to %3). Update Kempt to open it.")
                                                  .arg(name).arg(version).arg(Migrator::latestVersion())));
            const QString damage = probeTables(probe);
            if (!damage.isEmpty())
                return finish(Result::failure(Tr::tr("%1 is damaged (%2). Restore it from a copy; Kempt leaves it unchanged.")
                                                  .arg(name, damage)));
        }
        finish(Result::success());
    }

    QSqlDatabase db = addConnection(path, connectionName, false);
    if (!db.open()) {
        const QString err = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return Result::failure(Tr::tr("%1 cannot be opened for writing: %2").arg(name, err));
    }
    Result r = applyConnectionSettings(db);
    if (r)
        r = Migrator::migrate(db, path);
    if (!r) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        if (mode == Mode::CreateNew) {
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
        }
    }
    return r;
}

Result Database::openConnection(const QString &path, const QString &connectionName)
{
    QSqlDatabase db = addConnection(path, connectionName, false);
    if (!db.open()) {
        const QString err = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return Result::failure(Tr::tr("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), err));
    }
    return applyConnectionSettings(db);
}

void Database::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen()) {
            QSqlQuery(db).exec(QStringLiteral("PRAGMA optimize"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
}

Result Database::execScript(QSqlDatabase db, const QString &script)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return Result::failure(Tr::tr("The SQLite driver did not give access to the database."));
    char *error = nullptr;
    if (sqlite3_exec(handle, script.toUtf8().constData(), nullptr, nullptr, &error) != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : "unknown error");
        sqlite3_free(error);
        return Result::failure(Tr::tr("Updating the workspace format failed: %1").arg(message));
    }
    return Result::success();
}

int Database::userVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

} // namespace Kempt
