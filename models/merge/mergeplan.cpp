#include "merge/mergeplan.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Merge)
};
} // namespace

MergePlan::MergePlan(const QList<qint64> &recordIds, qint64 survivorId)
    : m_recordIds(recordIds)
    , m_survivorId(survivorId)
{
}

bool MergePlan::isValid() const
{
    if (m_recordIds.size() < 2 || !m_recordIds.contains(m_survivorId))
        return false;
    for (int i = 0; i < m_recordIds.size(); ++i)
        if (m_recordIds.indexOf(m_recordIds.at(i)) != i)
            return false;
    return true;
}

QList<qint64> MergePlan::mergedIds() const
{
    QList<qint64> ids;
    for (qint64 id : m_recordIds)
        if (id != m_survivorId)
            ids << id;
    return ids;
}

QStringList MergePlan::fieldKeys() const
{
    QStringList keys = m_defaults.keys() + m_overrides.keys();
    keys.removeDuplicates();
    keys.sort();
    return keys;
}

qint64 MergePlan::sourceOf(const QString &key) const
{
    if (m_overrides.contains(key))
        return m_overrides.value(key);
    return defaultSourceOf(key);
}

qint64 MergePlan::defaultSourceOf(const QString &key) const
{
    return m_defaults.value(key, m_survivorId);
}

void MergePlan::setDefault(const QString &key, qint64 recordId)
{
    m_defaults.insert(key, recordId);
}

Result MergePlan::choose(const QString &key, qint64 recordId)
{
    if (!m_recordIds.contains(recordId))
        return Result::failure(Tr::tr("Contact %1 is not part of this merge; pick the value of one of contacts %2.")
                                   .arg(recordId)
                                   .arg([this] {
                                       QStringList ids;
                                       for (qint64 id : m_recordIds)
                                           ids << QString::number(id);
                                       return ids.join(QStringLiteral(", "));
                                   }()));
    m_overrides.insert(key, recordId);
    return Result::success();
}

} // namespace Kempt
