#include "merge/survivorshiprules.h"
#include "core/timestamps.h"
#include "merge/mergevaluekeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Kempt {

SurvivorshipRules::SurvivorshipRules()
    : m_sourceOrder{manualEntry(), imported()}
{
}

SurvivorshipRules::SurvivorshipRules(const QStringList &sourceOrder)
    : m_sourceOrder(sourceOrder)
{
}

SurvivorshipRules SurvivorshipRules::fromSettings(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(settingKey());
    if (!q.exec() || !q.next())
        return SurvivorshipRules();
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toByteArray());
    if (!doc.isArray())
        return SurvivorshipRules();
    QStringList order;
    for (const QJsonValue &v : doc.array())
        if (!v.toString().trimmed().isEmpty())
            order << v.toString().trimmed();
    return order.isEmpty() ? SurvivorshipRules() : SurvivorshipRules(order);
}

int SurvivorshipRules::sourceRank(const MergeCandidate &record) const
{
    for (int i = 0; i < m_sourceOrder.size(); ++i) {
        const QString &entry = m_sourceOrder.at(i);
        if (entry == manualEntry() ? !record.imported
            : entry == imported()  ? record.imported
                                   : MergeValueKeys::comparable(entry) == MergeValueKeys::comparable(record.leadSource)
                    && !record.leadSource.trimmed().isEmpty())
            return i;
    }
    return int(m_sourceOrder.size());
}

int SurvivorshipRules::completeness(const MergeCandidate &record, const QList<FieldDef> &fields)
{
    int filled = 0;
    for (const FieldDef &f : fields)
        if (f.type != FieldType::Bool && record.hasValue(f))
            ++filled;
    return filled;
}

bool SurvivorshipRules::newer(const QString &a, const QString &b)
{
    const QDateTime da = fromIso(a);
    const QDateTime db = fromIso(b);
    if (da.isValid() && db.isValid())
        return da > db;
    return a > b;
}

qint64 SurvivorshipRules::survivor(const QList<MergeCandidate> &group, const QList<FieldDef> &fields) const
{
    if (group.isEmpty())
        return 0;
    const MergeCandidate *best = &group.first();
    int bestFilled = completeness(*best, fields);
    for (const MergeCandidate &c : group) {
        const int filled = completeness(c, fields);
        bool better = false;
        if (filled != bestFilled)
            better = filled > bestFilled;
        else if (newer(c.updatedAt, best->updatedAt) || newer(best->updatedAt, c.updatedAt))
            better = newer(c.updatedAt, best->updatedAt);
        else if (sourceRank(c) != sourceRank(*best))
            better = sourceRank(c) < sourceRank(*best);
        else
            better = c.id < best->id;
        if (better) {
            best = &c;
            bestFilled = filled;
        }
    }
    return best->id;
}

qint64 SurvivorshipRules::defaultSource(const FieldDef &field, const QList<MergeCandidate> &group, qint64 survivorId) const
{
    const MergeCandidate *survivor = nullptr;
    QList<const MergeCandidate *> holders;
    for (const MergeCandidate &c : group) {
        if (c.id == survivorId)
            survivor = &c;
        if (c.hasValue(field))
            holders << &c;
    }
    if (holders.isEmpty())
        return survivorId;
    const bool survivorHolds = survivor && holders.contains(survivor);
    if (field.type == FieldType::DateTime) {
        // The latest moment wins; the survivor keeps its own when it is that moment.
        const MergeCandidate *best = holders.first();
        for (const MergeCandidate *c : std::as_const(holders))
            if (newer(c->raw.value(field.key).toString(), best->raw.value(field.key).toString()))
                best = c;
        if (survivorHolds && !newer(best->raw.value(field.key).toString(), survivor->raw.value(field.key).toString()))
            return survivorId;
        return best->id;
    }
    // The most recently updated holder; among equally recent ones the preferred source.
    const MergeCandidate *best = holders.first();
    for (const MergeCandidate *c : std::as_const(holders)) {
        if (newer(c->updatedAt, best->updatedAt)
            || (!newer(best->updatedAt, c->updatedAt)
                && (sourceRank(*c) < sourceRank(*best) || (sourceRank(*c) == sourceRank(*best) && c->id < best->id))))
            best = c;
    }
    if (survivorHolds) {
        const bool sameValue = MergeValueKeys::comparable(survivor->text.value(field.key))
            == MergeValueKeys::comparable(best->text.value(field.key));
        const bool sameMoment = !newer(best->updatedAt, survivor->updatedAt);
        if (sameValue || sameMoment)
            return survivorId;
    }
    return best->id;
}

MergePlan SurvivorshipRules::plan(const QList<FieldDef> &fields, const QList<MergeCandidate> &group, qint64 survivorId) const
{
    QList<qint64> ids;
    for (const MergeCandidate &c : group)
        ids << c.id;
    if (survivorId == 0 || !ids.contains(survivorId))
        survivorId = survivor(group, fields);
    MergePlan plan(ids, survivorId);
    for (const FieldDef &f : fields)
        plan.setDefault(f.key, defaultSource(f, group, survivorId));
    return plan;
}

} // namespace Kempt
