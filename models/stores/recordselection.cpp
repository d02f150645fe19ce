#include "stores/recordselection.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Kempt {

RecordSelection RecordSelection::ofIds(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    RecordSelection s;
    s.where = QStringLiteral("t.id IN (SELECT value FROM json_each(?))");
    s.binds = {QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))};
    return s;
}

RecordSelection RecordSelection::ofCondition(const QString &where, const QVariantList &binds)
{
    RecordSelection s;
    s.where = where.isEmpty() ? QStringLiteral("1") : where;
    s.binds = binds;
    return s;
}

QString RecordSelection::selectIds(const QString &table) const
{
    return QStringLiteral("SELECT t.id FROM %1 t WHERE %2 ORDER BY t.id").arg(table, where);
}

} // namespace Kempt
