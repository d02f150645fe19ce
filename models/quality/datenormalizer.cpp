#include "quality/datenormalizer.h"

#include "quality/normalizerdata.h"
#include "quality/unicodehygiene.h"
#include "quality/whitespace.h"

#include <QCalendar>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Kempt {

namespace {

constexpr int EarliestYear = 1800;
constexpr int LatestSolarHijriYear = 1700;

struct MonthTable
{
    QHash<QString, int> months;
    QSet<QString> ignored;
};

const MonthTable &monthTable()
{
    static const MonthTable loaded = [] {
        MonthTable t;
        const QList<QStringList> rows = NormalizerData::tsvRows(QStringLiteral("month_names.tsv"));
        for (const QStringList &row : rows) {
            const QStringList names = row.value(1).split(QLatin1Char('|'), Qt::SkipEmptyParts);
            const int month = row.value(0).toInt();
            for (const QString &name : names) {
                if (row.value(0) == QLatin1String("ignore"))
                    t.ignored.insert(UnicodeHygiene::matchKey(name));
                else if (month >= 1 && month <= 12)
                    t.months.insert(UnicodeHygiene::matchKey(name), month);
            }
        }
        return t;
    }();
    return loaded;
}

struct Tokens
{
    QStringList numbers;  // ASCII digit runs, in order
    QStringList words;    // folded letter runs that are not ignorable
    QStringList gaps;     // what stands between one number and the next
    bool timeDropped = false;
    bool persianDigits = false;
};

Tokens tokenize(const QString &tidy)
{
    Tokens t;
    t.persianDigits = std::any_of(tidy.begin(), tidy.end(),
                                  [](QChar c) { return c.unicode() >= 0x06F0 && c.unicode() <= 0x06F9; });
    // matchKey folds case and turns Arabic-Indic and Persian digits into 0-9.
    QString s = UnicodeHygiene::matchKey(tidy);
    static const QRegularExpression timeOfDay(QStringLiteral(
        "(?:t|\\s+)\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*(?:am|pm)?\\s*(?:z|[+-]\\d{2}(?::?\\d{2})?)?$"));
    const QRegularExpressionMatch time = timeOfDay.match(s);
    if (time.hasMatch()) {
        s.truncate(time.capturedStart());
        t.timeDropped = true;
    }
    const MonthTable &table = monthTable();
    qsizetype i = 0;
    qsizetype lastNumberEnd = -1;
    while (i < s.size()) {
        qsizetype end = i;
        if (s.at(i).isDigit()) {
            while (end < s.size() && s.at(end).isDigit())
                ++end;
            if (lastNumberEnd >= 0)
                t.gaps << s.mid(lastNumberEnd, i - lastNumberEnd);
            t.numbers << s.mid(i, end - i);
            lastNumberEnd = end;
        } else if (s.at(i).isLetter()) {
            while (end < s.size() && (s.at(end).isLetter() || s.at(end).isMark()))
                ++end;
            const QString word = s.mid(i, end - i);
            if (!table.ignored.contains(word))
                t.words << word;
        } else {
            ++end;
        }
        i = end;
    }
    return t;
}

// Day.month.year is the only dotted convention in use (German, Russian, …), so dots
// settle the order of one date whatever the rest of its column does.
bool isDotted(const Tokens &t)
{
    return t.words.isEmpty() && t.gaps.size() == 2 && t.gaps.at(0) == QLatin1String(".")
        && t.gaps.at(1) == QLatin1String(".");
}

// The fields of a date, as the text gives them; which is which is decided later.
struct Fields
{
    enum Kind { Unreadable, YearFirst, DayOrMonthFirst, Named } kind = Unreadable;
    QString year;
    int first = 0;   // month (YearFirst, Named: 0) or the first of day/month
    int second = 0;  // day, or the second of day/month
};

Fields fieldsOf(const Tokens &t)
{
    Fields f;
    if (!t.words.isEmpty()) {
        const int month = monthTable().months.value(t.words.join(QLatin1Char(' ')));
        if (month == 0 || t.numbers.size() != 2)
            return f;
        const int yearAt = t.numbers.at(0).size() > 2 ? 0 : 1;
        if (t.numbers.at(1 - yearAt).size() > 2)
            return f;
        f.kind = Fields::Named;
        f.year = t.numbers.at(yearAt);
        f.first = month;
        f.second = t.numbers.at(1 - yearAt).toInt();
        return f;
    }
    if (t.numbers.size() == 1 && t.numbers.at(0).size() == 8) {
        const QString n = t.numbers.at(0);
        return { Fields::YearFirst, n.left(4), n.mid(4, 2).toInt(), n.mid(6, 2).toInt() };
    }
    if (t.numbers.size() != 3)
        return f;
    const QString &a = t.numbers.at(0);
    const QString &b = t.numbers.at(1);
    const QString &c = t.numbers.at(2);
    if (a.size() == 4 && b.size() <= 2 && c.size() <= 2)
        return { Fields::YearFirst, a, b.toInt(), c.toInt() };
    if (a.size() <= 2 && b.size() <= 2 && (c.size() == 4 || c.size() == 2))
        return { Fields::DayOrMonthFirst, c, a.toInt(), b.toInt() };
    return f;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DateNormalizer)
};

int fullYear(const QString &year, int pivot)
{
    const int y = year.toInt();
    if (year.size() != 2)
        return y;
    return y < pivot ? 2000 + y : 1900 + y;
}

