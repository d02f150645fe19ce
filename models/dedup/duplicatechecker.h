#pragma once

#include "core/result.h"
#include "dedup/duprecord.h"
#include "dedup/matchmodel.h"
#include "dedup/pairexplanation.h"
#include "dedup/recordpreparer.h"

#include <QList>
#include <QSqlDatabase>

namespace Kempt {

class ProgressSink;

// Checks one new or edited contact (the contact editor) or a batch of them (the import
// wizard) against the workspace, without scanning it: the record's blocking keys find its
// candidates in the stored index (DedupKeyIndex), only those are read and compared, and
// the stored counts weigh shared values by how common they are. Scores use the model of
// the last full scan (kempt-cli dedupe or the Duplicates section), or the defaults.
// Contacts marked "not a duplicate" of the record, and the record itself, are left out.
// Works on the connection it is given, on that connection's thread.
class DuplicateChecker
{
public:
    struct Match
    {
        qint64 contactId = 0;
        double score = 0;
        double probability = 0;
        MatchBand band = MatchBand::None;
        PairExplanation explanation;
    };

    explicit DuplicateChecker(QSqlDatabase db);

    // Builds the index when the workspace has none (long on a big workspace: progress may
    // stop it) and loads the model. Call once before checking.
    Result open(ProgressSink *progress = nullptr);

    // Whether the index held no contact when open() read it: nothing can match then.
    bool workspaceWasEmpty() const { return m_open && m_indexed == 0; }

    // Possible and sure matches of record, best first. record.id, when it is the id of a
    // contact (an edit), names the contact to leave out.
    Result check(const DupRecord &record, QList<Match> *matches);
    // check() for each record, reading all of them in one read transaction when the
    // connection is outside any.
    Result checkBatch(const QList<DupRecord> &records, QList<QList<Match>> *matches);
    // Every pair among these contacts, scored and explained as check() would (the stored
    // counts weigh shared values), strongest first: a stored duplicate group looked at
    // again after its records changed, or shown side by side. Contacts that do not exist
    // or are in the trash are left out. Does not catch the index up (open() does).
    Result explainPairs(const QList<qint64> &contactIds, QList<PairExplanation> *pairs);

    // Most candidates read for one record: those sharing the most and rarest keys first.
    static constexpr int MaxCandidates = 25;

private:
    // check() without catching the index up first.
    Result checkCurrent(const DupRecord &record, QList<Match> *matches);
    Result catchUp();

    QSqlDatabase m_db;
    MatchModel m_model;
    RecordPreparer m_preparer;
    qint64 m_records = 0;
    qint64 m_indexed = 0;
    bool m_open = false;
};

} // namespace Kempt
