#include "reportsfixture.h"
#include "reports/dealreports.h"
#include "reports/reportperiod.h"

#include <QLocale>
#include <QTest>

using namespace Kempt;
using namespace Kempt::Test;

namespace {

// The reports as short text, so each data row reads like the hand computation in
// reportsfixture.h: "2031-01 2 140000 30000" is month, deals, total and weighted.
QString forecastText(const DealReports &reports)
{
    QList<DealReports::ForecastMonth> months;
    if (!reports.forecast(&months))
        return QStringLiteral("failed");
    QStringList parts;
    for (const DealReports::ForecastMonth &m : std::as_const(months))
        parts << QStringLiteral("%1 %2 %3 %4").arg(m.month.toString(QStringLiteral("yyyy-MM"))).arg(m.deals).arg(m.totalMinor).arg(m.weightedMinor);
    return parts.join(QStringLiteral(" | "));
}

QString stageTimeText(const DealReports &reports)
{
    QList<DealReports::StageTime> stages;
    if (!reports.timeInStage(&stages))
        return QStringLiteral("failed");
    QStringList parts;
    for (const DealReports::StageTime &s : std::as_const(stages))
        if (s.stays > 0)
            parts << QStringLiteral("%1 %2 %3").arg(s.stage).arg(s.stays).arg(s.averageDays, 0, 'f', 2);
    return parts.join(QStringLiteral(" | "));
}

QString outcomesText(const DealReports &reports)
{
    QList<DealReports::MonthOutcome> months;
    if (!reports.outcomes(&months))
        return QStringLiteral("failed");
    QStringList parts;
    for (const DealReports::MonthOutcome &m : std::as_const(months))
        parts << QStringLiteral("%1 %2/%3 %4/%5")
                     .arg(m.month.toString(QStringLiteral("yyyy-MM")))
                     .arg(m.won)
                     .arg(m.wonMinor)
                     .arg(m.lost)
                     .arg(m.lostMinor);
    return parts.join(QStringLiteral(" | "));
}

QString cycleText(const DealReports &reports)
{
    QList<DealReports::MonthCycle> months;
    if (!reports.cycleLengthByMonth(&months))
        return QStringLiteral("failed");
    QStringList parts;
    for (const DealReports::MonthCycle &m : std::as_const(months))
        parts << QStringLiteral("%1 %2 %3").arg(m.month.toString(QStringLiteral("yyyy-MM"))).arg(m.deals).arg(m.averageDays, 0, 'f', 2);
    return parts.join(QStringLiteral(" | "));
}

} // namespace

class TestDealReportNumbers : public QObject
{
    Q_OBJECT

private:
    // Columns every filtered test shares: pipeline ("" all, "Sales", "Partners"), owner
    // ("" all, "Ann", "Bob") and the period.
    static void addFilterColumns()
    {
        QTest::addColumn<QString>("pipeline");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
    }

    static void configure(ReportsFixture &f, DealReports &reports)
    {
        QFETCH(QString, pipeline);
        QFETCH(QString, owner);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        reports.setPipeline(pipeline == QLatin1String("Sales") ? f.sales.id : pipeline == QLatin1String("Partners") ? f.partners.id : 0);
        reports.setOwner(f.users.value(owner));
        reports.setPeriod(from, to);
    }

private Q_SLOTS:
    void theForecastFollowsPipelineOwnerAndPeriod_data()
    {
        addFilterColumns();
        QTest::addColumn<QString>("expected");
        const QDate open;
        // A1 + A2 | A3 | A4 + A5: 10,000 + 20,000; 18,000; 2,000.2 + 2,000 rounded once.
        QTest::newRow("everything") << QString() << QString() << open << open
                                    << QStringLiteral("2031-01 2 140000 30000 | 2031-02 1 30000 18000 | 2031-03 2 18001 4000");
        QTest::newRow("Sales") << QStringLiteral("Sales") << QString() << open << open
                               << QStringLiteral("2031-01 2 140000 30000 | 2031-03 1 8000 2000");
        QTest::newRow("Ann") << QString() << QStringLiteral("Ann") << open << open
                             << QStringLiteral("2031-01 1 100000 10000 | 2031-02 1 30000 18000");
        QTest::newRow("Partners of Bob") << QStringLiteral("Partners") << QStringLiteral("Bob") << open << open
                                         << QStringLiteral("2031-03 1 10001 2000");
        QTest::newRow("February and March") << QString() << QString() << QDate(2031, 2, 1) << QDate(2031, 3, 15)
                                             << QStringLiteral("2031-02 1 30000 18000 | 2031-03 1 10001 2000");
        QTest::newRow("nothing expected") << QString() << QString() << QDate(2032, 1, 1) << open << QString();
    }

