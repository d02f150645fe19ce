#pragma once

#include "domain/fielddef.h"
#include "merge/mergecandidate.h"
#include "merge/mergeplan.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace Kempt {

// The default choices of a merge.
//
// The survivor is the most complete record (most mergeable fields filled; checkboxes do
// not count, false is an answer, not a gap); ties go to the most recently updated, then
// to the preferred source, then to the oldest id.
//
// The preferred source is an ordered list: lead_source values ("Referral", compared
// without case) and the two origins "@manual" (typed in the app) and "@import" (came from
// an import). The first entry a record matches is its rank; records matching nothing
// come last. Default: manual entry over import. A workspace stores its own order as a
// JSON array in the setting "merge.sourceOrder".
//
// Per field the default is the non-empty value of the most recently updated record; the
// survivor keeps its own value when it is just as good (the same value, or updated at the
// same moment). Date-time fields (last contacted, unsubscribed) take the latest moment.
// A checkbox set on any record wins, so an opt-out (do not e-mail, do not call) is never
// lost in a merge.
class SurvivorshipRules
{
public:
    static QString manualEntry() { return QStringLiteral("@manual"); }
    static QString imported() { return QStringLiteral("@import"); }
    static QString settingKey() { return QStringLiteral("merge.sourceOrder"); }

    SurvivorshipRules();
    explicit SurvivorshipRules(const QStringList &sourceOrder);
    // The workspace's order from its settings, or the default.
    static SurvivorshipRules fromSettings(QSqlDatabase db);

    QStringList sourceOrder() const { return m_sourceOrder; }
    void setSourceOrder(const QStringList &order) { m_sourceOrder = order; }
    // 0 for the most preferred source; sourceOrder().size() when none matches.
    int sourceRank(const MergeCandidate &record) const;
    static int completeness(const MergeCandidate &record, const QList<FieldDef> &fields);

    qint64 survivor(const QList<MergeCandidate> &group, const QList<FieldDef> &fields) const;
    qint64 defaultSource(const FieldDef &field, const QList<MergeCandidate> &group, qint64 survivorId) const;
    // survivorId 0: the rules choose the survivor too.
    MergePlan plan(const QList<FieldDef> &fields, const QList<MergeCandidate> &group, qint64 survivorId = 0) const;

private:
    // True when a was updated after b; text comparison when a stamp does not parse.
    static bool newer(const QString &a, const QString &b);

    QStringList m_sourceOrder;
};

} // namespace Kempt
