#include "storage/triggersuspension.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Kempt {

Result TriggerSuspension::suspend(QSqlDatabase db, const QStringList &names)
{
    QSqlQuery q(db);
    for (const QString &name : names) {
        Result r = exec(q, QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?"), {name});
        if (!r)
            return r;
        if (!q.next())
            continue;
        const QString sql = q.value(0).toString();
        q.finish();
        if (!(r = exec(q, QStringLiteral("DROP TRIGGER %1").arg(name))))
            return r;
        m_dropped.append({name, sql});
    }
    return Result::success();
}

Result TriggerSuspension::restore(QSqlDatabase db)
{
    QSqlQuery q(db);
    for (const auto &[name, sql] : std::as_const(m_dropped))
        if (!q.exec(sql))
            return sqlFailure(q, QCoreApplication::translate("Kempt", "Restoring the trigger %1").arg(name));
    m_dropped.clear();
    return Result::success();
}

} // namespace Kempt
