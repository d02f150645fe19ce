#include "storage/transaction.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Kempt {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Result Transaction::begin()
{
    // IMMEDIATE takes the write lock now, so a busy file fails here and not halfway through.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlFailure(q, QCoreApplication::translate("Kempt", "Starting a change"));
    m_active = true;
    return Result::success();
}

Result Transaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        Result r = sqlFailure(q, QCoreApplication::translate("Kempt", "Saving the change"));
        rollback();
        return r;
    }
    m_active = false;
    return Result::success();
}

void Transaction::rollback()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace Kempt
