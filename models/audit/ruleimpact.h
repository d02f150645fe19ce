#pragma once

#include "audit/fixsummary.h"
#include "audit/progresssink.h"
#include "core/result.h"
#include "quality/styleguide.h"

#include <QList>
#include <QSqlDatabase>

namespace Kempt {

// What one rule of a style guide (saved or still being edited) would do to the records
// of a workspace: how many it would change by itself, how many it would mark with a
// warning or an error, and real values before → after.
struct RuleImpact
{
    struct Flag
    {
        qint64 id = 0;
        QString name;
        QString field;
        QString value;
        QString message;
        QString suggestion;
    };

    QString ruleId;
    Entity entity = Entity::Contact;
    bool complete = false; // counted over every live record, not a sample
    qint64 examined = 0;   // records of the rule's kind looked at (all of them when complete)
    bool canChange = false; // the rule is about how values are written
    qint64 changes = 0;    // records the rule's fixes would change (FixPlanner's dry run when complete)
    qint64 flags = 0;      // records with a warning or an error of the rule
    QMap<QString, qint64> fields; // complete counts only: "contact.email" -> records changed there
    QList<FixSummary::Sample> samples;
    QList<Flag> flagged;
};

// Works out a RuleImpact. sample() reads the first records only, for an answer while a
// person is still typing; count() goes through every live record: the change count is
// FixPlanner's dry run of the rule alone (what ApplyFixes would do), the flags those of
// the whole guide's evaluation (what the audit would store). Both run on the connection
// given, so a worker thread passes its own.
class RuleImpactCounter
{
public:
    RuleImpactCounter(QSqlDatabase db, const StyleGuide &guide, const QString &ruleId);

    void setExamples(int examples) { m_examples = qMax(0, examples); }
    // Off: count() skips the evaluation pass and reports only changes (the dashboard's
    // fix preview needs no more).
    void setCountFlags(bool count) { m_countFlags = count; }

    // Reads records in id order until maxRecords are read or `examples` samples of both
    // kinds are found (at least minRecords are read).
    Result sample(int minRecords, int maxRecords, RuleImpact *impact) const;
    Result count(ProgressSink *sink, RuleImpact *impact) const;

    // The guide ApplyFixes uses for one rule (FixPlanner::guideFor) built from any guide:
    // the rule alone, as a Fix rule. Fails with the reason when the rule has nothing to fix.
    static Result fixGuide(const StyleGuide &guide, const QString &ruleId, StyleGuide *single);

private:
    Result start(RuleImpact *impact) const;

    QSqlDatabase m_db;
    StyleGuide m_guide;
    QString m_ruleId;
    int m_examples = 8;
    bool m_countFlags = true;
};

} // namespace Kempt
