#include "io/preambledetector.h"
#include "io/tablesource.h"

#include <QHash>

namespace Kempt {

int PreambleDetector::width(const QStringList &record)
{
    int w = int(record.size());
    while (w > 0 && record.at(w - 1).trimmed().isEmpty())
        --w;
    return w;
}

int PreambleDetector::headerRow(TableSource &source, int sampleRows)
{
    const int sheet = source.currentSheet();
    if (sheet < 0 || !source.selectSheet(sheet))
        return 1;
    QList<QStringList> rows;
    QStringList row;
    while (rows.size() < sampleRows && source.next(&row))
        if (width(row) > 0)
            rows << row;
    source.selectSheet(sheet);
    return headerRow(rows) + 1;
}

int PreambleDetector::headerRow(const QList<QStringList> &records)
{
    QHash<int, int> frequency;
    for (const QStringList &r : records) {
        const int w = width(r);
        if (w > 1)
            ++frequency[w];
    }
    int table = 0, best = 0;
    for (auto it = frequency.cbegin(); it != frequency.cend(); ++it)
        if (it.value() > best || (it.value() == best && it.key() > table)) {
            table = it.key();
            best = it.value();
        }
    if (table < 2)
        return 0;
    // A record belongs to the table when it is about as wide as the table: a data row may
    // leave its last cells empty, so anything from half the width counts.
    auto fits = [table](const QStringList &r) { return width(r) * 2 >= table; };
    for (int i = 0; i < records.size(); ++i) {
        const int w = width(records.at(i));
        if (w < table - 1 || w < 2)
            continue;
        int following = 0, fitting = 0;
        for (int k = i + 1; k < records.size() && following < 10; ++k, ++following)
            fitting += fits(records.at(k));
        if (following == 0 || fitting * 10 >= following * 8)
            return i;
    }
    return 0;
}

} // namespace Kempt
