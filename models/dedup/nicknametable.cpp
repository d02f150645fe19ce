#include "dedup/nicknametable.h"

#include "dedup/latinfolder.h"

#include <QFile>
#include <QMap>

#include <algorithm>

static void initDedupResources()
{
    Q_INIT_RESOURCE(models);
}

namespace Kempt {

namespace {

QStringList lines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

NicknameTable load()
{
    initDedupResources();
    NicknameTable table;
    // Both English tables list "name, nickname" rows; a name's rows make its group.
    QMap<QString, QStringList> byName;
    const auto pairs = [&byName](const QString &path, int nameColumn, int nickColumn) {
        const QStringList rows = lines(path);
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QStringList cells = rows.at(i).split(QLatin1Char(','));
            if (cells.size() <= qMax(nameColumn, nickColumn))
                continue;
            const QString name = cells.at(nameColumn).trimmed().toLower();
            const QString nick = cells.at(nickColumn).trimmed().toLower();
            if (!name.isEmpty() && !nick.isEmpty())
                byName[name] << nick;
        }
    };
    pairs(QStringLiteral(":/kempt/dedup/data/carltonnorthern_names.csv"), 0, 2);
    pairs(QStringLiteral(":/kempt/dedup/data/onyxrev_nicknames.csv"), 1, 2);
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        table.addGroup(QStringList{it.key()} + it.value());
    for (const QString &row : lines(QStringLiteral(":/kempt/dedup/data/kempt_nicknames.tsv"))) {
        if (row.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cells = row.split(QLatin1Char('\t'));
        if (cells.size() == 2)
            table.addGroup(QStringList{cells.at(0)} + cells.at(1).split(QLatin1Char(','), Qt::SkipEmptyParts));
    }
    return table;
}

} // namespace

const NicknameTable &NicknameTable::shipped()
{
    static const NicknameTable table = load();
    return table;
}

void NicknameTable::addGroup(const QStringList &names)
{
    const int group = m_count++;
    for (const QString &name : names)
        for (const QString &key : {LatinFolder::fold(name), LatinFolder::nativeKey(name)}) {
            if (key.isEmpty())
                continue;
            QList<int> &list = m_groups[key];
            if (list.isEmpty() || list.last() != group)
                list << group;
        }
}

bool NicknameTable::related(const QList<int> &a, const QList<int> &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i) == b.at(j))
            return true;
        if (a.at(i) < b.at(j))
            ++i;
        else
            ++j;
    }
    return false;
}

} // namespace Kempt