    void theForecastFollowsPipelineOwnerAndPeriod()
    {
        QFETCH(QString, expected);
        ReportsFixture f;
        DealReports reports(f.ws->db());
        configure(f, reports);
        QCOMPARE(forecastText(reports), expected);
    }

    void theWinRateFollowsPipelineOwnerAndPeriod_data()
    {
        addFilterColumns();
        QTest::addColumn<int>("won");
        QTest::addColumn<int>("lost");
        QTest::addColumn<qint64>("wonValue");
        QTest::addColumn<qint64>("lostValue");
        QTest::addColumn<double>("rate");
        const QDate open;
        // W1 W2 W3 against L1 L2 L3; L3 is in GBP, so counted and not summed.
        QTest::newRow("everything") << QString() << QString() << open << open << 3 << 3 << qint64(80000) << qint64(35000) << 0.5;
        QTest::newRow("Sales") << QStringLiteral("Sales") << QString() << open << open << 2 << 2 << qint64(70000) << qint64(30000) << 0.5;
        QTest::newRow("Partners") << QStringLiteral("Partners") << QString() << open << open << 1 << 1 << qint64(10000) << qint64(5000) << 0.5;
        QTest::newRow("Bob") << QString() << QStringLiteral("Bob") << open << open << 1 << 1 << qint64(20000) << qint64(30000) << 0.5;
        // March: W2, W3 won; L2 lost.
        QTest::newRow("March") << QString() << QString() << QDate(2025, 3, 1) << QDate(2025, 3, 31) << 2 << 1 << qint64(30000)
                               << qint64(5000) << 2.0 / 3.0;
        QTest::newRow("Ann in January") << QString() << QStringLiteral("Ann") << QDate(2025, 1, 1) << QDate(2025, 1, 31) << 1 << 0
                                        << qint64(50000) << qint64(0) << 1.0;
    }

    void theWinRateFollowsPipelineOwnerAndPeriod()
    {
        QFETCH(int, won);
        QFETCH(int, lost);
        QFETCH(qint64, wonValue);
        QFETCH(qint64, lostValue);
        QFETCH(double, rate);
        ReportsFixture f;
        DealReports reports(f.ws->db());
        configure(f, reports);
        DealReports::WinRate w;
        QVERIFY(reports.winRate(&w));
        QCOMPARE(w.won, won);
        QCOMPARE(w.lost, lost);
        QCOMPARE(w.wonMinor, wonValue);
        QCOMPARE(w.lostMinor, lostValue);
        QCOMPARE(w.byCount(), rate);
    }

    void theCycleIsAveragedPerMonthWon_data()
    {
        addFilterColumns();
        QTest::addColumn<int>("deals");
        QTest::addColumn<double>("days");
        QTest::addColumn<QString>("byMonth");
        const QDate open;
        // 20, 50.5 and 38 days; March holds W2 and W3: (50.5 + 38) / 2 = 44.25.
        QTest::newRow("everything") << QString() << QString() << open << open << 3 << (20 + 50.5 + 38) / 3
                                    << QStringLiteral("2025-01 1 20.00 | 2025-03 2 44.25");
        QTest::newRow("Ann") << QString() << QStringLiteral("Ann") << open << open << 2 << 29.0
                             << QStringLiteral("2025-01 1 20.00 | 2025-03 1 38.00");
        QTest::newRow("Partners") << QStringLiteral("Partners") << QString() << open << open << 1 << 38.0 << QStringLiteral("2025-03 1 38.00");
        QTest::newRow("Bob since February") << QString() << QStringLiteral("Bob") << QDate(2025, 2, 1) << open << 1 << 50.5
                                            << QStringLiteral("2025-03 1 50.50");
        QTest::newRow("nothing won") << QString() << QString() << QDate(2025, 2, 1) << QDate(2025, 2, 28) << 0 << 0.0 << QString();
    }

