#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Kempt {

// One row of the merges history, with the names a person recognizes.
struct MergeEntry
{
    qint64 id = 0;
    QString entity;          // "contact"
    qint64 survivorId = 0;
    QList<qint64> mergedIds; // the records that went to the trash
    qint64 batchId = 0;      // the change batch that wrote the merge
    QString at;              // ISO 8601 UTC
    QString undoneAt;        // empty while the merge stands
    QString author;          // who merged (the batch's author)
    QString survivorName;
    QStringList mergedNames; // in mergedIds order

    bool isUndone() const { return !undoneAt.isEmpty(); }
    QJsonObject toJson() const;
};

} // namespace Kempt
