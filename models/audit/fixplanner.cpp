#include "audit/fixplanner.h"
#include "audit/fixwriter.h"
#include "audit/qualityrecordreader.h"
#include "storage/sqlerror.h"
#include "stores/styleguidestore.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Kempt {

namespace {

constexpr int kBlock = 2000;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Audit)
};

Result cancelled(FixSummary *summary)
{
    summary->cancelled = true;
    return Result::failure(Tr::tr("Working out the fixes was cancelled; nothing was changed."));
}

bool changesValues(StyleGuideRule::Kind kind)
{
    using Kind = StyleGuideRule::Kind;
    return kind != Kind::Required && kind != Kind::Stale && kind != Kind::Consent;
}

} // namespace

Result FixPlanner::guideFor(QSqlDatabase db, const QString &ruleId, StyleGuide *guide)
{
    StyleGuide active = StyleGuideStore(db).active();
    if (ruleId.isEmpty()) {
        *guide = active;
        return Result::success();
    }
    const StyleGuideRule *rule = active.rule(ruleId);
    if (!rule) {
        QStringList ids;
        for (const StyleGuideRule &r : active.rules())
            if (r.enabled && changesValues(r.kind))
                ids << r.id;
        return Result::failure(Tr::tr("The style guide has no rule \"%1\". Rules with fixes: %2.")
                                   .arg(ruleId, ids.join(QStringLiteral(", "))));
    }
    if (!changesValues(rule->kind))
        return Result::failure(Tr::tr("Rule \"%1\" checks %2; there is nothing it could change by itself. Name a rule about how "
                                  "values are written (see \"kempt-cli audit\").")
                                   .arg(ruleId, StyleGuideRule::kindName(rule->kind)));
    if (!rule->enabled)
        return Result::failure(Tr::tr("Rule \"%1\" is switched off in the style guide. Switch it on first.").arg(ruleId));
    QList<StyleGuideRule> rules;
    StyleGuideRule only = *rule;
    only.severity = StyleGuideRule::Severity::Fix;
    rules << only;
    StyleGuide single = active;
    single.setRules(rules);
    *guide = single;
    return Result::success();
}

FixPlanner::FixPlanner(QSqlDatabase db, const RuleEngine &engine)
    : m_db(db)
    , m_engine(engine)
{
}

Result FixPlanner::preview(FixSummary *summary, ProgressSink *progress) const
{
    return run(false, summary, progress);
}

Result FixPlanner::apply(FixSummary *summary, ProgressSink *progress) const
{
    return run(true, summary, progress);
}

Result FixPlanner::liveRecords(qint64 *count) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const Result r = exec(q, QStringLiteral("SELECT (SELECT count(*) FROM companies WHERE deleted_at IS NULL)"
                                            " + (SELECT count(*) FROM contacts WHERE deleted_at IS NULL)"));
    if (!r)
        return r;
    *count = q.next() ? q.value(0).toLongLong() : 0;
    return Result::success();
}

Result FixPlanner::run(bool write, FixSummary *summary, ProgressSink *progress) const
{
    *summary = FixSummary();
    qint64 total = 0;
    qint64 done = 0;
    if (progress) {
        if (const Result r = liveRecords(&total); !r)
            return r;
        // Asked before the first block too, so a run cancelled at once reads nothing.
        if (!progress->progress(0, total))
            return cancelled(summary);
    }
    FixWriter writer(m_db, write, summary, m_samples);
    // Companies first: their own rules decide their names before contacts show them.
    for (Entity entity : {Entity::Company, Entity::Contact}) {
        qint64 last = 0;
        for (;;) {
            // A block is read completely before anything is written, so the writes never
            // run under an open cursor.
            QList<QualityRecord> records;
            QList<RecordRefs> refs;
            {
                QualityRecordReader reader(m_db, entity, QualityRecordReader::Detail::WithRefs);
                Result r = reader.open(QStringLiteral("t.id > ?"), {last, kBlock}, QStringLiteral("LIMIT ?"));
                if (!r)
                    return r;
                QualityRecord record;
                RecordRefs ref;
                while (reader.next(&record, &ref)) {
                    records.append(record);
                    refs.append(ref);
                }
                if (!(r = reader.result()))
                    return r;
            }
            for (int i = 0; i < records.size(); ++i) {
                QualityRecord record = records.at(i);
                writer.substitute(&record, refs.at(i));
                const QualityRecord fixed = m_engine.applyFixes(record);
                if (fixed == record)
                    continue;
                const Result r = writer.change(record, refs.at(i), fixed);
                if (!r)
                    return r;
            }
            if (const Result r = writer.flush(); !r)
                return r;
            done += records.size();
            if (progress && !progress->progress(qMin(done, total), total))
                return cancelled(summary);
            if (records.size() < kBlock)
                break;
            last = records.last().id();
        }
    }
    return Result::success();
}

} // namespace Kempt
