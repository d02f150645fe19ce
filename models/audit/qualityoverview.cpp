#include "audit/qualityoverview.h"
#include "audit/auditor.h"
#include "quality/ruletext.h"
#include "stores/styleguidestore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>
#include <climits>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QualityOverview)
};

using Kind = StyleGuideRule::Kind;

QualityProblem::Action actionFor(const StyleGuideRule &rule)
{
    switch (rule.kind) {
    case Kind::Required: return QualityProblem::Action::FillField;
    case Kind::Stale: return rule.entity == Entity::Contact ? QualityProblem::Action::CleanUpStale : QualityProblem::Action::None;
    case Kind::Consent: return QualityProblem::Action::None;
    default: return rule.enabled ? QualityProblem::Action::ApplyFixes : QualityProblem::Action::None;
    }
}

// Whether a change batch after `since` touched what the audit judges (records, their
// rows, the names they show, the guide). Saving a view or a deal does not count. Batches
// are visited newest first and only until the audit's time, so this stays cheap however
// long the journal is.
bool changedSince(QSqlDatabase db, const QString &since)
{
    static const QString tables = QStringLiteral(
        "'contacts','companies','contact_emails','contact_phones','contact_tags','company_tags','social_profiles',"
        "'custom_values','tags','users','style_guides'");
    QSqlQuery batches(db);
    batches.setForwardOnly(true);
    if (!batches.exec(QStringLiteral("SELECT id, at FROM change_batches ORDER BY id DESC")))
        return false;
    QSqlQuery touched(db);
    touched.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM change_log INDEXED BY change_log_batch WHERE batch_id = ? AND table_name IN (%1))").arg(tables));
    while (batches.next()) {
        // Batches are stamped to the millisecond, snapshots to the second: a batch of the
        // audit's own second sorts before it and counts as seen.
        if (batches.value(1).toString() <= since)
            return false;
        touched.addBindValue(batches.value(0));
        if (touched.exec() && touched.next() && touched.value(0).toBool())
            return true;
    }
    return false;
}

} // namespace

