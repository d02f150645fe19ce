#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Kempt {

// Owners: the people responsible for records.
class UserStore
{
public:
    explicit UserStore(QSqlDatabase db);

    QStringList names() const;
    // The user with this name, created when missing and create is true; 0 for an empty name.
    Result idForName(const QString &name, bool create, qint64 *id);

private:
    QSqlDatabase m_db;
};

} // namespace Kempt
