#include "audit/ruleimpact.h"
#include "audit/fixplanner.h"
#include "audit/guideenginecache.h"
#include "audit/qualityrecordreader.h"
#include "domain/fieldcatalog.h"
#include "quality/ruleengine.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Audit)
};

using Kind = StyleGuideRule::Kind;
using Severity = StyleGuideRule::Severity;

bool changesValues(Kind kind)
{
    return kind != Kind::Required && kind != Kind::Stale && kind != Kind::Consent;
}

QString nameOf(const QualityRecord &r)
{
    if (r.entity() == Entity::Company)
        return r.value(QualityField::Name);
    if (!r.value(QualityField::DisplayName).isEmpty())
        return r.value(QualityField::DisplayName);
    const QString composed = (r.value(QualityField::FirstName) + QLatin1Char(' ') + r.value(QualityField::LastName)).trimmed();
    return composed.isEmpty() ? r.value(QualityField::Email) : composed;
}

qint64 liveCount(QSqlDatabase db, Entity entity)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL").arg(FieldCatalog::tableOf(entity))) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

// Puts the fix pass's progress after what the evaluation pass counted, on one scale.
class FollowingSink : public ProgressSink
{
public:
    FollowingSink(ProgressSink *out, qint64 before) : m_out(out), m_before(before) {}
    bool progress(qint64 done, qint64 total) override { return m_out->progress(m_before + done, m_before + total); }

private:
    ProgressSink *m_out;
    qint64 m_before;
};

Result cancelledCount()
{
    return Result::failure(Tr::tr("Counting was cancelled."));
}

} // namespace

RuleImpactCounter::RuleImpactCounter(QSqlDatabase db, const StyleGuide &guide, const QString &ruleId)
    : m_db(db)
    , m_guide(guide)
    , m_ruleId(ruleId)
{
}

Result RuleImpactCounter::fixGuide(const StyleGuide &guide, const QString &ruleId, StyleGuide *single)
{
    // Kept in step with FixPlanner::guideFor, which does the same for the stored guide.
    const StyleGuideRule *rule = guide.rule(ruleId);
    if (!rule)
        return Result::failure(Tr::tr("The style guide has no rule \"%1\".").arg(ruleId));
    if (!changesValues(rule->kind))
        return Result::failure(Tr::tr("Rule \"%1\" checks %2; there is nothing it could change by itself.")
                                   .arg(ruleId, StyleGuideRule::kindName(rule->kind)));
    if (!rule->enabled)
        return Result::failure(Tr::tr("Rule \"%1\" is switched off in the style guide. Switch it on first.").arg(ruleId));
    StyleGuideRule only = *rule;
    only.severity = Severity::Fix;
    *single = guide;
    single->setRules({only});
    return Result::success();
}

Result RuleImpactCounter::start(RuleImpact *impact) const
{
    *impact = RuleImpact();
    impact->ruleId = m_ruleId;
    const StyleGuideRule *rule = m_guide.rule(m_ruleId);
    if (!rule)
        return Result::failure(Tr::tr("The style guide has no rule \"%1\".").arg(m_ruleId));
    impact->entity = rule->entity;
    impact->canChange = rule->enabled && changesValues(rule->kind);
    return Result::success();
}

Result RuleImpactCounter::sample(int minRecords, int maxRecords, RuleImpact *impact) const
{
    Result r = start(impact);
    if (!r)
        return r;
    const QDateTime moment = GuideEngineCache::auditMoment();
    const RuleEngine whole(m_guide, QString(), moment);
    StyleGuide single;
    const bool fixes = impact->canChange && fixGuide(m_guide, m_ruleId, &single).ok();
    const RuleEngine alone(fixes ? single : StyleGuide(), QString(), moment);

    QualityRecordReader reader(m_db, impact->entity);
    if (!(r = reader.open(QString(), {qint64(maxRecords)}, QStringLiteral("LIMIT ?"))))
        return r;
    QualityRecord record;
    while (reader.next(&record)) {
        ++impact->examined;
        if (fixes) {
            QList<FieldChange> changes;
            const QualityRecord fixed = alone.applyFixes(record, &changes);
            if (fixed != record) {
                ++impact->changes;
                for (const FieldChange &c : changes)
                    if (impact->samples.size() < m_examples)
                        impact->samples.append({record.entity(), record.id(), nameOf(record), c.field, c.before, c.after});
            }
        }
        bool flagged = false;
        for (const QualityIssue &issue : whole.evaluate(record)) {
            if (issue.ruleId != m_ruleId || issue.severity == Severity::Fix)
                continue;
            flagged = true;
            if (impact->flagged.size() < m_examples)
                impact->flagged.append({record.id(), nameOf(record), issue.field, record.value(issue.field), issue.message,
                                        issue.suggestion});
        }
        if (flagged)
            ++impact->flags;
        const bool enough = (!fixes || impact->samples.size() >= m_examples) && impact->flagged.size() >= m_examples;
        if (impact->examined >= minRecords && enough)
            break;
    }
    return reader.result();
}

Result RuleImpactCounter::count(ProgressSink *sink, RuleImpact *impact) const
{
    Result r = start(impact);
    if (!r)
        return r;
    const qint64 total = liveCount(m_db, impact->entity);
    StyleGuide single;
    const bool fixes = impact->canChange && fixGuide(m_guide, m_ruleId, &single);
    // The fix pass reads every live record of both kinds (FixPlanner's order).
    const qint64 fixWork = fixes ? liveCount(m_db, Entity::Company) + liveCount(m_db, Entity::Contact) : 0;
    const qint64 flagWork = m_countFlags ? total : 0;
    if (m_countFlags) {
        const RuleEngine whole(m_guide, QString(), GuideEngineCache::auditMoment());
        QualityRecordReader reader(m_db, impact->entity);
        if (!(r = reader.open()))
            return r;
        QualityRecord record;
        while (reader.next(&record)) {
            ++impact->examined;
            bool flagged = false;
            for (const QualityIssue &issue : whole.evaluate(record)) {
                if (issue.ruleId != m_ruleId || issue.severity == Severity::Fix)
                    continue;
                flagged = true;
                if (impact->flagged.size() < m_examples)
                    impact->flagged.append({record.id(), nameOf(record), issue.field, record.value(issue.field),
                                            issue.message, issue.suggestion});
            }
            if (flagged)
                ++impact->flags;
            if (sink && (impact->examined % 2048) == 0 && !sink->progress(impact->examined, flagWork + fixWork))
                return cancelledCount();
        }
        if (!(r = reader.result()))
            return r;
    } else {
        impact->examined = total;
    }
    if (fixes) {
        FixPlanner planner(m_db, RuleEngine(single, QString(), GuideEngineCache::auditMoment()));
        planner.setSamplesPerField(m_examples);
        FixSummary summary;
        FollowingSink following(sink, flagWork);
        r = planner.preview(&summary, sink ? &following : nullptr);
        if (summary.cancelled)
            return cancelledCount();
        if (!r)
            return r;
        impact->changes = summary.records;
        impact->fields = summary.fields;
        impact->samples = summary.samples.mid(0, m_examples * 2);
    }
    if (sink)
        sink->progress(flagWork + fixWork, flagWork + fixWork);
    impact->complete = true;
    return Result::success();
}

} // namespace Kempt
