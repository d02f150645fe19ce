#include "merge/mergeentry.h"

#include <QJsonArray>

namespace Kempt {

QJsonObject MergeEntry::toJson() const
{
    QJsonArray merged;
    for (int i = 0; i < mergedIds.size(); ++i)
        merged.append(QJsonObject{{QStringLiteral("id"), mergedIds.at(i)},
                                  {QStringLiteral("name"), mergedNames.value(i)}});
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("entity"), entity},
        {QStringLiteral("survivor"), QJsonObject{{QStringLiteral("id"), survivorId}, {QStringLiteral("name"), survivorName}}},
        {QStringLiteral("merged"), merged},
        {QStringLiteral("batchId"), batchId},
        {QStringLiteral("at"), at},
        {QStringLiteral("author"), author},
        {QStringLiteral("undone"), isUndone()},
        {QStringLiteral("undoneAt"), undoneAt},
    };
}

} // namespace Kempt
