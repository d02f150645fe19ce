#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace Kempt {

// A prepared statement on the SQLite handle under a QSqlDatabase, for the audit's hot
// loops: a million records are read and millions of issues written, and QSqlQuery's
// QVariant per cell costs more than the work itself. Everything else uses QSqlQuery.
// Belongs to the thread of the connection it was prepared on.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    static sqlite3 *handleOf(QSqlDatabase db);

    Result prepare(QSqlDatabase db, const QString &sql);
    bool isPrepared() const { return m_stmt != nullptr; }

    // Bindings are 1-based, as in SQLite; text must outlive the next step().
    void bind(int index, qint64 value);
    void bindText(int index, const QByteArray &utf8);
    void bindNull(int index);

    // true while a row is available; a failure is kept for result().
    bool step();
    Result result(const QString &what) const;
    void reset();
    // Rows the last step of an INSERT, UPDATE or DELETE changed.
    int changes() const;

    qint64 integer(int column) const;
    bool isNull(int column) const;
    // Empty text costs nothing: the common case of an unset field.
    QString text(int column) const;
    // The raw UTF-8 of a cell, valid until the next step().
    const char *utf8(int column, int *size) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_error = 0;
    QString m_message;
};

} // namespace Kempt
