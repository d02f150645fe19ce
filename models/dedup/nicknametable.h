#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace Kempt {

// Which given names are forms of one another (William, Bill, Will; Александр, Саша).
// Built from the tables shipped in models/dedup/data: carltonnorthern_names.csv
// (Apache-2.0, see carltonnorthern_License.txt), onyxrev_nicknames.csv (public domain,
// see onyxrev_README.md) and Kempt's kempt_nicknames.tsv for Russian names. Each name
// with its nicknames forms a group; two names are related when they share a group. Names
// are looked up by LatinFolder::fold and by LatinFolder::nativeKey, so Cyrillic names
// match in Cyrillic and in transliteration.
class NicknameTable
{
public:
    // The shipped tables, loaded once (thread-safe, read-only afterwards).
    static const NicknameTable &shipped();

    // Sorted group numbers of a folded or native name; empty when the name is unknown.
    QList<int> groups(const QString &key) const { return m_groups.value(key); }
    static bool related(const QList<int> &a, const QList<int> &b);

    void addGroup(const QStringList &names);

private:
    QHash<QString, QList<int>> m_groups;
    int m_count = 0;
};

} // namespace Kempt