    void theCycleIsAveragedPerMonthWon()
    {
        QFETCH(int, deals);
        QFETCH(double, days);
        QFETCH(QString, byMonth);
        ReportsFixture f;
        DealReports reports(f.ws->db());
        configure(f, reports);
        DealReports::CycleLength c;
        QVERIFY(reports.cycleLength(&c));
        QCOMPARE(c.deals, deals);
        QVERIFY2(qAbs(c.averageDays - days) < 1e-6, qPrintable(QString::number(c.averageDays)));
        QCOMPARE(cycleText(reports), byMonth);
    }

    void timeInStageFollowsPipelineOwnerAndPeriod_data()
    {
        addFilterColumns();
        QTest::addColumn<QString>("expected");
        const QDate open;
        // Lead (5 + 10 + 20) / 3, Qualified (15 + 40.5) / 2, Intro 10, Contract 28.
        QTest::newRow("everything") << QString() << QString() << open << open
                                    << QStringLiteral("Lead 3 11.67 | Qualified 2 27.75 | Intro 1 10.00 | Contract 1 28.00");
        QTest::newRow("Sales") << QStringLiteral("Sales") << QString() << open << open << QStringLiteral("Lead 3 11.67 | Qualified 2 27.75");
        QTest::newRow("Ann") << QString() << QStringLiteral("Ann") << open << open
                             << QStringLiteral("Lead 1 5.00 | Qualified 1 15.00 | Intro 1 10.00 | Contract 1 28.00");
        QTest::newRow("Bob in Sales") << QStringLiteral("Sales") << QStringLiteral("Bob") << open << open
                                      << QStringLiteral("Lead 2 15.00 | Qualified 1 40.50");
        // Only W3's Intro stay ended in February.
        QTest::newRow("stays ending in February") << QString() << QString() << QDate(2025, 2, 1) << QDate(2025, 2, 28)
                                                  << QStringLiteral("Intro 1 10.00");
    }

    void timeInStageFollowsPipelineOwnerAndPeriod()
    {
        QFETCH(QString, expected);
        ReportsFixture f;
        DealReports reports(f.ws->db());
        configure(f, reports);
        QCOMPARE(stageTimeText(reports), expected);
    }

    void timeInStageListsEveryStageOfThePipelineInBoardOrder()
    {
        ReportsFixture f;
        DealReports reports(f.ws->db());
        reports.setPipeline(f.partners.id);
        QList<DealReports::StageTime> stages;
        QVERIFY(reports.timeInStage(&stages));
        QCOMPARE(stages.size(), 2);
        QCOMPARE(stages.at(0).stage, QStringLiteral("Intro"));
        QCOMPARE(stages.at(1).stage, QStringLiteral("Contract"));
        QCOMPARE(stages.at(1).pipeline, QStringLiteral("Partners"));
    }

    void wonAndLostFollowPipelineOwnerAndPeriod_data()
    {
        addFilterColumns();
        QTest::addColumn<QString>("expected");
        const QDate open;
        // "month won/value lost/value"; L3's GBP is counted in February and not summed.
        QTest::newRow("everything") << QString() << QString() << open << open
                                    << QStringLiteral("2025-01 1/50000 1/30000 | 2025-02 0/0 1/0 | 2025-03 2/30000 1/5000");
        QTest::newRow("Bob") << QString() << QStringLiteral("Bob") << open << open << QStringLiteral("2025-01 0/0 1/30000 | 2025-03 1/20000 0/0");
        QTest::newRow("Partners") << QStringLiteral("Partners") << QString() << open << open << QStringLiteral("2025-03 1/10000 1/5000");
        QTest::newRow("until February") << QString() << QString() << open << QDate(2025, 2, 28)
                                        << QStringLiteral("2025-01 1/50000 1/30000 | 2025-02 0/0 1/0");
    }

    void wonAndLostFollowPipelineOwnerAndPeriod()
    {
        QFETCH(QString, expected);
        ReportsFixture f;
        DealReports reports(f.ws->db());
        configure(f, reports);
        QCOMPARE(outcomesText(reports), expected);
    }

