#include "dedup/stringsimilarity.h"

#include <QVarLengthArray>

#include <algorithm>

namespace Kempt {

namespace {

double winkler(double jaro, const char16_t *a, qsizetype la, const char16_t *b, qsizetype lb)
{
    int prefix = 0;
    while (prefix < 4 && prefix < la && prefix < lb && a[prefix] == b[prefix])
        ++prefix;
    return jaro + prefix * 0.1 * (1.0 - jaro);
}

// Names and words fit in 64 characters: matched positions are then bits of two words.
double jaroShort(const char16_t *a, qsizetype la, const char16_t *b, qsizetype lb)
{
    const qsizetype window = qMax<qsizetype>(0, qMax(la, lb) / 2 - 1);
    quint64 usedA = 0;
    quint64 usedB = 0;
    int matches = 0;
    for (qsizetype i = 0; i < la; ++i) {
        const qsizetype from = qMax<qsizetype>(0, i - window);
        const qsizetype to = qMin(lb - 1, i + window);
        const char16_t c = a[i];
        for (qsizetype j = from; j <= to; ++j) {
            if (b[j] == c && !(usedB & (quint64(1) << j))) {
                usedA |= quint64(1) << i;
                usedB |= quint64(1) << j;
                ++matches;
                break;
            }
        }
    }
    if (matches == 0)
        return 0;
    int halfTranspositions = 0;
    quint64 restA = usedA;
    quint64 restB = usedB;
    while (restA) {
        const int i = __builtin_ctzll(restA);
        const int j = __builtin_ctzll(restB);
        if (a[i] != b[j])
            ++halfTranspositions;
        restA &= restA - 1;
        restB &= restB - 1;
    }
    const double m = matches;
    return (m / double(la) + m / double(lb) + (m - halfTranspositions / 2.0) / m) / 3.0;
}

double jaroLong(QStringView a, QStringView b)
{
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    const qsizetype window = qMax<qsizetype>(0, qMax(la, lb) / 2 - 1);
    QVarLengthArray<bool, 128> usedA(la);
    QVarLengthArray<bool, 128> usedB(lb);
    std::fill(usedA.begin(), usedA.end(), false);
    std::fill(usedB.begin(), usedB.end(), false);
    int matches = 0;
    for (qsizetype i = 0; i < la; ++i) {
        const qsizetype from = qMax<qsizetype>(0, i - window);
        const qsizetype to = qMin(lb - 1, i + window);
        for (qsizetype j = from; j <= to; ++j) {
            if (!usedB[j] && a[i] == b[j]) {
                usedA[i] = usedB[j] = true;
                ++matches;
                break;
            }
        }
    }
    if (matches == 0)
        return 0;
    int halfTranspositions = 0;
    qsizetype k = 0;
    for (qsizetype i = 0; i < la; ++i) {
        if (!usedA[i])
            continue;
        while (!usedB[k])
            ++k;
        if (a[i] != b[k])
            ++halfTranspositions;
        ++k;
    }
    const double m = matches;
    return (m / double(la) + m / double(lb) + (m - halfTranspositions / 2.0) / m) / 3.0;
}

} // namespace

double StringSimilarity::jaroWinkler(QStringView a, QStringView b)
{
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (la == 0 || lb == 0)
        return 0;
    if (a == b)
        return 1;
    const char16_t *pa = a.utf16();
    const char16_t *pb = b.utf16();
    const double jaro = la <= 64 && lb <= 64 ? jaroShort(pa, la, pb, lb) : jaroLong(a, b);
    return winkler(jaro, pa, la, pb, lb);
}

double StringSimilarity::tokenSimilarity(QStringView a, QStringView b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    if (a == b)
        return 1;
    QVarLengthArray<QStringView, 8> ta;
    QVarLengthArray<QStringView, 8> tb;
    for (QStringView t : a.tokenize(u' ', Qt::SkipEmptyParts))
        ta.append(t);
    for (QStringView t : b.tokenize(u' ', Qt::SkipEmptyParts))
        tb.append(t);
    if (ta.isEmpty() || tb.isEmpty())
        return 0;
    const auto &shorter = ta.size() <= tb.size() ? ta : tb;
    const auto &longer = ta.size() <= tb.size() ? tb : ta;
    double sum = 0;
    for (QStringView s : shorter) {
        double best = 0;
        for (QStringView l : longer) {
            best = qMax(best, jaroWinkler(s, l));
            if (best == 1)
                break;
        }
        sum += best;
    }
    return sum / shorter.size();
}

} // namespace Kempt
