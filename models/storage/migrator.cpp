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

// The schema lives in the static library's resources, which the linker would drop
// unless something references them.
static void initModelResources()
{
    Q_INIT_RESOURCE(models);
}

namespace Kempt {

namespace {

QString resourceText(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QString::fromUtf8(f.readAll());
}

} // namespace

QList<Migrator::Step> Migrator::steps()
{
    initModelResources();
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
        // 2: what duplicate detection keeps between runs (see dedup/dedupkeyindex.h).
        [](QSqlDatabase db) { return Database::execScript(db, resourceText(QStringLiteral(":/kempt/sql/002_dedup.sql"))); },
        // 3: change_log and custom_values keep values with their type ("01234" stays text).
        // The journal's triggers go with the old table and are made again for the new one.
        [](QSqlDatabase db) {
            Result r = Journal::dropTriggers(db);
            if (r)
                r = Database::execScript(db, resourceText(QStringLiteral(":/kempt/sql/003_untyped_values.sql")));
            if (r)
                r = Journal::installTriggers(db);
            return r;
        },
        // 4: the groups of the last duplicate scan (see dedup/duplicategroupstore.h).
        [](QSqlDatabase db) { return Database::execScript(db, resourceText(QStringLiteral(":/kempt/sql/004_duplicate_groups.sql"))); },
        // 5: a digest of each record's stored findings, for the full audit (see audit/issuemerger.h).
        [](QSqlDatabase db) { return Database::execScript(db, resourceText(QStringLiteral(":/kempt/sql/005_quality_digests.sql"))); },
    };
}

namespace {

Result runStep(QSqlDatabase db, int version, const Migrator::Step &step)
{
    Transaction tx(db);
    Result r = tx.begin();
    if (!r)
        return r;
    r = step(db);
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

Result Migrator::migrateTo(QSqlDatabase db, int target, const QList<Step> &steps)
{
    for (int v = Database::userVersion(db) + 1; v <= target && v <= steps.size(); ++v) {
        const Result r = runStep(db, v, steps.at(v - 1));
        if (!r)
            return r;
    }
    return Result::success();
}

Result Migrator::migrate(QSqlDatabase db, const QString &path)
{
    return migrate(db, path, steps());
}

Result Migrator::migrate(QSqlDatabase db, const QString &path, const QList<Step> &steps)
{
    const int latest = int(steps.size());
    const int current = Database::userVersion(db);
    if (current < 0)
        return Result::failure(QCoreApplication::translate("Kempt", "%1 cannot be read.").arg(QDir::toNativeSeparators(path)));
    if (current >= latest)
        return Result::success();
    if (current > 0) {
        // An upgrade rewrites the file; keep the old format beside it until the user deletes it.
        const QString backup = QStringLiteral("%1.v%2.bak").arg(path).arg(current);
        QFile::remove(backup);
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("VACUUM INTO '%1'").arg(QString(backup).replace(QLatin1Char('\''), QStringLiteral("''")))))
            return sqlFailure(q, QCoreApplication::translate("Kempt", "Keeping a copy before the upgrade"));
    }
    return migrateTo(db, latest, steps);
}

} // namespace Kempt
