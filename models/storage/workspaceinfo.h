#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Kempt {

// What is in a workspace file: its format version and how many rows each table holds.
// Internal tables (sqlite_*, the full-text index's shadow tables) are left out.
class WorkspaceInfo
{
public:
    struct Table
    {
        QString name;
        qint64 rows = 0;
    };

    static Result read(QSqlDatabase db, const QString &path, WorkspaceInfo *info);

    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    int latestSchemaVersion() const { return m_latestSchemaVersion; }
    qint64 fileSize() const { return m_fileSize; }
    QList<Table> tables() const { return m_tables; }
    qint64 rows(const QString &table) const;

    QJsonObject toJson() const;

private:
    QString m_path;
    int m_schemaVersion = 0;
    int m_latestSchemaVersion = 0;
    qint64 m_fileSize = 0;
    QList<Table> m_tables;
};

} // namespace Kempt
