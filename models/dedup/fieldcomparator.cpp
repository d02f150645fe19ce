#include "dedup/fieldcomparator.h"

#include "dedup/nicknametable.h"
#include "dedup/stringsimilarity.h"

#include <vector>

namespace Kempt {

namespace {

using F = MatchField;

// One wrong character, or two neighbours swapped, between strings of equal length
// (phone digits, postcodes); cheaper than an edit distance for the common case.
bool oneTypoApart(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return false;
    qsizetype first = -1;
    int differences = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a.at(i) != b.at(i)) {
            if (++differences > 2)
                return false;
            if (first < 0)
                first = i;
        }
    if (differences <= 1)
        return true;
    return first + 1 < a.size() && a.at(first) == b.at(first + 1) && a.at(first + 1) == b.at(first);
}

// Name levels of the pairs of one scan repeat endlessly ("maria" against "marina" in
// every block of Ivanovs); each thread remembers them, per corpus, in a direct-mapped
// table (a collision simply forgets the older pair).
class LevelCache
{
public:
    int find(const DedupCorpus &corpus, int field, int a, int b)
    {
        if (corpus.serial() != m_serial) {
            // Room for a few dozen pairs per distinct name, between 4 Ki and 1 Mi slots.
            size_t size = size_t(1) << 12;
            while (size < MaxSize && size < size_t(corpus.pool(F::Given).size()) * 64)
                size <<= 1;
            m_serial = corpus.serial();
            m_slots.assign(size, Slot{});
            m_shift = 64 - __builtin_ctzll(size);
        }
        const quint64 k = key(field, a, b);
        const Slot &slot = m_slots[slotOf(k)];
        return slot.key == k ? slot.level : -1;
    }
    void insert(int field, int a, int b, int level)
    {
        const quint64 k = key(field, a, b);
        m_slots[slotOf(k)] = Slot{k, qint8(level)};
    }

private:
    static constexpr size_t MaxSize = size_t(1) << 20;
    struct Slot
    {
        quint64 key = ~quint64(0);
        qint8 level = -1;
    };
    static quint64 key(int field, int a, int b)
    {
        return (quint64(field) << 62) | (quint64(quint32(a)) << 31) | quint64(quint32(b));
    }
    size_t slotOf(quint64 k) const { return size_t((k * 0x9E3779B97F4A7C15ull) >> m_shift); }
    quint64 m_serial = 0;
    int m_shift = 52;
    std::vector<Slot> m_slots;
};

thread_local LevelCache levelCache;

bool phoneticMatch(const DedupCorpus::Name &a, const DedupCorpus::Name &b)
{
    if (a.dmPrimary.isEmpty() || b.dmPrimary.isEmpty())
        return false;
    return a.dmPrimary == b.dmPrimary || a.dmPrimary == b.dmAlternate || a.dmAlternate == b.dmPrimary
        || a.dmAlternate == b.dmAlternate;
}

struct Side
{
    const DedupCorpus &corpus;
    const DedupCorpus::Row &row;
};

int givenLevelOf(const Side &x, int a, const Side &y, int b);

int givenLevel(const Side &x, int a, const Side &y, int b)
{
    if (a < 0 || b < 0)
        return 0;
    if (&x.corpus != &y.corpus)
        return givenLevelOf(x, a, y, b);
    if (a == b)
        return F::GivenExact;
    const int cached = levelCache.find(x.corpus, 0, qMin(a, b), qMax(a, b));
    if (cached >= 0)
        return cached;
    const int level = givenLevelOf(x, a, y, b);
    levelCache.insert(0, qMin(a, b), qMax(a, b), level);
    return level;
}

int givenLevelOf(const Side &x, int a, const Side &y, int b)
{
    const QString &ta = x.corpus.pool(F::Given).value(a);
    const QString &tb = y.corpus.pool(F::Given).value(b);
    if (&x.corpus == &y.corpus ? a == b : ta == tb)
        return F::GivenExact;
    const DedupCorpus::Name &na = x.corpus.name(a);
    const DedupCorpus::Name &nb = y.corpus.name(b);
    if (NicknameTable::related(na.nicknames, nb.nicknames))
        return F::GivenNickname;
    if (na.initial || nb.initial)
        return ta.at(0) == tb.at(0) ? F::GivenInitial : F::GivenDifferent;
    const double jw = StringSimilarity::jaroWinkler(ta, tb);
    if (jw >= 0.92)
        return F::GivenSimilar;
    if (jw >= 0.85 || phoneticMatch(na, nb))
        return F::GivenAlike;
    return F::GivenDifferent;
}

int surnameLevelOf(const Side &x, int a, const Side &y, int b);

int surnameLevel(const Side &x, int a, const Side &y, int b)
{
    if (a < 0 || b < 0)
        return 0;
    if (&x.corpus != &y.corpus)
        return surnameLevelOf(x, a, y, b);
    if (a == b)
        return F::SurnameExact;
    const int cached = levelCache.find(x.corpus, 1, qMin(a, b), qMax(a, b));
    if (cached >= 0)
        return cached;
    const int level = surnameLevelOf(x, a, y, b);
    levelCache.insert(1, qMin(a, b), qMax(a, b), level);
    return level;
}

int surnameLevelOf(const Side &x, int a, const Side &y, int b)
{
    const QString &ta = x.corpus.pool(F::Surname).value(a);
    const QString &tb = y.corpus.pool(F::Surname).value(b);
    if (&x.corpus == &y.corpus ? a == b : ta == tb)
        return F::SurnameExact;
    const double jw = StringSimilarity::jaroWinkler(ta, tb);
    if (jw >= 0.92)
        return F::SurnameSimilar;
    if (jw >= 0.85 || phoneticMatch(x.corpus.name(a), y.corpus.name(b)))
        return F::SurnameAlike;
    return F::SurnameDifferent;
}

// How well a name level agrees, to choose between straight and crosswise comparison.
int givenRank(int level)
{
    static const int rank[] = {1, 5, 4, 4, 3, 2, 0};
    return rank[level];
}

int surnameRank(int level)
{
    static const int rank[] = {1, 5, 4, 3, 0};
    return rank[level];
}

bool sameValue(const Side &x, int field, int a, const Side &y, int b)
{
    if (&x.corpus == &y.corpus)
        return a == b;
    return x.corpus.pool(field).value(a) == y.corpus.pool(field).value(b);
}

double textFrequency(const Side &y, int field, int b)
{
    return y.corpus.frequency(field, b);
}

void compareNames(const Side &x, const Side &y, ComparisonVector &v)
{
    const int g = givenLevel(x, x.row.given, y, y.row.given);
    const int s = surnameLevel(x, x.row.surname, y, y.row.surname);
    int gs = g;
    int ss = s;
    // Crosswise only when one name agrees crosswise exactly: swapped columns carry the
    // names over unchanged, and checking every pair both ways would double the work.
    if (x.row.given >= 0 && y.row.surname >= 0 && x.row.surname >= 0 && y.row.given >= 0
        && givenRank(g) + surnameRank(s) < 8
        && (sameValue(x, F::Given, x.row.given, y, y.row.surname) || sameValue(x, F::Surname, x.row.surname, y, y.row.given))) {
        const int g2 = givenLevel(x, x.row.given, y, y.row.surname);
        const int s2 = surnameLevel(x, x.row.surname, y, y.row.given);
        if (givenRank(g2) + surnameRank(s2) > givenRank(g) + surnameRank(s) + 1) {
            gs = g2;
            ss = s2;
            v.namesSwapped = true;
        }
    }
    v.level[F::Given] = quint8(gs);
    v.level[F::Surname] = quint8(ss);
    // A shared name weighs by how common it is in its role: "Allen Cynthia" against
    // "Cynthia Allen" shares a common given name, however rare Cynthia is as a surname.
    if (gs == F::GivenExact)
        v.frequency[F::Given] = float(y.corpus.frequency(F::Given, v.namesSwapped ? y.row.surname : y.row.given));
    if (ss == F::SurnameExact)
        v.frequency[F::Surname] = float(y.corpus.frequency(F::Surname, v.namesSwapped ? y.row.given : y.row.surname));
}

void compareEmails(const Side &x, const Side &y, ComparisonVector &v)
{
    int level = 0;
    float frequency = 0;
    bool any = false;
    for (int i = 0; i < DedupCorpus::MaxValues && level != F::EmailExact; ++i) {
        const int ea = x.row.email[i];
        if (ea < 0)
            break;
        for (int j = 0; j < DedupCorpus::MaxValues; ++j) {
            const int eb = y.row.email[j];
            if (eb < 0)
                break;
            if (sameValue(x, F::Email, ea, y, eb)) {
                level = F::EmailExact;
                frequency = float(y.corpus.frequency(F::Email, eb));
                break;
            }
        }
    }
    if (level == F::EmailExact) {
        v.level[F::Email] = quint8(level);
        v.frequency[F::Email] = frequency;
        return;
    }
    double best = 0;
    for (int i = 0; i < DedupCorpus::MaxValues; ++i) {
        const int ua = x.row.user[i];
        if (ua < 0)
            break;
        for (int j = 0; j < DedupCorpus::MaxValues; ++j) {
            const int ub = y.row.user[j];
            if (ub < 0)
                break;
            any = true;
            const QString &ta = x.corpus.userPool().value(ua);
            const QString &tb = y.corpus.userPool().value(ub);
            if (&x.corpus == &y.corpus ? ua == ub : ta == tb) {
                v.level[F::Email] = F::EmailSameUser;
                v.frequency[F::Email] = float(y.corpus.userFrequency(ub));
                return;
            }
            best = qMax(best, StringSimilarity::jaroWinkler(ta, tb));
        }
    }
    if (any)
        v.level[F::Email] = best >= 0.9 ? F::EmailSimilarUser : F::EmailDifferent;
}

void comparePhones(const Side &x, const Side &y, ComparisonVector &v)
{
    bool any = false;
    bool near = false;
    for (int i = 0; i < DedupCorpus::MaxValues; ++i) {
        const int pa = x.row.phone[i];
        if (pa < 0)
            break;
        for (int j = 0; j < DedupCorpus::MaxValues; ++j) {
            const int pb = y.row.phone[j];
            if (pb < 0)
                break;
            any = true;
            if (sameValue(x, F::Phone, pa, y, pb)) {
                v.level[F::Phone] = F::PhoneExact;
                v.frequency[F::Phone] = float(y.corpus.frequency(F::Phone, pb));
                return;
            }
            const QString &ta = x.corpus.pool(F::Phone).value(pa);
            const QString &tb = y.corpus.pool(F::Phone).value(pb);
            if (!near && oneTypoApart(ta, tb))
                near = true;
        }
    }
    if (any)
        v.level[F::Phone] = near ? F::PhoneOneDigit : F::PhoneDifferent;
}

void compareText(const Side &x, const Side &y, int field, int a, int b, ComparisonVector &v)
{
    if (a < 0 || b < 0)
        return;
    if (sameValue(x, field, a, y, b)) {
        v.level[field] = 1;
        v.frequency[field] = float(textFrequency(y, field, b));
        return;
    }
    const bool cacheable = &x.corpus == &y.corpus && (field == F::Company || field == F::City);
    if (cacheable) {
        const int cached = levelCache.find(x.corpus, 2 + (field == F::City), qMin(a, b), qMax(a, b));
        if (cached >= 0) {
            v.level[field] = quint8(cached);
            return;
        }
    }
    const QString &ta = x.corpus.pool(field).value(a);
    const QString &tb = y.corpus.pool(field).value(b);
    switch (field) {
    case F::Company: {
        const double s = StringSimilarity::tokenSimilarity(ta, tb);
        v.level[field] = s >= 0.9 ? F::TextSimilar : F::TextDifferent;
        break;
    }
    case F::City:
        v.level[field] = StringSimilarity::jaroWinkler(ta, tb) >= 0.9 ? F::TextSimilar : F::TextDifferent;
        break;
    case F::Street: {
        const double s = StringSimilarity::tokenSimilarity(ta, tb);
        v.level[field] = s >= 0.9 ? F::StreetSimilar : s >= 0.75 ? F::StreetAlike : F::StreetDifferent;
        break;
    }
    case F::Postcode:
        v.level[field] = oneTypoApart(ta, tb) ? F::PostcodeOneTypo : F::PostcodeDifferent;
        break;
    case F::Country:
        v.level[field] = F::CountryDifferent;
        break;
    default:
        break;
    }
    if (cacheable)
        levelCache.insert(2 + (field == F::City), qMin(a, b), qMax(a, b), v.level[field]);
}

ComparisonVector compareRows(const Side &x, const Side &y)
{
    ComparisonVector v;
    compareNames(x, y, v);
    compareEmails(x, y, v);
    comparePhones(x, y, v);
    compareText(x, y, F::Company, x.row.company, y.row.company, v);
    if (x.row.birthday >= 0 && y.row.birthday >= 0) {
        if (sameValue(x, F::Birthday, x.row.birthday, y, y.row.birthday)) {
            v.level[F::Birthday] = F::BirthdayExact;
            v.frequency[F::Birthday] = float(y.corpus.frequency(F::Birthday, y.row.birthday));
        } else {
            v.level[F::Birthday] = FieldComparator::birthdaysNear(x.corpus.birthdayValue(x.row.birthday),
                                                                  y.corpus.birthdayValue(y.row.birthday))
                ? F::BirthdayNear
                : F::BirthdayDifferent;
        }
    }
    compareText(x, y, F::Street, x.row.street, y.row.street, v);
    compareText(x, y, F::City, x.row.city, y.row.city, v);
    compareText(x, y, F::Postcode, x.row.postcode, y.row.postcode, v);
    // The country only speaks when the city cannot: two records in one city are in one
    // country, and counting both would count one fact twice.
    if (v.level[F::City] == 0)
        compareText(x, y, F::Country, x.row.country, y.row.country, v);
    return v;
}

} // namespace

