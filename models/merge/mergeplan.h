#pragma once

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace Kempt {

// What a merge of one duplicate group will do: which record survives, and for every
// field (by FieldCatalog key) which record's value the survivor ends up with. Rules
// (SurvivorshipRules) fill in the defaults; a person may pick another record's value
// for any field, and that pick survives a change of the defaults. E-mails, phones,
// social profiles, tags, notes, activities and deals are not chosen: all of them move.
class MergePlan
{
public:
    MergePlan() = default;
    MergePlan(const QList<qint64> &recordIds, qint64 survivorId);

    // Two or more distinct records, the survivor among them.
    bool isValid() const;
    QList<qint64> recordIds() const { return m_recordIds; }
    qint64 survivorId() const { return m_survivorId; }
    // The records that go to the trash, in group order.
    QList<qint64> mergedIds() const;
    bool contains(qint64 recordId) const { return m_recordIds.contains(recordId); }

    // Every field with a default or a pick.
    QStringList fieldKeys() const;
    // The record whose value wins: the pick, else the default, else the survivor.
    qint64 sourceOf(const QString &key) const;
    qint64 defaultSourceOf(const QString &key) const;
    bool isOverridden(const QString &key) const { return m_overrides.contains(key); }
    QHash<QString, qint64> overrides() const { return m_overrides; }

    void setDefault(const QString &key, qint64 recordId);
    // A person's pick; fails when the record is not part of the group.
    Result choose(const QString &key, qint64 recordId);
    void resetChoice(const QString &key) { m_overrides.remove(key); }

private:
    QList<qint64> m_recordIds;
    qint64 m_survivorId = 0;
    QHash<QString, qint64> m_defaults;
    QHash<QString, qint64> m_overrides;
};

} // namespace Kempt
