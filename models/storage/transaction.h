#pragma once

#include "core/result.h"

#include <QSqlDatabase>

namespace Kempt {

// RAII transaction: rolls back unless commit() succeeded, so an early return or a
// failed statement never leaves half of a change in the file.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Result begin();
    Result commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace Kempt
