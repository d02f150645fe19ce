#pragma once

#include "dedup/blockindex.h"
#include "dedup/dedupcorpus.h"
#include "dedup/matchmodel.h"

namespace Kempt {

class ProgressSink;

// Fits the match model to the data at hand, without training data from the user:
// - u (how often unrelated records agree) from random pairs of records, which are almost
//   all unrelated;
// - m (how often duplicates agree) by expectation maximisation in sessions, as Splink
//   trains: a field never learns from pairs chosen for agreeing on it. Pairs that share an
//   e-mail or phone go first and teach the names and addresses; pairs that share birthday
//   and postcode, then pairs that share a name, teach what is left, with what was learnt
//   held fixed. u of a session is fitted with it (pairs that share a name share their
//   country too), but only m is kept. The default m is a prior worth a few dozen pairs,
//   so a small or clean file cannot push it anywhere absurd;
// - the prior odds from the share of all candidate pairs that the fitted model finds to
//   be duplicates.
// Deterministic: the same records give the same model.
class ModelEstimator
{
public:
    struct Report
    {
        qint64 randomPairs = 0;
        qint64 candidatePairs = 0;   // distinct pairs the blocks produce
        qint64 sampledPairs = 0;
        double duplicateShare = 0;   // of the candidate pairs, as EM estimates it
    };

    ModelEstimator(const DedupCorpus &corpus, const BlockIndex &blocks);

    // false when progress asked to stop.
    bool estimate(MatchModel *model, ProgressSink *progress, Report *report = nullptr) const;

private:
    void estimateU(MatchModel &model, Report &report) const;

    const DedupCorpus &m_corpus;
    const BlockIndex &m_blocks;
};

} // namespace Kempt
