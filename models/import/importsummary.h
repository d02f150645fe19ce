#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Kempt {

// What an import did, for its summary page, kempt-cli and the Import history.
struct ImportSummary
{
    struct Rejected
    {
        qint64 row = 0; // as the file numbers it (sheet row or line)
        QString reason;
    };

    qint64 importId = 0; // the import_batches row; 0 for a dry run
    qint64 batchId = 0;  // the change batch that undoing the import reverts
    qint64 rows = 0;     // data rows read (empty rows aside); each is counted once below
    // created + updated + merged + skipped + rejected == rows
    qint64 created = 0;
    qint64 updated = 0;
    qint64 merged = 0;
    qint64 skipped = 0;
    qint64 rejected = 0;
    qint64 fixedValues = 0;          // values the style guide's fixes changed
    QMap<QString, qint64> issues;    // rule id -> rows it flags, after cleanup
    QList<Rejected> firstRejected;   // the first few, for a screen; the report has all
    QStringList headers;
    int headerRow = 0;               // the header row used (detected or given); 0: none
    qint64 duplicateGroups = 0;      // groups of duplicates the decisions applied to
    QStringList notes;               // what the reader left out on purpose (TableSource::readingNotes)
    bool dryRun = false;
    bool cancelled = false;

    QJsonObject toJson() const;
};

} // namespace Kempt
