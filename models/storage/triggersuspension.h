#pragma once

#include "core/result.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QStringList>

namespace Kempt {

// Takes some triggers out for a bulk write inside one transaction and puts the very same
// ones back (their SQL is read from sqlite_schema), so a writer that keeps the derived
// data itself does not pay for it row by row. Used within a transaction only: should
// anything fail, the rollback brings the triggers back as well.
class TriggerSuspension
{
public:
    Result suspend(QSqlDatabase db, const QStringList &names);
    Result restore(QSqlDatabase db);

private:
    QList<QPair<QString, QString>> m_dropped; // name, SQL
};

} // namespace Kempt
