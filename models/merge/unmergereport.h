#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Kempt {

// What an unmerge did, and which later edits it kept instead of the values from before
// the merge (see UnmergeWriter for when that happens).
struct UnmergeReport
{
    struct KeptEdit
    {
        qint64 contactId = 0;   // the record concerned
        QString what;           // "Job title of Ann Lee", "E-mail ann@example.org of Ann Lee"
        QString mergedValue;    // what the merge had written
        QString currentValue;   // what stays
        bool removed = false;   // the row was deleted after the merge and stays deleted
        qint64 laterBatchId = 0;
        QString laterLabel;     // the later change, as the history names it
        QString laterAuthor;
        QString laterAt;

        QString sentence() const;
        QJsonObject toJson() const;
    };

    qint64 mergeId = 0;
    qint64 survivorId = 0;
    QList<qint64> restoredIds; // the merged records, back out of the trash
    QList<KeptEdit> keptEdits;

    QJsonObject toJson() const;
};

} // namespace Kempt
