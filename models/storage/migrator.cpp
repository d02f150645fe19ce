#include "storage/migrator.h"
#include "storage/database.h"
#include "storage/journal.h"
#include "storage/searchindex.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <functional>

namespace Kempt {

namespace {

QString resourceText(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QString::fromUtf8(f.readAll());
}

using Step = std::function<Result(QSqlDatabase)>;

QList<Step> steps()
{
    return {
        // 1: the whole product's schema, its search index and its journal.
        [](QSqlDatabase db) {
            Result r = Database::execScript(db, resourceText(QStringLiteral(":/kempt/sql/001_initial.sql")));
            if (r)
                r = SearchIndex::installTriggers(db);
            if (r)
                r = Journal::installTriggers(db);
            if (r)
                r = Database::execScript(db, QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId));
            return r;
        },
    };
}

Result runStep(QSqlDatabase db, int version)
{
    Transaction tx(db);
    Result r = tx.begin();
    if (!r)
        return r;
    r = steps().at(version - 1)(db);
    if (!r)
        return r;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
        return sqlFailure(q, QStringLiteral("user_version"));
    return tx.commit();
}

} // namespace

int Migrator::latestVersion()
{
    return int(steps().size());
}

Result Migrator::migrateTo(QSqlDatabase db, int target)
{
    for (int v = Database::userVersion(db) + 1; v <= target; ++v) {
        const Result r = runStep(db, v);
        if (!r)
            return r;
    }
    return Result::success();
}

Result Migrator::migrate(QSqlDatabase db, const QString &path)
{
    const int current = Database::userVersion(db);
    if (current < 0)
        return Result::failure(QCoreApplication::translate("Kempt", "%1 cannot be read.").arg(QDir::toNativeSeparators(path)));
    if (current >= latestVersion())
        return Result::success();
    if (current > 0) {
        // An upgrade rewrites the file; keep the old format beside it until the user deletes it.
        const QString backup = QStringLiteral("%1.v%2.bak").arg(path).arg(current);
        QFile::remove(backup);
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("VACUUM INTO '%1'").arg(QString(backup).replace(QLatin1Char('\''), QStringLiteral("''")))))
            return sqlFailure(q, QCoreApplication::translate("Kempt", "Keeping a copy before the upgrade"));
    }
    return migrateTo(db, latestVersion());
}

} // namespace Kempt
