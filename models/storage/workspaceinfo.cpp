#include "storage/workspaceinfo.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sqlerror.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace Kempt {

namespace {

// Virtual tables (FTS5) keep their data in shadow tables named "<table>_<suffix>".
bool isShadowTable(const QString &name, const QStringList &virtualTables)
{
    for (const QString &v : virtualTables)
        if (name.startsWith(v + QLatin1Char('_')))
            return true;
    return false;
}

} // namespace

Result WorkspaceInfo::read(QSqlDatabase db, const QString &path, WorkspaceInfo *info)
{
    WorkspaceInfo result;
    result.m_path = QFileInfo(path).absoluteFilePath();
    result.m_fileSize = QFileInfo(path).size();
    result.m_schemaVersion = Database::userVersion(db);
    result.m_latestSchemaVersion = Migrator::latestVersion();

    QSqlQuery q(db);
    q.setForwardOnly(true);
    Result r = exec(q, QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'table' "
                                      "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
    if (!r)
        return r;
    QStringList names;
    QStringList virtualTables;
    while (q.next()) {
        names << q.value(0).toString();
        if (q.value(1).toString().startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
            virtualTables << q.value(0).toString();
    }
    for (const QString &name : std::as_const(names)) {
        if (isShadowTable(name, virtualTables))
            continue;
        QSqlQuery count(db);
        r = exec(count, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(QString(name).replace(QLatin1Char('"'), QLatin1String("\"\""))));
        if (!r)
            return r;
        count.next();
        result.m_tables << Table{name, count.value(0).toLongLong()};
    }
    *info = result;
    return Result::success();
}

qint64 WorkspaceInfo::rows(const QString &table) const
{
    for (const Table &t : m_tables)
        if (t.name == table)
            return t.rows;
    return -1;
}

QJsonObject WorkspaceInfo::toJson() const
{
    QJsonObject tables;
    for (const Table &t : m_tables)
        tables.insert(t.name, t.rows);
    return QJsonObject{
        {QStringLiteral("path"), m_path},
        {QStringLiteral("schema_version"), m_schemaVersion},
        {QStringLiteral("latest_schema_version"), m_latestSchemaVersion},
        {QStringLiteral("file_size"), m_fileSize},
        {QStringLiteral("kempt_version"), QStringLiteral(KEMPT_VERSION)},
        {QStringLiteral("tables"), tables},
    };
}

} // namespace Kempt
