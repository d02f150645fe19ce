#include "io/delimitersniffer.h"

#include <QHash>

namespace Kempt {

QList<QChar> DelimiterSniffer::delimiters()
{
    return {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')};
}

QList<int> DelimiterSniffer::cellCounts(QStringView sample, QChar delimiter, QChar quote, bool atEnd, int maxRecords)
{
    QList<int> counts;
    int cells = 1;
    bool quoted = false;
    bool cellStart = true;
    bool recordHasText = false;
    const qsizetype n = sample.size();
    for (qsizetype i = 0; i < n && counts.size() < maxRecords; ++i) {
        const QChar c = sample.at(i);
        if (quoted) {
            if (c == quote) {
                if (i + 1 < n && sample.at(i + 1) == quote)
                    ++i;
                else
                    quoted = false;
            }
            continue;
        }
        if (c == quote && cellStart) {
            quoted = true;
            cellStart = false;
            recordHasText = true;
        } else if (c == delimiter) {
            ++cells;
            cellStart = true;
            recordHasText = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < n && sample.at(i + 1) == QLatin1Char('\n'))
                ++i;
            // A blank line is no record to judge by.
            if (recordHasText)
                counts << cells;
            cells = 1;
            cellStart = true;
            recordHasText = false;
        } else {
            // Spaces before an opening quote are allowed ("a", "b").
            if (c != QLatin1Char(' '))
                cellStart = false;
            recordHasText = true;
        }
    }
    if (atEnd && recordHasText && !quoted && counts.size() < maxRecords)
        counts << cells;
    return counts;
}

DelimiterSniffer::Guess DelimiterSniffer::sniff(QStringView sample, bool atEnd, int maxRecords)
{
    Guess best;
    double bestScore = 0;
    for (const QChar quote : {QChar(QLatin1Char('"')), QChar(QLatin1Char('\''))}) {
        for (const QChar delimiter : delimiters()) {
            const QList<int> counts = cellCounts(sample, delimiter, quote, atEnd, maxRecords);
            if (counts.isEmpty())
                continue;
            QHash<int, int> frequency;
            for (int c : counts)
                ++frequency[c];
            int mode = 1, modeCount = 0;
            for (auto it = frequency.cbegin(); it != frequency.cend(); ++it)
                if (it.key() > 1 && (it.value() > modeCount || (it.value() == modeCount && it.key() > mode))) {
                    mode = it.key();
                    modeCount = it.value();
                }
            if (mode < 2)
                continue;
            const double consistency = double(modeCount) / double(counts.size());
            // A single-quote reading must be clearly better: apostrophes are common in text.
            const double score = consistency - (quote == QLatin1Char('\'') ? 0.05 : 0.0);
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best.delimiter = delimiter;
                best.quote = quote;
                best.columns = mode;
                best.consistency = consistency;
                best.found = true;
            }
        }
    }
    if (!best.found)
        return Guess();
    // Single quotes only when cells are really wrapped in them.
    if (best.quote == QLatin1Char('\'')) {
        const QString wrapped = QString(best.delimiter) + QLatin1Char('\'');
        if (!sample.contains(wrapped) && !sample.startsWith(QLatin1Char('\'')))
            best.quote = QLatin1Char('"');
    }
    return best;
}

} // namespace Kempt
