#include "stores/userstore.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Kempt {

UserStore::UserStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QStringList UserStore::names() const
{
    QStringList result;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT name FROM users WHERE active = 1 ORDER BY name COLLATE NOCASE")))
        while (q.next())
            result << q.value(0).toString();
    return result;
}

Result UserStore::idForName(const QString &name, bool create, qint64 *id)
{
    const QString clean = name.simplified();
    *id = 0;
    if (clean.isEmpty())
        return Result::success();
    QSqlQuery q(m_db);
    Result r = exec(q, QStringLiteral("SELECT id FROM users WHERE name = ? COLLATE NOCASE"), {clean});
    if (!r)
        return r;
    if (q.next()) {
        *id = q.value(0).toLongLong();
        return Result::success();
    }
    if (!create)
        return Result::failure(QCoreApplication::translate("Kempt", "There is no owner called \"%1\".").arg(clean));
    if (!(r = exec(q, QStringLiteral("INSERT INTO users(name) VALUES (?)"), {clean})))
        return r;
    *id = q.lastInsertId().toLongLong();
    return Result::success();
}

} // namespace Kempt
