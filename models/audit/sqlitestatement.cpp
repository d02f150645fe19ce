#include "audit/sqlitestatement.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace Kempt {

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

sqlite3 *SqliteStatement::handleOf(QSqlDatabase db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.data());
    return nullptr;
}

Result SqliteStatement::prepare(QSqlDatabase db, const QString &sql)
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_error = SQLITE_OK;
    m_db = handleOf(db);
    if (!m_db)
        return Result::failure(QCoreApplication::translate("Audit", "The workspace is not open. Open it again and retry."));
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &m_stmt, nullptr) != SQLITE_OK) {
        m_error = sqlite3_errcode(m_db);
        m_message = QString::fromUtf8(sqlite3_errmsg(m_db));
        return Result::failure(QCoreApplication::translate("Audit", "The workspace could not be read for the audit: %1")
                                   .arg(m_message));
    }
    return Result::success();
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bindText(int index, const QByteArray &utf8)
{
    // SQLITE_STATIC: the caller keeps the bytes until the step, so nothing is copied.
    sqlite3_bind_text(m_stmt, index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

bool SqliteStatement::step()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_error = rc;
        m_message = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    return false;
}

Result SqliteStatement::result(const QString &what) const
{
    if (m_error == SQLITE_OK || m_error == SQLITE_DONE)
        return Result::success();
    if (m_error == SQLITE_FULL)
        return Result::failure(QCoreApplication::translate("Audit", "%1 failed because the disk is full. Free some space and try again.").arg(what));
    if (m_error == SQLITE_BUSY || m_error == SQLITE_LOCKED)
        return Result::failure(QCoreApplication::translate("Audit", "%1 failed because another program is writing to the workspace. "
                                                                     "Try again when it has finished.").arg(what));
    return Result::failure(QCoreApplication::translate("Audit", "%1 failed: %2").arg(what, m_message));
}

void SqliteStatement::reset()
{
    m_error = SQLITE_OK;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int SqliteStatement::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

QString SqliteStatement::text(int column) const
{
    // Text first, then its size: SQLite's order for a cell that needs converting.
    const char *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (size == 0)
        return QString();
    return QString::fromUtf8(data, size);
}

const char *SqliteStatement::utf8(int column, int *size) const
{
    const char *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    *size = sqlite3_column_bytes(m_stmt, column);
    return data;
}

} // namespace Kempt