    void aMonthsWinRateIsWonAgainstClosed()
    {
        ReportsFixture f;
        DealReports reports(f.ws->db());
        QList<DealReports::MonthOutcome> months;
        QVERIFY(reports.outcomes(&months));
        QCOMPARE(months.size(), 3);
        QCOMPARE(months.at(0).winRate(), 0.5);
        QCOMPARE(months.at(1).winRate(), 0.0);
        QCOMPARE(months.at(2).winRate(), 2.0 / 3.0);
        QCOMPARE(DealReports::MonthOutcome().winRate(), 0.0);
    }

    void theOwnerFilterOffersOnlyPeopleWithDeals()
    {
        ReportsFixture f;
        QList<DealReports::Owner> owners;
        QVERIFY(DealReports(f.ws->db()).owners(&owners));
        QStringList names;
        for (const DealReports::Owner &o : std::as_const(owners))
            names << o.name;
        // Cleo's only deal is in the trash; Dan has none.
        QCOMPARE(names, QStringList({QStringLiteral("Ann"), QStringLiteral("Bob")}));
        QCOMPARE(owners.at(0).id, f.users.value(QStringLiteral("Ann")));
    }

    void currenciesAreListedMostUsedFirst()
    {
        ReportsFixture f;
        QStringList codes;
        QVERIFY(DealReports(f.ws->db()).currencies(&codes));
        QCOMPARE(codes, QStringList({QStringLiteral("EUR"), QStringLiteral("GBP")}));
    }

    void theStageSummaryFollowsTheOwner()
    {
        ReportsFixture f;
        DealReports reports(f.ws->db());
        reports.setPipeline(f.sales.id);
        reports.setOwner(f.users.value(QStringLiteral("Ann")));
        QList<DealReports::StageSummary> stages;
        QVERIFY(reports.stageSummary(&stages));
        QCOMPARE(stages.size(), 4);
        // Ann's only open Sales deal is A1 in Lead (T1 is in the trash).
        QCOMPARE(stages.at(0).deals, 1);
        QCOMPARE(stages.at(0).weightedMinor, qint64(10000));
        QCOMPARE(stages.at(2).deals, 0);
        QCOMPARE(stages.at(3).deals, 0);
    }

    void periodsResolveAgainstToday_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        using P = ReportPeriod::Preset;
        QTest::newRow("all dates") << int(P::AllTime) << QDate() << QDate();
        QTest::newRow("this month") << int(P::ThisMonth) << QDate(2025, 5, 1) << QDate(2025, 5, 31);
        QTest::newRow("this quarter") << int(P::ThisQuarter) << QDate(2025, 4, 1) << QDate(2025, 6, 30);
        QTest::newRow("this year") << int(P::ThisYear) << QDate(2025, 1, 1) << QDate(2025, 12, 31);
        QTest::newRow("last year") << int(P::LastYear) << QDate(2024, 1, 1) << QDate(2024, 12, 31);
        QTest::newRow("last 12 months") << int(P::Last12Months) << QDate(2024, 6, 1) << QDate(2025, 5, 31);
        QTest::newRow("next 12 months") << int(P::Next12Months) << QDate(2025, 5, 17) << QDate(2026, 5, 17);
        QTest::newRow("custom") << int(P::Custom) << QDate() << QDate();
    }

    void periodsResolveAgainstToday()
    {
        QFETCH(int, preset);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        const QDate today(2025, 5, 17);
        QCOMPARE(ReportPeriod::from(ReportPeriod::Preset(preset), today), from);
        QCOMPARE(ReportPeriod::to(ReportPeriod::Preset(preset), today), to);
        QVERIFY(!ReportPeriod::name(ReportPeriod::Preset(preset)).isEmpty());
    }

    void aPeriodIsDescribedInWords()
    {
        const QLocale c = QLocale::c();
        QCOMPARE(ReportPeriod::describe(QDate(2025, 1, 1), QDate(2025, 12, 31), c), QStringLiteral("1 Jan 2025 – 31 Dec 2025"));
        QCOMPARE(ReportPeriod::describe(QDate(2025, 1, 1), QDate(), c), QStringLiteral("since 1 Jan 2025"));
        QCOMPARE(ReportPeriod::describe(QDate(), QDate(2025, 1, 1), c), QStringLiteral("until 1 Jan 2025"));
        QCOMPARE(ReportPeriod::describe(QDate(), QDate(), c), QStringLiteral("all dates"));
    }
};

QTEST_GUILESS_MAIN(TestDealReportNumbers)
#include "tst_dealreportnumbers.moc"
