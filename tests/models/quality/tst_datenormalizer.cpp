#include "quality/datenormalizer.h"

#include <QTest>

using namespace Kempt;

Q_DECLARE_METATYPE(DateNormalizer::Order)

class TestDateNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsTheOrderFromTheEvidence_data()
    {
        QTest::addColumn<QStringList>("samples");
        QTest::addColumn<DateNormalizer::Order>("order");
        QTest::newRow("a first field over 12 means day first")
            << QStringList{ "03/04/2021", "25/12/2020", "" } << DateNormalizer::DayFirst;
        QTest::newRow("dotted Russian dates are day first")
            << QStringList{ "01.02.2021", "31.01.1985" } << DateNormalizer::DayFirst;
        QTest::newRow("a second field over 12 means month first")
            << QStringList{ "03/04/2021", "12/25/2020" } << DateNormalizer::MonthFirst;
        QTest::newRow("two-digit years count too") << QStringList{ "12-31-99" } << DateNormalizer::MonthFirst;
        QTest::newRow("both kinds of evidence contradict")
            << QStringList{ "25/12/2020", "12/25/2020" } << DateNormalizer::Unknown;
        QTest::newRow("no field over 12 decides nothing")
            << QStringList{ "03/04/2021", "01/02/2021" } << DateNormalizer::Ambiguous;
        QTest::newRow("year first only") << QStringList{ "2021-03-04", "2020/12/25", "20190101" } << DateNormalizer::Iso;
        QTest::newRow("dotted dates do not contradict month-first slashes")
            << QStringList{ "01.03.2024", "12/25/2020" } << DateNormalizer::MonthFirst;
        QTest::newRow("ISO values do not outvote the evidence")
            << QStringList{ "2021-03-04", "13.05.2021" } << DateNormalizer::DayFirst;
        QTest::newRow("Persian digits in day-first order")
            << QStringList{ QStringLiteral("۲۵/۱۲/۲۰۲۰") } << DateNormalizer::DayFirst;
        QTest::newRow("month names carry no order evidence")
            << QStringList{ "3 March 2021", "31 марта 2021" } << DateNormalizer::Unknown;
        QTest::newRow("nothing usable") << QStringList{ "soon", "" } << DateNormalizer::Unknown;
        QTest::newRow("no samples") << QStringList{} << DateNormalizer::Unknown;
    }
    void detectsTheOrderFromTheEvidence()
    {
        QFETCH(QStringList, samples);
        QFETCH(DateNormalizer::Order, order);
        QCOMPARE(DateNormalizer::detectOrder(samples), order);
    }

    void readsDatesAsIsoCalendarDates_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<DateNormalizer::Order>("order");
        QTest::addColumn<QString>("iso");
        QTest::newRow("ISO already") << QStringLiteral("2024-03-31") << DateNormalizer::Ambiguous << QStringLiteral("2024-03-31");
        QTest::newRow("ISO with slashes") << QStringLiteral("2024/3/1") << DateNormalizer::DayFirst << QStringLiteral("2024-03-01");
        QTest::newRow("ISO basic") << QStringLiteral("20240331") << DateNormalizer::Unknown << QStringLiteral("2024-03-31");
        QTest::newRow("ISO with a time") << QStringLiteral("2024-03-31T14:05:00Z") << DateNormalizer::Iso << QStringLiteral("2024-03-31");
        QTest::newRow("spreadsheet date and time") << QStringLiteral("31.03.2024 00:00:00") << DateNormalizer::DayFirst << QStringLiteral("2024-03-31");
        QTest::newRow("day first with slashes") << QStringLiteral("03/04/2021") << DateNormalizer::DayFirst << QStringLiteral("2021-04-03");
        QTest::newRow("month first with slashes") << QStringLiteral("03/04/2021") << DateNormalizer::MonthFirst << QStringLiteral("2021-03-04");
        QTest::newRow("a dotted date is day first without an order") << QStringLiteral("01.03.2024") << DateNormalizer::Ambiguous << QStringLiteral("2024-03-01");
        QTest::newRow("a dotted date is day first in a month-first column") << QStringLiteral("03.04.2021") << DateNormalizer::MonthFirst << QStringLiteral("2021-04-03");
        QTest::newRow("Russian dotted") << QStringLiteral("31.12.1999") << DateNormalizer::DayFirst << QStringLiteral("1999-12-31");
        QTest::newRow("spaces as separators") << QStringLiteral("31 12 1999") << DateNormalizer::DayFirst << QStringLiteral("1999-12-31");
        QTest::newRow("dashes") << QStringLiteral("12-31-1999") << DateNormalizer::MonthFirst << QStringLiteral("1999-12-31");
        QTest::newRow("a day over 12 decides without an order") << QStringLiteral("25/12/2020") << DateNormalizer::Ambiguous << QStringLiteral("2020-12-25");
        QTest::newRow("a second field over 12 decides without an order") << QStringLiteral("12/25/2020") << DateNormalizer::Unknown << QStringLiteral("2020-12-25");
        QTest::newRow("equal day and month need no order") << QStringLiteral("05/05/2020") << DateNormalizer::Ambiguous << QStringLiteral("2020-05-05");
        QTest::newRow("two-digit year below the pivot") << QStringLiteral("01.02.29") << DateNormalizer::DayFirst << QStringLiteral("2029-02-01");
        QTest::newRow("two-digit year from the pivot") << QStringLiteral("01.02.30") << DateNormalizer::DayFirst << QStringLiteral("1930-02-01");
        QTest::newRow("English day month year") << QStringLiteral("31 March 2024") << DateNormalizer::MonthFirst << QStringLiteral("2024-03-31");
        QTest::newRow("English month day year") << QStringLiteral("Mar 31st, 2024") << DateNormalizer::DayFirst << QStringLiteral("2024-03-31");
        QTest::newRow("English with weekday") << QStringLiteral("Sunday, 31 March 2024") << DateNormalizer::Unknown << QStringLiteral("2024-03-31");
        QTest::newRow("English spreadsheet style") << QStringLiteral("3-Apr-21") << DateNormalizer::Unknown << QStringLiteral("2021-04-03");
        QTest::newRow("English ordinal of") << QStringLiteral("the 1st of May 1990") << DateNormalizer::Unknown << QStringLiteral("1990-05-01");
        QTest::newRow("Russian genitive") << QStringLiteral("31 марта 2024 г.") << DateNormalizer::Unknown << QStringLiteral("2024-03-31");
        QTest::newRow("Russian abbreviation") << QStringLiteral("1 сент. 2023") << DateNormalizer::Unknown << QStringLiteral("2023-09-01");
        QTest::newRow("Russian yo spelling not needed") << QStringLiteral("15 ФЕВРАЛЯ 2022 года") << DateNormalizer::Unknown << QStringLiteral("2022-02-15");
        QTest::newRow("Arabic month name") << QStringLiteral("15 مارس 2024") << DateNormalizer::Unknown << QStringLiteral("2024-03-15");
        QTest::newRow("Arabic Levantine two-word month") << QStringLiteral("1 كانون الثاني 2020") << DateNormalizer::Unknown << QStringLiteral("2020-01-01");
        QTest::newRow("Arabic-Indic digits") << QStringLiteral("٢٥/١٢/٢٠٢٠") << DateNormalizer::DayFirst << QStringLiteral("2020-12-25");
        QTest::newRow("Arabic with Gregorian mark") << QStringLiteral("٣ يناير ٢٠٢٤م") << DateNormalizer::Unknown << QStringLiteral("2024-01-03");
        QTest::newRow("Persian Gregorian month name") << QStringLiteral("۱۰ ژانویه ۲۰۲۴") << DateNormalizer::Unknown << QStringLiteral("2024-01-10");
        QTest::newRow("Persian Solar Hijri date") << QStringLiteral("۱۴۰۳/۰۱/۰۱") << DateNormalizer::Iso << QStringLiteral("2024-03-20");
        QTest::newRow("Persian Gregorian date in Persian digits") << QStringLiteral("۲۰۲۴/۰۳/۲۰") << DateNormalizer::Iso << QStringLiteral("2024-03-20");
        QTest::newRow("invisible characters and spaces") << QStringLiteral(" \u200F2024-03-31 ") << DateNormalizer::Iso << QStringLiteral("2024-03-31");
    }
    void readsDatesAsIsoCalendarDates()
    {
        QFETCH(QString, input);
        QFETCH(DateNormalizer::Order, order);
        QFETCH(QString, iso);
        const Verdict v = DateNormalizer::check(input, order);
        QCOMPARE(v.normalized, iso);
        if (input == iso) {
            QCOMPARE(v.status, Verdict::Valid);
        } else {
            QCOMPARE(v.status, Verdict::Warning);
            QCOMPARE(v.suggestion, iso);
            QVERIFY2(v.reason.contains(iso), qPrintable(v.reason));
        }
    }

    void rejectsWhatIsNoSingleRealDate_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<DateNormalizer::Order>("order");
        QTest::addColumn<QString>("suggestion");
        QTest::newRow("words") << QStringLiteral("next week") << DateNormalizer::DayFirst << QString();
        QTest::newRow("a month without a day") << QStringLiteral("March 2024") << DateNormalizer::DayFirst << QString();
        QTest::newRow("too many numbers") << QStringLiteral("1/2/3/2024") << DateNormalizer::DayFirst << QString();
        QTest::newRow("a three-digit year") << QStringLiteral("01/02/202") << DateNormalizer::DayFirst << QString();
        QTest::newRow("no 31 February") << QStringLiteral("31.02.2021") << DateNormalizer::DayFirst << QString();
        QTest::newRow("no 29 February in 2023") << QStringLiteral("2023-02-29") << DateNormalizer::Iso << QString();
        QTest::newRow("no month 13") << QStringLiteral("2021-13-01") << DateNormalizer::Iso << QString();
        QTest::newRow("ambiguous without an order") << QStringLiteral("03/04/2021") << DateNormalizer::Ambiguous << QString();
        QTest::newRow("ambiguous with conflicting evidence") << QStringLiteral("03/04/2021") << DateNormalizer::Unknown << QString();
        QTest::newRow("a month over 12 in day-first order suggests the other reading")
            << QStringLiteral("12/25/2020") << DateNormalizer::DayFirst << QStringLiteral("2020-12-25");
        QTest::newRow("a Hijri year in Latin digits") << QStringLiteral("1445-03-12") << DateNormalizer::Iso << QString();
        QTest::newRow("Russian nonsense day") << QStringLiteral("32 марта 2024") << DateNormalizer::Unknown << QString();
    }
    void rejectsWhatIsNoSingleRealDate()
    {
        QFETCH(QString, input);
        QFETCH(DateNormalizer::Order, order);
        QFETCH(QString, suggestion);
        const Verdict v = DateNormalizer::check(input, order);
        QCOMPARE(v.status, Verdict::Invalid);
        QVERIFY(v.normalized.isEmpty());
        QCOMPARE(v.suggestion, suggestion);
        QVERIFY2(v.reason.contains(input.trimmed()), qPrintable(v.reason));
    }

    void anAmbiguousDateNamesBothReadings()
    {
        const Verdict v = DateNormalizer::check(QStringLiteral("03/04/2021"), DateNormalizer::Ambiguous);
        QVERIFY2(v.reason.contains(QStringLiteral("2021-04-03")) && v.reason.contains(QStringLiteral("2021-03-04")),
                 qPrintable(v.reason));
    }

    void theTwoDigitYearPivotCanBeMoved()
    {
        QCOMPARE(DateNormalizer::check(QStringLiteral("01.02.45"), DateNormalizer::DayFirst).normalized,
                 QStringLiteral("1945-02-01"));
        QCOMPARE(DateNormalizer::check(QStringLiteral("01.02.45"), DateNormalizer::DayFirst, 50).normalized,
                 QStringLiteral("2045-02-01"));
    }

    void anEmptyDateStaysEmpty()
    {
        const Verdict v = DateNormalizer::check(QString(), DateNormalizer::Unknown);
        QCOMPARE(v.status, Verdict::Valid);
        QVERIFY(v.normalized.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDateNormalizer)
#include "tst_datenormalizer.moc"
