#pragma once

#include "quality/fieldchange.h"
#include "quality/qualityissue.h"
#include "quality/qualityrecord.h"
#include "quality/styleguide.h"

#include <QDateTime>
#include <QList>
#include <memory>

namespace Kempt {

class CompiledRule;
class EvaluationMemo;

// Applies a style guide to QualityRecords: the one judge that the contact editor, the
// import and the audit share, so a rule means the same thing everywhere.
//
// Rules run in stages, each seeing the value as the fixes before it left it: Unicode
// hygiene, whitespace, country, legal form, casing, picklists/e-mail/dates, phones (read
// in the record's country, else the default region), then presence, staleness and
// consent. evaluate() reports every finding; applyFixes() stores what Fix rules change.
//
// Immutable after construction and cheap to copy: any number of threads may evaluate at
// once. Values that are already clean are recognised without allocating.
class RuleEngine
{
public:
    // defaultRegion: the workspace's default for phone numbers; when empty the guide's
    // own defaultRegion is used. now: the moment stale rules measure from.
    explicit RuleEngine(const StyleGuide &guide, const QString &defaultRegion = QString(),
                        const QDateTime &now = QDateTime::currentDateTimeUtc());
    ~RuleEngine();
    RuleEngine(const RuleEngine &other);
    RuleEngine &operator=(const RuleEngine &other);

    const StyleGuide &guide() const;
    QString defaultRegion() const;
    // The region the record's phone numbers are read in: its country, else the default.
    QString phoneRegion(const QualityRecord &record) const;

    QList<QualityIssue> evaluate(const QualityRecord &record) const;
    // The same findings, for many records in a row on one thread (the full audit): those
    // of records[i] into issues[i], emptied first and their storage reused, with the
    // sentences that recur from record to record taken from memo (evaluationmemo.h). The
    // records are of one kind. Phone numbers and e-mail addresses are checked one rule
    // at a time for all of them, so the libraries behind stay in the processor's caches.
    void evaluate(const QualityRecord *records, int count, QList<QualityIssue> *issues, EvaluationMemo *memo) const;
    // The record as the Fix rules store it; changes receives each changed value (field,
    // which value, rule, before, after) in the order the fixes ran. Phone fixes also set
    // QualityRecord::phoneE164().
    QualityRecord applyFixes(const QualityRecord &record, QList<FieldChange> *changes = nullptr) const;

    // Whether an issue of severity Error is among them.
    static bool blocksSaving(const QList<QualityIssue> &issues);

private:
    struct Data;
    void run(const QualityRecord &record, QList<QualityIssue> *issues, QList<FieldChange> *changes,
             QualityRecord *fixed, EvaluationMemo *memo = nullptr) const;
    void checkValues(const CompiledRule &rule, const QualityRecord *&current, QualityRecord &working,
                     QList<QualityIssue> *issues, QList<FieldChange> *changes, bool storeE164,
                     EvaluationMemo *memo) const;
    void checkRecord(const CompiledRule &rule, const QualityRecord &record, QList<QualityIssue> *issues,
                     EvaluationMemo *memo) const;

    std::shared_ptr<const Data> d;
};

} // namespace Kempt