QList<QualityProblem> QualityOverview::problemsOf(const QJsonObject &details, const StyleGuide &guide,
                                                  const DuplicateGroupStore::Summary *duplicateGroups)
{
    QList<QualityProblem> problems;
    const QJsonObject records = details.value(QStringLiteral("records")).toObject();
    const auto live = [&records](Entity e) {
        return records.value(StyleGuideRule::entityName(e)).toInteger();
    };
    const QJsonObject rules = details.value(QStringLiteral("rules")).toObject();
    for (auto it = rules.begin(); it != rules.end(); ++it) {
        const QJsonObject counts = it.value().toObject();
        QualityProblem p;
        p.ruleId = it.key();
        p.records = counts.value(QStringLiteral("records")).toInteger();
        if (p.records <= 0)
            continue;
        p.errors = counts.value(QStringLiteral("error")).toInteger();
        p.warnings = counts.value(QStringLiteral("warning")).toInteger();
        p.fixes = counts.value(QStringLiteral("fix")).toInteger();
        StyleGuideRule::entityFromName(counts.value(QStringLiteral("entity")).toString(), &p.entity);
        StyleGuideRule::kindFromName(counts.value(QStringLiteral("kind")).toString(), &p.kind);
        // The guide may have changed since the audit: words come from the rule as it is now
        // when it still exists, else from what the audit recorded.
        if (const StyleGuideRule *rule = guide.rule(p.ruleId)) {
            p.kind = rule->kind;
            p.entity = rule->entity;
            p.severity = rule->severity;
            p.fields = rule->fields;
            p.title = RuleText::problemTitle(*rule);
            p.description = rule->description;
            p.action = actionFor(*rule);
        } else {
            p.title = p.ruleId;
            p.severity = p.errors > 0 ? StyleGuideRule::Severity::Error
                : p.warnings > 0      ? StyleGuideRule::Severity::Warning
                                      : StyleGuideRule::Severity::Fix;
            p.description = Tr::tr("This rule is no longer in the style guide; the next audit drops its findings.");
        }
        p.entityRecords = live(p.entity);
        problems << p;
    }
    const QJsonObject duplicates = details.value(QStringLiteral("duplicates")).toObject();
    for (Entity e : {Entity::Contact, Entity::Company}) {
        // The scan covers contacts; its groups replace the shared keys as soon as one ran.
        const bool scanned = e == Entity::Contact && duplicateGroups;
        const qint64 n = scanned ? duplicateGroups->pendingRecords() : duplicates.value(StyleGuideRule::entityName(e)).toInteger();
        if (n <= 0)
            continue;
        QualityProblem p;
        p.entity = e;
        p.severity = StyleGuideRule::Severity::Warning;
        p.records = n;
        p.entityRecords = live(e);
        p.action = QualityProblem::Action::ReviewDuplicates;
        if (scanned) {
            p.fromScan = true;
            p.groups = duplicateGroups->pendingGroups();
            p.title = p.groups == 1 ? Tr::tr("%Ln duplicate group", nullptr, 1)
                                    : Tr::tr("%Ln duplicate groups", nullptr, int(std::min<qint64>(p.groups, INT_MAX)));
            p.description = Tr::tr("Contacts the last duplicate scan found to be one person, waiting for review: merge them, "
                                   "or mark them as not duplicates, in Duplicates.");
            if (duplicateGroups->skipped == 1)
                p.description += QLatin1Char(' ')
                    + Tr::tr("One group skipped for later is not counted here; the uniqueness score still counts it.");
            else if (duplicateGroups->skipped > 1)
                p.description += QLatin1Char(' ')
                    + Tr::tr("%Ln groups skipped for later are not counted here; the uniqueness score still counts them.", nullptr,
                             int(std::min<qint64>(duplicateGroups->skipped, INT_MAX)));
        } else if (e == Entity::Contact) {
            p.title = Tr::tr("Contacts sharing an e-mail address or phone number with another");
            p.description = Tr::tr("These contacts may be duplicates. No duplicate scan has run yet: a scan compares names, "
                                   "addresses and more, and finds the real groups to merge or keep apart.");
        } else {
            p.title = Tr::tr("Companies sharing an e-mail address with another");
            p.description = Tr::tr("Records that may be duplicates: the audit's uniqueness score counts them.");
        }
        problems << p;
    }
    // Most records first; ties by severity (errors first), then by title for a stable order.
    std::stable_sort(problems.begin(), problems.end(), [](const QualityProblem &a, const QualityProblem &b) {
        if (a.records != b.records)
            return a.records > b.records;
        if (a.severity != b.severity)
            return int(a.severity) < int(b.severity);
        return a.ruleId < b.ruleId;
    });
    return problems;
}

Result QualityOverview::load(QSqlDatabase db, int trendLimit, QualityOverview *overview)
{
    *overview = QualityOverview();
    QList<QualityIssueStore::Snapshot> snapshots;
    const Result r = QualityIssueStore(db).snapshots(trendLimit, &snapshots);
    if (!r)
        return r;
    overview->m_guide = StyleGuideStore(db).active();
    if (snapshots.isEmpty())
        return Result::success();
    std::reverse(snapshots.begin(), snapshots.end());
    overview->m_trend = snapshots;
    overview->m_latest = snapshots.last();
    // The groups of the last duplicate scan, as decisions since left them.
    DuplicateGroupStore groups(db);
    DuplicateGroupStore::Summary summary;
    if (groups.lastScan().isValid()) {
        const Result counted = groups.summary(&summary);
        if (!counted)
            return counted;
        overview->m_duplicateScan = true;
    }
    overview->m_problems = problemsOf(overview->m_latest.details, overview->m_guide, overview->m_duplicateScan ? &summary : nullptr);
    overview->m_guideChanged = Auditor::needsFullAudit(db);
    // "Not a duplicate" and a new scan are not journaled: the count the audit's uniqueness
    // score used tells them instead (before any scan the audit counted shared keys).
    overview->m_duplicatesChanged = overview->m_duplicateScan && summary.records != overview->duplicates(Entity::Contact);
    overview->m_outOfDate = overview->m_guideChanged || overview->m_duplicatesChanged || changedSince(db, overview->m_latest.at);
    return Result::success();
}

qint64 QualityOverview::records(Entity entity) const
{
    return m_latest.details.value(QStringLiteral("records")).toObject().value(StyleGuideRule::entityName(entity)).toInteger();
}

qint64 QualityOverview::duplicates(Entity entity) const
{
    return m_latest.details.value(QStringLiteral("duplicates")).toObject().value(StyleGuideRule::entityName(entity)).toInteger();
}

} // namespace Kempt