QString iso(int year, int month, int day)
{
    const QDate d(year, month, day);
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

Verdict invalid(const QString &reason, const QString &suggestion = QString())
{
    Verdict v;
    v.status = Verdict::Invalid;
    v.reason = reason;
    v.suggestion = suggestion;
    return v;
}

} // namespace

DateNormalizer::Order DateNormalizer::detectOrder(const QStringList &samples)
{
    int iso = 0;
    int dayFirst = 0;
    int monthFirst = 0;
    int undecided = 0;
    int dotted = 0;
    for (const QString &sample : samples) {
        const Tokens tokens = tokenize(Whitespace::clean(UnicodeHygiene::clean(sample)));
        const Fields f = fieldsOf(tokens);
        if (f.kind == Fields::DayOrMonthFirst && isDotted(tokens)) {
            ++dotted;
        } else if (f.kind == Fields::YearFirst) {
            ++iso;
        } else if (f.kind == Fields::DayOrMonthFirst) {
            if (f.first > 12 && f.first <= 31 && f.second >= 1 && f.second <= 12)
                ++dayFirst;
            else if (f.second > 12 && f.second <= 31 && f.first >= 1 && f.first <= 12)
                ++monthFirst;
            else if (f.first >= 1 && f.first <= 12 && f.second >= 1 && f.second <= 12)
                ++undecided;
        }
    }
    if (dayFirst > 0 && monthFirst > 0)
        return Unknown;
    if (dayFirst > 0)
        return DayFirst;
    if (monthFirst > 0)
        return MonthFirst;
    if (undecided > 0)
        return Ambiguous;
    if (dotted > 0)
        return DayFirst;
    return iso > 0 ? Iso : Unknown;
}

Verdict DateNormalizer::check(const QString &value, Order order, int twoDigitYearPivot)
{
    Verdict v;
    const QString tidy = Whitespace::clean(UnicodeHygiene::clean(value));
    if (tidy.isEmpty()) {
        if (!value.isEmpty()) {
            v.status = Verdict::Warning;
            v.reason = Tr::tr("The date holds only spaces or invisible characters; it is stored empty.");
        }
        return v;
    }
    const Tokens tokens = tokenize(tidy);
    const Fields f = fieldsOf(tokens);
    if (f.kind == Fields::Unreadable)
        return invalid(Tr::tr("“%1” is not a date Kempt can read; write it as year-month-day, e.g. 2024-03-31.").arg(tidy));

    QStringList notes;
    const int year = fullYear(f.year, twoDigitYearPivot);
    if (f.year.size() == 2)
        notes << Tr::tr("the two-digit year is read as %1").arg(year);
    int month = f.first;
    int day = f.second;
    if (f.kind == Fields::DayOrMonthFirst) {
        const bool dotted = isDotted(tokens);
        bool dayFirst = order == DayFirst || dotted;
        if (!dotted && order != DayFirst && order != MonthFirst) {
            if (f.first != f.second && f.first <= 12 && f.second <= 12) {
                return invalid(Tr::tr("“%1” could be %2 (day first) or %3 (month first); set the column's date order "
                                  "or write it as year-month-day.")
                                   .arg(tidy, iso(year, f.second, f.first), iso(year, f.first, f.second)));
            }
            dayFirst = f.first > 12 || f.first == f.second;
        }
        month = dayFirst ? f.second : f.first;
        day = dayFirst ? f.first : f.second;
        if (f.first != f.second && dotted)
            notes << Tr::tr("read day first, as dotted dates are");
        else if (f.first != f.second)
            notes << (dayFirst ? Tr::tr("read day first") : Tr::tr("read month first"));
        if (month > 12 && !iso(year, day, month).isEmpty()) {
            const QString other = iso(year, day, month);
            return invalid(Tr::tr("“%1” has no month %2 when read %3; written the other way round it is %4.")
                               .arg(tidy, QString::number(month), dayFirst ? Tr::tr("day first") : Tr::tr("month first"), other),
                           other);
        }
    }

    QDate date;
    if (tokens.persianDigits && year < LatestSolarHijriYear) {
        date = QCalendar(QCalendar::System::Jalali).dateFromParts(year, month, day);
        notes << Tr::tr("converted from the Persian (Solar Hijri) calendar");
    } else if (year < EarliestYear) {
        return invalid(Tr::tr("“%1” has the year %2; Kempt stores dates of the Gregorian calendar, so convert dates "
                          "from other calendars first.").arg(tidy, QString::number(year)));
    } else {
        date = QDate(year, month, day);
    }
    if (month < 1 || month > 12)
        return invalid(Tr::tr("“%1” is not a date: there is no month %2.").arg(tidy, QString::number(month)));
    if (!date.isValid())
        return invalid(Tr::tr("“%1” is not a date: month %2 of %3 has no day %4.")
                           .arg(tidy, QString::number(month), QString::number(year), QString::number(day)));
    if (tokens.timeDropped)
        notes << Tr::tr("the time of day is dropped");

    v.normalized = date.toString(Qt::ISODate);
    if (value == v.normalized)
        return v;
    v.status = Verdict::Warning;
    v.suggestion = v.normalized;
    v.reason = notes.isEmpty() ? Tr::tr("Stored as %1 (year-month-day).").arg(v.normalized)
                               : Tr::tr("Stored as %1: %2.").arg(v.normalized, notes.join(QStringLiteral("; ")));
    return v;
}

} // namespace Kempt
