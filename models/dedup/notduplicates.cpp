#include "dedup/notduplicates.h"

#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Dedup)
};

} // namespace

Result NotDuplicates::read(QSqlDatabase db, QList<QPair<QString, QString>> *pairs)
{
    pairs->clear();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT a_id, b_id FROM not_duplicates WHERE entity = 'contact'")))
        return sqlFailure(q, Tr::tr("Reading the pairs marked \"not a duplicate\""));
    while (q.next())
        pairs->append({q.value(0).toString(), q.value(1).toString()});
    return Result::success();
}

bool NotDuplicates::contains(QSqlDatabase db, qint64 a, qint64 b)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM not_duplicates WHERE entity = 'contact' AND a_id = ? AND b_id = ?"));
    q.addBindValue(qMin(a, b));
    q.addBindValue(qMax(a, b));
    return q.exec() && q.next();
}

} // namespace Kempt
