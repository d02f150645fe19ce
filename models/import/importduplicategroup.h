#pragma once

#include "dedup/matchband.h"
#include "dedup/pairexplanation.h"
#include "import/duplicateaction.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Kempt {

// Rows of an import file that are one person: with an existing contact of the workspace
// (contactIds not empty), or only with one another. ImportDuplicates finds the groups and
// explains every link; a person (the wizard's duplicates page) or a default policy
// (kempt-cli --on-duplicate) sets action; the Importer applies it (see DuplicateAction).
struct ImportDuplicateGroup
{
    // Why two members are duplicates: row and otherRow (two rows of the file), or row and
    // contactId (a row and an existing contact).
    struct Link
    {
        qint64 row = 0;
        qint64 otherRow = 0;
        qint64 contactId = 0;
        PairExplanation explanation;
    };

    QList<qint64> rows;          // file rows as the source numbers them (line or sheet row), ascending
    QStringList rowNames;        // the name each row gives, in rows order, for a list to show
    QList<qint64> contactIds;    // existing contacts matched, best first; the first is the target
    QStringList contactNames;    // in contactIds order
    MatchBand band = MatchBand::Possible; // Sure when every link is sure
    double probability = 0;      // of the weakest link
    QList<Link> links;
    DuplicateAction action = DuplicateAction::Create;

    bool matchesWorkspace() const { return !contactIds.isEmpty(); }
    qint64 target() const { return contactIds.value(0); }

    QJsonObject toJson() const;
    // "Rows 4, 9 = Anna Berg (contact 12), sure: update empty fields", for kempt-cli.
    QString toText() const;
};

} // namespace Kempt
