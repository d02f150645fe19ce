#pragma once

#include "audit/fixsummary.h"
#include "audit/progresssink.h"
#include "core/result.h"
#include "quality/ruleengine.h"

#include <QSqlDatabase>

namespace Kempt {

// Works out what the style guide's fixes change over all live records, and applies it.
// Records are read in blocks (QualityRecordReader, with the rows their values live in),
// run through RuleEngine::applyFixes and written by FixWriter with prepared statements:
// one pass, no command per record. apply() runs inside Workspace::write (ApplyFixes
// makes that one undoable batch of kind 'fix'); preview() writes nothing.
//
// Progress goes to a ProgressSink, as the audit's and the duplicate scan's do: after each
// block, records done of all live companies and contacts. A sink answering false stops
// the run at once: it returns a failure and sets summary->cancelled; inside
// Workspace::write that failure rolls the whole batch back, so nothing is half-applied.
class FixPlanner
{
public:
    // The guide whose fixes to apply: every Fix rule of the active guide, or only the rule
    // ruleId. A rule that only warns about a value's form (casing, a phone's form ...) may
    // be named too: its respellings are applied as if it were a Fix rule. Rules that judge
    // presence, staleness or consent have nothing to apply; the message says so.
    static Result guideFor(QSqlDatabase db, const QString &ruleId, StyleGuide *guide);

    FixPlanner(QSqlDatabase db, const RuleEngine &engine);

    void setSamplesPerField(int samples) { m_samples = samples; }

    // progress may be null.
    Result preview(FixSummary *summary, ProgressSink *progress = nullptr) const;
    Result apply(FixSummary *summary, ProgressSink *progress = nullptr) const;

private:
    Result run(bool write, FixSummary *summary, ProgressSink *progress) const;
    Result liveRecords(qint64 *count) const;

    QSqlDatabase m_db;
    RuleEngine m_engine;
    int m_samples = 3;
};

} // namespace Kempt
