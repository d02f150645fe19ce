#pragma once

#include "core/result.h"
#include "dedup/blockindex.h"
#include "dedup/dedupcorpus.h"
#include "dedup/duplicatepair.h"
#include "dedup/matchmodel.h"
#include "dedup/modelestimator.h"
#include "dedup/pairexplanation.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <vector>

namespace Kempt {

class DupRecordSource;
class ProgressSink;

// Finds the duplicates among a set of records (the workspace's contacts or a spreadsheet),
// headless and with one default configuration for every data set:
// 1. reads and normalizes the records (RecordPreparer, on every core) into a DedupCorpus;
// 2. blocks them (BlockingKeys, BlockIndex): only records that share a key are compared;
// 3. fits the match model to the data (ModelEstimator: u from random pairs, m by EM);
// 4. scores every candidate pair once (FieldComparator, MatchModel), on every core, and
//    keeps the possible and sure ones;
// 5. groups them (DuplicateClusterer), respecting pairs marked "not a duplicate".
// Progress runs from 0 to 1000 over the whole run; returning false from the sink stops it.
class DuplicateFinder
{
public:
    struct Stats
    {
        qint64 records = 0;
        qint64 blocks = 0;
        qint64 droppedKeys = 0;
        qint64 candidatePairs = 0;
        qint64 keptPairs = 0;
        ModelEstimator::Report estimation;
        qint64 loadMs = 0;
        qint64 blockMs = 0;
        qint64 estimateMs = 0;
        qint64 scoreMs = 0;
        qint64 clusterMs = 0;
    };

    DuplicateFinder();

    void setThreads(int threads) { m_threads = qMax(1, threads); }
    // Pairs of record ids that a person said are not duplicates.
    void setNotDuplicates(const QList<QPair<QString, QString>> &ids) { m_notDuplicateIds = ids; }
    // Scores with this model instead of fitting one to the data.
    void setModel(const MatchModel &model);

    Result run(DupRecordSource &source, ProgressSink *progress = nullptr);

    const DedupCorpus &corpus() const { return m_corpus; }
    QString id(int row) const { return m_corpus.id(row); }
    const MatchModel &model() const { return m_model; }
    const std::vector<DuplicatePair> &pairs() const { return m_pairs; }
    const QList<DuplicateGroup> &groups() const { return m_groups; }
    const Stats &stats() const { return m_stats; }

    PairExplanation explain(int a, int b) const;
    static PairExplanation explain(const DedupCorpus &query, int a, const DedupCorpus &corpus, int b,
                                   const MatchModel &model);

private:
    Result load(DupRecordSource &source, ProgressSink *progress, std::vector<BlockIndex::Entry> &entries);
    bool score(ProgressSink *progress);

    int m_threads = 2;
    bool m_fixedModel = false;
    QList<QPair<QString, QString>> m_notDuplicateIds;
    DedupCorpus m_corpus;
    BlockIndex m_blocks;
    MatchModel m_model;
    std::vector<DuplicatePair> m_pairs;
    QList<DuplicateGroup> m_groups;
    Stats m_stats;
};

} // namespace Kempt