bool FieldComparator::birthdaysNear(int a, int b)
{
    if (a <= 0 || b <= 0)
        return false;
    // Day and month swapped: 1971-06-04 and 1971-04-06.
    const int ya = a / 10000, ma = a / 100 % 100, da = a % 100;
    const int yb = b / 10000, mb = b / 100 % 100, db = b % 100;
    if (ya == yb && ma == db && da == mb)
        return true;
    // One digit wrong, or two neighbouring digits swapped.
    char sa[9], sb[9];
    int diffs = 0;
    int first = -1;
    for (int i = 7, x = a, y = b; i >= 0; --i, x /= 10, y /= 10) {
        sa[i] = char('0' + x % 10);
        sb[i] = char('0' + y % 10);
    }
    for (int i = 0; i < 8; ++i)
        if (sa[i] != sb[i]) {
            if (first < 0)
                first = i;
            ++diffs;
        }
    if (diffs == 1)
        return true;
    return diffs == 2 && first < 7 && sa[first] == sb[first + 1] && sa[first + 1] == sb[first];
}

ComparisonVector FieldComparator::compare(int a, int b) const
{
    return compareRows(Side{m_corpus, m_corpus.row(a)}, Side{m_corpus, m_corpus.row(b)});
}

ComparisonVector FieldComparator::compare(const DedupCorpus &query, int a, int b) const
{
    return compareRows(Side{query, query.row(a)}, Side{m_corpus, m_corpus.row(b)});
}

} // namespace Kempt
