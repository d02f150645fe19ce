#include "reportsfixture.h"
#include "reports/dealreportcsv.h"
#include "reports/dealreports.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace Kempt;
using namespace Kempt::Test;

// The CSV of every report, byte for byte, from the deals of reportsfixture.h.
class TestDealReportCsv : public QObject
{
    Q_OBJECT

private:
    static QString csvOf(const DealReports &reports, DealReports::Report report)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const Result r = DealReportCsv::write(reports, report, &buffer);
        if (!r)
            return QStringLiteral("failed: ") + r.message();
        return QString::fromUtf8(buffer.data());
    }

private Q_SLOTS:
    void everyReportIsWrittenExactly_data()
    {
        QTest::addColumn<int>("report");
        QTest::addColumn<bool>("annOnly");
        QTest::addColumn<QString>("expected");
        using R = DealReports::Report;
        // 2031-03: 10,001 + 8,000 = 180.01; 2,000.2 + 2,000 = 4,000.2 -> 40.00
        QTest::newRow("forecast") << int(R::Forecast) << false
                                  << QStringLiteral("month,deals,total,weighted,currency\r\n"
                                                    "2031-01,2,1400.00,300.00,EUR\r\n"
                                                    "2031-02,1,300.00,180.00,EUR\r\n"
                                                    "2031-03,2,180.01,40.00,EUR\r\n");
        // January 500 / 800 by value; March 300 / 350; all 800 / 1150.
        QTest::newRow("win rate by month") << int(R::WinRateByMonth) << false
                                           << QStringLiteral("month,won,lost,win_rate,won_value,lost_value,win_rate_by_value,currency\r\n"
                                                             "2025-01,1,1,0.5000,500.00,300.00,0.6250,EUR\r\n"
                                                             "2025-02,0,1,0.0000,0.00,0.00,0.0000,EUR\r\n"
                                                             "2025-03,2,1,0.6667,300.00,50.00,0.8571,EUR\r\n"
                                                             "all,3,3,0.5000,800.00,350.00,0.6957,EUR\r\n");
        QTest::newRow("win rate total") << int(R::WinRate) << false
                                        << QStringLiteral("won,lost,win_rate,won_value,lost_value,win_rate_by_value,currency\r\n"
                                                          "3,3,0.5000,800.00,350.00,0.6957,EUR\r\n");
        // (20 + 50.5 + 38) / 3 = 36.1666...
        QTest::newRow("cycle by month") << int(R::CycleLengthByMonth) << false
                                        << QStringLiteral("month,won_deals,average_days\r\n"
                                                          "2025-01,1,20.00\r\n"
                                                          "2025-03,2,44.25\r\n"
                                                          "all,3,36.17\r\n");
        QTest::newRow("cycle total") << int(R::CycleLength) << false << QStringLiteral("won_deals,average_days\r\n3,36.17\r\n");
        QTest::newRow("time in stage") << int(R::TimeInStage) << false
                                       << QStringLiteral("pipeline,stage,stays,average_days\r\n"
                                                         "Sales,Lead,3,11.67\r\n"
                                                         "Sales,Qualified,2,27.75\r\n"
                                                         "Sales,Proposal,0,0.00\r\n"
                                                         "Sales,Negotiation,0,0.00\r\n"
                                                         "Partners,Intro,1,10.00\r\n"
                                                         "Partners,Contract,1,28.00\r\n");
        QTest::newRow("won and lost") << int(R::Outcomes) << false
                                      << QStringLiteral("month,won,won_value,lost,lost_value,currency\r\n"
                                                        "2025-01,1,500.00,1,300.00,EUR\r\n"
                                                        "2025-02,0,0.00,1,0.00,EUR\r\n"
                                                        "2025-03,2,300.00,1,50.00,EUR\r\n");
        // Ann: W1 (January) and W3 (March) won; L3 (February, GBP) and L2 (March) lost.
        QTest::newRow("win rate of one owner") << int(R::WinRateByMonth) << true
                                               << QStringLiteral("month,won,lost,win_rate,won_value,lost_value,win_rate_by_value,currency\r\n"
                                                                 "2025-01,1,0,1.0000,500.00,0.00,1.0000,EUR\r\n"
                                                                 "2025-02,0,1,0.0000,0.00,0.00,0.0000,EUR\r\n"
                                                                 "2025-03,1,1,0.5000,100.00,50.00,0.6667,EUR\r\n"
                                                                 "all,2,2,0.5000,600.00,50.00,0.9231,EUR\r\n");
        QTest::newRow("cycle of one owner") << int(R::CycleLengthByMonth) << true
                                            << QStringLiteral("month,won_deals,average_days\r\n2025-01,1,20.00\r\n2025-03,1,38.00\r\nall,2,29.00\r\n");
    }

    void everyReportIsWrittenExactly()
    {
        QFETCH(int, report);
        QFETCH(bool, annOnly);
        QFETCH(QString, expected);
        ReportsFixture f;
        DealReports reports(f.ws->db());
        if (annOnly)
            reports.setOwner(f.users.value(QStringLiteral("Ann")));
        QCOMPARE(csvOf(reports, DealReports::Report(report)), expected);
    }

    void dealReportsWritesTheSameCsv()
    {
        ReportsFixture f;
        DealReports reports(f.ws->db());
        for (int i = 0; i <= int(DealReports::Report::CycleLengthByMonth); ++i) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(reports.writeCsv(DealReports::Report(i), &buffer));
            QCOMPARE(QString::fromUtf8(buffer.data()), csvOf(reports, DealReports::Report(i)));
        }
    }

    void aNothingToReportIsJustTheHeader()
    {
        ReportsFixture f;
        DealReports reports(f.ws->db());
        reports.setPeriod(QDate(2040, 1, 1), QDate());
        QCOMPARE(csvOf(reports, DealReports::Report::Forecast), QStringLiteral("month,deals,total,weighted,currency\r\n"));
        // The by-month kinds still give their (empty) total.
        QCOMPARE(csvOf(reports, DealReports::Report::CycleLengthByMonth), QStringLiteral("month,won_deals,average_days\r\nall,0,0.00\r\n"));
    }

    void namesThatLookLikeFormulasAreDefused()
    {
        ReportsFixture f;
        const Result r = f.ws->write(BatchKind::System, QStringLiteral("rename"), [&](QSqlDatabase db) {
            return PipelineStore(db).rename(f.partners.id, QStringLiteral("=HYPERLINK(\"x\")"));
        });
        QVERIFY2(r, qPrintable(r.message()));
        DealReports reports(f.ws->db());
        reports.setPipeline(f.partners.id);
        QCOMPARE(csvOf(reports, DealReports::Report::TimeInStage),
                 QStringLiteral("pipeline,stage,stays,average_days\r\n"
                                "\"'=HYPERLINK(\"\"x\"\")\",Intro,1,10.00\r\n"
                                "\"'=HYPERLINK(\"\"x\"\")\",Contract,1,28.00\r\n"));
    }

    void keysNameTheExportedReports()
    {
        QStringList keys;
        for (DealReports::Report r : DealReportCsv::exported()) {
            keys << DealReportCsv::key(r);
            QCOMPARE(DealReportCsv::fromKey(DealReportCsv::key(r)), std::optional<DealReports::Report>(r));
        }
        QCOMPARE(keys, QStringList({QStringLiteral("forecast"), QStringLiteral("win-rate"), QStringLiteral("cycle"),
                                    QStringLiteral("stage-time"), QStringLiteral("won-lost")}));
        QCOMPARE(DealReportCsv::fromKey(QStringLiteral(" Win-Rate-Total ")), std::optional<DealReports::Report>(DealReports::Report::WinRate));
        QVERIFY(!DealReportCsv::fromKey(QStringLiteral("pipeline")));
    }

    void saveWritesTheFileWhole()
    {
        ReportsFixture f;
        DealReports reports(f.ws->db());
        const QString path = f.ws.dir() + QStringLiteral("/forecast.csv");
        QVERIFY(DealReportCsv::save(reports, DealReports::Report::Forecast, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), csvOf(reports, DealReports::Report::Forecast));
    }

    void saveNamesTheFileItCannotWrite()
    {
        ReportsFixture f;
        DealReports reports(f.ws->db());
        const QString path = f.ws.dir() + QStringLiteral("/no such folder/forecast.csv");
        const Result r = DealReportCsv::save(reports, DealReports::Report::Forecast, path);
        QVERIFY(!r);
        QVERIFY2(r.message().contains(QStringLiteral("forecast.csv")), qPrintable(r.message()));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestDealReportCsv)
#include "tst_dealreportcsv.moc"
