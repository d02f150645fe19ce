#include "clirunner.h"
#include "../models/reports/reportsfixture.h"

#include <QFile>
#include <QTest>

using namespace Kempt;
using namespace Kempt::Test;

// kempt-cli deals report, run as a real process on the deals of reportsfixture.h, whose
// numbers are worked out by hand there.
class TestCliDealsReport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReportsFixture> m_fixture;
    CliRunner m_cli;

    CliRunner::Run report(const QStringList &arguments) const
    {
        return m_cli(QStringList{QStringLiteral("--db"), m_fixture->ws.path(), QStringLiteral("deals"), QStringLiteral("report")} + arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<ReportsFixture>();
    }

    void cleanupTestCase()
    {
        m_fixture.reset();
    }

    void csvGoesToStandardOutput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("forecast") << QStringList{QStringLiteral("forecast")}
                                  << QStringLiteral("month,deals,total,weighted,currency\r\n2031-01,2,1400.00,300.00,EUR\r\n"
                                                    "2031-02,1,300.00,180.00,EUR\r\n2031-03,2,180.01,40.00,EUR\r\n");
        QTest::newRow("win rate of Ann") << QStringList{QStringLiteral("win-rate"), QStringLiteral("--owner"), QStringLiteral("ann")}
                                         << QStringLiteral("month,won,lost,win_rate,won_value,lost_value,win_rate_by_value,currency\r\n"
                                                           "2025-01,1,0,1.0000,500.00,0.00,1.0000,EUR\r\n"
                                                           "2025-02,0,1,0.0000,0.00,0.00,0.0000,EUR\r\n"
                                                           "2025-03,1,1,0.5000,100.00,50.00,0.6667,EUR\r\n"
                                                           "all,2,2,0.5000,600.00,50.00,0.9231,EUR\r\n");
        QTest::newRow("cycle of Partners") << QStringList{QStringLiteral("cycle"), QStringLiteral("--pipeline"), QStringLiteral("partners")}
                                           << QStringLiteral("month,won_deals,average_days\r\n2025-03,1,38.00\r\nall,1,38.00\r\n");
        QTest::newRow("time in stage of Sales")
            << QStringList{QStringLiteral("stage-time"), QStringLiteral("--pipeline"), QString::number(m_fixture->sales.id)}
            << QStringLiteral("pipeline,stage,stays,average_days\r\nSales,Lead,3,11.67\r\nSales,Qualified,2,27.75\r\n"
                              "Sales,Proposal,0,0.00\r\nSales,Negotiation,0,0.00\r\n");
        QTest::newRow("won and lost until February")
            << QStringList{QStringLiteral("won-lost"), QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
                           QStringLiteral("2025-02-28")}
            << QStringLiteral("month,won,won_value,lost,lost_value,currency\r\n2025-01,1,500.00,1,300.00,EUR\r\n2025-02,0,0.00,1,0.00,EUR\r\n");
        QTest::newRow("win rate in pounds") << QStringList{QStringLiteral("win-rate-total"), QStringLiteral("--currency"), QStringLiteral("gbp")}
                                            << QStringLiteral("won,lost,win_rate,won_value,lost_value,win_rate_by_value,currency\r\n"
                                                              "3,3,0.5000,0.00,70.00,0.0000,GBP\r\n");
    }

    void csvGoesToStandardOutput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const CliRunner::Run run = report(arguments + QStringList{QStringLiteral("--csv"), QStringLiteral("-")});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, expected);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }

    void csvGoesIntoAFile()
    {
        const QString path = m_cli.path(QStringLiteral("cycle.csv"));
        const CliRunner::Run run = report({QStringLiteral("cycle"), QStringLiteral("--csv"), path});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("cycle.csv")), qPrintable(run.out));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), QStringLiteral("month,won_deals,average_days\r\n2025-01,1,20.00\r\n2025-03,2,44.25\r\nall,3,36.17\r\n"));
    }

    void withoutCsvItPrintsATable()
    {
        const CliRunner::Run run = report({QStringLiteral("forecast")});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("Forecast")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("  2031-03      2   180.01     40.00       EUR\n")));
    }

    void badInputIsRefusedWithAHint_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("hint");
        QTest::newRow("no report") << QStringList() << 2 << QStringLiteral("forecast|win-rate|cycle|stage-time|won-lost");
        QTest::newRow("unknown report") << QStringList{QStringLiteral("pipeline")} << 2 << QStringLiteral("forecast|win-rate");
        QTest::newRow("unknown pipeline") << QStringList{QStringLiteral("forecast"), QStringLiteral("--pipeline"), QStringLiteral("Retail")} << 1
                                          << QStringLiteral("Use one of: Sales, Partners.");
        // Cleo's only deal is in the trash.
        QTest::newRow("owner without deals") << QStringList{QStringLiteral("forecast"), QStringLiteral("--owner"), QStringLiteral("Cleo")} << 1
                                             << QStringLiteral("Owners of deals: Ann, Bob.");
        QTest::newRow("bad date") << QStringList{QStringLiteral("cycle"), QStringLiteral("--from"), QStringLiteral("31.01.2025")} << 2
                                  << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("dates swapped") << QStringList{QStringLiteral("cycle"), QStringLiteral("--from"), QStringLiteral("2025-02-01"),
                                                      QStringLiteral("--to"), QStringLiteral("2025-01-01")}
                                       << 2 << QStringLiteral("swap them");
    }

    void badInputIsRefusedWithAHint()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, hint);
        const CliRunner::Run run = report(arguments);
        QCOMPARE(run.code, code);
        QVERIFY2(run.err.contains(hint), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliDealsReport)
#include "tst_cli_dealsreport.moc"
