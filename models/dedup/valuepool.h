#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Kempt {

// Distinct values of one kind, each with a number and a count of the records that have it:
// records then compare numbers instead of strings, and the count says how common a value
// is (term frequency).
class ValuePool
{
public:
    // The value's number (-1 for empty); counted once more when count is true.
    int intern(const QString &value, bool count = true)
    {
        if (value.isEmpty())
            return -1;
        auto it = m_index.constFind(value);
        int id;
        if (it == m_index.constEnd()) {
            id = int(m_values.size());
            m_index.insert(value, id);
            m_values << value;
            m_counts << 0;
        } else {
            id = *it;
        }
        if (count) {
            ++m_counts[id];
            ++m_total;
        }
        return id;
    }
    int find(const QString &value) const { return m_index.value(value, -1); }
    const QString &value(int id) const { return m_values.at(id); }
    int count(int id) const { return id >= 0 ? m_counts.at(id) : 0; }
    void setCount(int id, int count)
    {
        m_total += count - m_counts.at(id);
        m_counts[id] = count;
    }
    // Records counted over all values (a record with two e-mails counts twice).
    qint64 total() const { return m_total; }
    void setTotal(qint64 total) { m_total = total; }
    int size() const { return int(m_values.size()); }

private:
    QHash<QString, int> m_index;
    QStringList m_values;
    QList<int> m_counts;
    qint64 m_total = 0;
};

} // namespace Kempt
