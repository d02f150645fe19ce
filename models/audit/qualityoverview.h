#pragma once

#include "core/result.h"
#include "dedup/duplicategroupstore.h"
#include "quality/styleguide.h"
#include "stores/qualityissuestore.h"

#include <QList>
#include <QSqlDatabase>

namespace Kempt {

// One line of the dashboard's problem list: the records a rule found something on, as
// counted by the last full audit (AuditTally::details), or the duplicates: the groups of
// the last duplicate scan still waiting for review (DuplicateGroupStore, read as they
// stand), or before any scan the records that share an e-mail or phone with another.
struct QualityProblem
{
    enum class Action { None, ApplyFixes, FillField, CleanUpStale, ReviewDuplicates };

    QString ruleId;   // empty for the duplicates line
    Entity entity = Entity::Contact;
    StyleGuideRule::Kind kind = StyleGuideRule::Kind::Required;
    StyleGuideRule::Severity severity = StyleGuideRule::Severity::Warning;
    QStringList fields;
    QString title;       // RuleText::problemTitle, or the duplicates' own
    QString description; // the rule's description
    qint64 records = 0;  // records with at least one finding of the rule
    qint64 entityRecords = 0; // live records of the entity audited, for the bar's scale
    qint64 errors = 0;
    qint64 warnings = 0;
    qint64 fixes = 0;
    Action action = Action::None;
    // Duplicates: whether the line holds the groups of a scan (else shared keys), and how
    // many groups wait for review.
    bool fromScan = false;
    qint64 groups = 0;

    bool isDuplicates() const { return action == Action::ReviewDuplicates; }
    // records / entityRecords, 0..1
    double share() const { return entityRecords > 0 ? double(records) / double(entityRecords) : 0.0; }
};

// What the data-quality dashboard shows, read from the stored audit only: the newest
// snapshot (scores and the per-rule counts its details hold), the scores of earlier
// audits for the trend, and the active style guide for the rules' words; and the groups
// of the last duplicate scan as they stand. Nothing here counts records, so it loads in
// milliseconds at any size.
class QualityOverview
{
public:
    // trendLimit: how many snapshots to draw (newest ones); 0 for all.
    static Result load(QSqlDatabase db, int trendLimit, QualityOverview *overview);

    bool hasAudit() const { return m_latest.id > 0; }
    const QualityIssueStore::Snapshot &latest() const { return m_latest; }
    // Oldest first, ending with latest().
    const QList<QualityIssueStore::Snapshot> &trend() const { return m_trend; }
    // Records with findings, most first; rules without findings are left out.
    const QList<QualityProblem> &problems() const { return m_problems; }
    const StyleGuide &guide() const { return m_guide; }
    // Something was written after the audit (records, or the style guide itself), so its
    // numbers may no longer match the records.
    bool outOfDate() const { return m_outOfDate; }
    bool guideChanged() const { return m_guideChanged; }
    // The duplicate groups changed since the audit (a scan, a merge, "not a duplicate"),
    // so its uniqueness score is behind the problem list.
    bool duplicatesChanged() const { return m_duplicatesChanged; }
    // Whether a duplicate scan of contacts is stored.
    bool hasDuplicateScan() const { return m_duplicateScan; }

    qint64 records(Entity entity) const;
    qint64 duplicates(Entity entity) const;

    // The problems in the order the dashboard ranks them, from an audit's details. With
    // the groups of a duplicate scan, the contacts' duplicates line counts those waiting
    // for review (pendingGroups, pendingRecords) instead of the contacts sharing an
    // e-mail or phone.
    static QList<QualityProblem> problemsOf(const QJsonObject &details, const StyleGuide &guide,
                                            const DuplicateGroupStore::Summary *duplicateGroups = nullptr);

private:
    QualityIssueStore::Snapshot m_latest;
    QList<QualityIssueStore::Snapshot> m_trend;
    QList<QualityProblem> m_problems;
    StyleGuide m_guide;
    bool m_outOfDate = false;
    bool m_guideChanged = false;
    bool m_duplicatesChanged = false;
    bool m_duplicateScan = false;
};

} // namespace Kempt
