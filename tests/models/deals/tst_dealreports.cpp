#include "dealfixture.h"
#include "reports/dealreports.h"
#include "storage/sqlerror.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTest>

using namespace Kempt;
using namespace Kempt::Test;

namespace {

// Every number below is worked out by hand from these rows (amounts in cents).
//
// Open deals (stage default probability unless given):
//   O1 Lead         1,000,000 EUR  close 2030-01-10               -> weighted 100,000
//   O2 Proposal       200,000 EUR  close 2030-01-25  prob 0.90    -> weighted 180,000
//   O3 Negotiation    500,000 EUR  close 2030-02-03               -> weighted 375,000
//   O4 Qualified      100,000 USD  close 2030-02-14               -> counted, not summed
//   O5 Lead             3,333 EUR  no close date                  -> not in the forecast
//   O6 Lead         9,999,999 EUR  close 2030-01-01, in the trash -> never counts
//   O7 Qualified        3,333 EUR  close 2030-03-01               -> weighted 833.25
//   O8 Lead                 5 EUR  close 2030-03-02               -> weighted 0.5 (2030-03: 833.75 -> 834)
// Closed deals:
//   W1 won   400,000 EUR  created 2024-01-01T00:00  closed 2024-01-11T00:00  (10 days)
//   W2 won   100,000 EUR  created 2024-01-05T00:00  closed 2024-02-04T12:00  (30.5 days)
//   L1 lost  250,000 EUR  created 2024-01-10T00:00  closed 2024-02-10T00:00
//   L2 lost   50,000 USD  created 2024-01-15T00:00  closed 2024-02-20T00:00
//   W3 won   777,777 EUR  closed 2024-01-20, in the trash -> never counts
// Stays (finished ones count; O1's open stay does not):
//   W1 Lead 2024-01-01 -> 01-03 (2 d), Qualified 01-03 -> 01-07T12 (4.5 d), Proposal 01-07T12 -> 01-11 (3.5 d)
//   W2 Lead 2024-01-05 -> 01-09 (4 d), Qualified 01-09 -> 02-04T12 (26.5 d)
//   L1 Lead 2024-01-10 -> 02-10 (31 d)
//   W3 Lead 2024-01-01 -> 01-20 (19 d), in the trash
struct Fixture
{
    TestWorkspace ws;
    Pipeline sales;

    Fixture()
    {
        sales = addSales(ws.get());
        const Result r = ws->write(BatchKind::Import, QStringLiteral("report data"), [this](QSqlDatabase db) { return seed(db); });
        if (!r)
            qFatal("%s", qPrintable(r.message()));
    }

    qint64 stage(int i) const { return sales.stages.at(i).id; }

    Result seed(QSqlDatabase db)
    {
        struct Row
        {
            const char *title;
            int stage;
            qint64 value;
            const char *currency;
            const char *close;
            QVariant probability;
            const char *status;
            const char *created;
            const char *closed;
            bool trashed;
        };
        const QVariant none(QMetaType(QMetaType::Double));
        const QList<Row> deals = {
            {"O1", 0, 1000000, "EUR", "2030-01-10", none, "open", "2029-12-01T00:00:00Z", "", false},
            {"O2", 2, 200000, "EUR", "2030-01-25", 0.9, "open", "2029-12-01T00:00:00Z", "", false},
            {"O3", 3, 500000, "EUR", "2030-02-03", none, "open", "2029-12-01T00:00:00Z", "", false},
            {"O4", 1, 100000, "USD", "2030-02-14", none, "open", "2029-12-01T00:00:00Z", "", false},
            {"O5", 0, 3333, "EUR", "", none, "open", "2029-12-01T00:00:00Z", "", false},
            {"O6", 0, 9999999, "EUR", "2030-01-01", none, "open", "2029-12-01T00:00:00Z", "", true},
            {"O7", 1, 3333, "EUR", "2030-03-01", none, "open", "2029-12-01T00:00:00Z", "", false},
            {"O8", 0, 5, "EUR", "2030-03-02", none, "open", "2029-12-01T00:00:00Z", "", false},
            {"W1", 2, 400000, "EUR", "2024-01-11", none, "won", "2024-01-01T00:00:00Z", "2024-01-11T00:00:00Z", false},
            {"W2", 1, 100000, "EUR", "2024-02-04", none, "won", "2024-01-05T00:00:00Z", "2024-02-04T12:00:00Z", false},
            {"L1", 0, 250000, "EUR", "2024-02-10", none, "lost", "2024-01-10T00:00:00Z", "2024-02-10T00:00:00Z", false},
            {"L2", 0, 50000, "USD", "2024-02-20", none, "lost", "2024-01-15T00:00:00Z", "2024-02-20T00:00:00Z", false},
            {"W3", 0, 777777, "EUR", "2024-01-20", none, "won", "2024-01-01T00:00:00Z", "2024-01-20T00:00:00Z", true},
        };
        QSqlQuery q(db);
        QHash<QString, qint64> ids;
        for (const Row &d : deals) {
            const Result r = exec(q, QStringLiteral("INSERT INTO deals(title, value_minor, currency, pipeline_id, stage_id, expected_close, "
                                                    "probability, status, created_at, closed_at, deleted_at, lost_reason) "
                                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                  {QString::fromLatin1(d.title), d.value, QString::fromLatin1(d.currency), sales.id, stage(d.stage),
                                   QString::fromLatin1(d.close), d.probability, QString::fromLatin1(d.status), QString::fromLatin1(d.created),
                                   QString::fromLatin1(d.closed),
                                   d.trashed ? QVariant(QStringLiteral("2024-06-01T00:00:00Z")) : QVariant(QMetaType(QMetaType::LongLong)),
                                   QString::fromLatin1(qstrcmp(d.status, "lost") == 0 ? "Price" : "")});
            if (!r)
                return r;
            ids.insert(QString::fromLatin1(d.title), q.lastInsertId().toLongLong());
        }
        struct Stay
        {
            const char *deal;
            int stage;
            const char *entered;
            const char *left;
        };
        const QList<Stay> stays = {
            {"W1", 0, "2024-01-01T00:00:00Z", "2024-01-03T00:00:00Z"},
            {"W1", 1, "2024-01-03T00:00:00Z", "2024-01-07T12:00:00Z"},
            {"W1", 2, "2024-01-07T12:00:00Z", "2024-01-11T00:00:00Z"},
            {"W2", 0, "2024-01-05T00:00:00Z", "2024-01-09T00:00:00Z"},
            {"W2", 1, "2024-01-09T00:00:00Z", "2024-02-04T12:00:00Z"},
            {"L1", 0, "2024-01-10T00:00:00Z", "2024-02-10T00:00:00Z"},
            {"W3", 0, "2024-01-01T00:00:00Z", "2024-01-20T00:00:00Z"},
            {"O1", 0, "2024-03-01T00:00:00Z", ""},
        };
        for (const Stay &s : stays)
            if (const Result r = exec(q, QStringLiteral("INSERT INTO deal_stage_history(deal_id, stage_id, entered_at, left_at) VALUES (?, ?, ?, ?)"),
                                      {ids.value(QString::fromLatin1(s.deal)), stage(s.stage), QString::fromLatin1(s.entered),
                                       QString::fromLatin1(s.left)});
                !r)
                return r;
        return Result::success();
    }
};

QString csvOf(const DealReports &reports, DealReports::Report which)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Result r = reports.writeCsv(which, &buffer);
    if (!r)
        qFatal("%s", qPrintable(r.message()));
    return QString::fromUtf8(buffer.data());
}

} // namespace

class TestDealReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theForecastWeighsOpenDealsByExpectedCloseMonth_data()
    {
        QTest::addColumn<QDate>("month");
        QTest::addColumn<int>("deals");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("weighted");
        // 2030-01: O1 + O2 -> 1,000,000 + 200,000; 100,000 + 180,000
        QTest::newRow("2030-01") << QDate(2030, 1, 1) << 2 << qint64(1200000) << qint64(280000);
        // 2030-02: O3 (EUR) and O4 (USD, counted only)
        QTest::newRow("2030-02") << QDate(2030, 2, 1) << 2 << qint64(500000) << qint64(375000);
        // 2030-03: O7 + O8 -> 3,333 + 5; 833.25 + 0.5 = 833.75, rounded once at the end
        QTest::newRow("2030-03") << QDate(2030, 3, 1) << 2 << qint64(3338) << qint64(834);
    }

    void theForecastWeighsOpenDealsByExpectedCloseMonth()
    {
        QFETCH(QDate, month);
        QFETCH(int, deals);
        QFETCH(qint64, total);
        QFETCH(qint64, weighted);
        Fixture f;
        DealReports reports(f.ws->db());
        QCOMPARE(reports.currency(), QStringLiteral("EUR"));
        QList<DealReports::ForecastMonth> months;
        QVERIFY(reports.forecast(&months));
        QCOMPARE(months.size(), 3);
        const auto it = std::find_if(months.cbegin(), months.cend(), [&](const DealReports::ForecastMonth &m) { return m.month == month; });
        QVERIFY(it != months.cend());
        QCOMPARE(it->deals, deals);
        QCOMPARE(it->totalMinor, total);
        QCOMPARE(it->weightedMinor, weighted);
    }

    void theForecastFollowsThePeriodAndTheCurrency()
    {
        Fixture f;
        DealReports reports(f.ws->db());
        reports.setPeriod(QDate(2030, 2, 1), QDate(2030, 2, 28));
        QList<DealReports::ForecastMonth> months;
        QVERIFY(reports.forecast(&months));
        QCOMPARE(months.size(), 1);
        QCOMPARE(months.first().weightedMinor, qint64(375000));
        reports.setCurrency(QStringLiteral("usd"));
        QVERIFY(reports.forecast(&months));
        QCOMPARE(months.first().totalMinor, qint64(100000));
        QCOMPARE(months.first().weightedMinor, qint64(25000)); // 100,000 × 25 %
    }

    void winRateCountsWonAgainstClosed_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("won");
        QTest::addColumn<int>("lost");
        QTest::addColumn<qint64>("wonValue");
        QTest::addColumn<qint64>("lostValue");
        QTest::addColumn<double>("rate");
        QTest::addColumn<double>("rateByValue");
        // W1, W2 won; L1, L2 lost; L2's USD stays out of the values.
        QTest::newRow("all time") << QDate() << QDate() << 2 << 2 << qint64(500000) << qint64(250000) << 0.5 << 500000.0 / 750000.0;
        // February: W2 won; L1 and L2 lost.
        QTest::newRow("February 2024") << QDate(2024, 2, 1) << QDate(2024, 2, 29) << 1 << 2 << qint64(100000) << qint64(250000)
                                       << 1.0 / 3.0 << 100000.0 / 350000.0;
        QTest::newRow("nothing closed") << QDate(2025, 1, 1) << QDate() << 0 << 0 << qint64(0) << qint64(0) << 0.0 << 0.0;
    }

    void winRateCountsWonAgainstClosed()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, won);
        QFETCH(int, lost);
        QFETCH(qint64, wonValue);
        QFETCH(qint64, lostValue);
        QFETCH(double, rate);
        QFETCH(double, rateByValue);
        Fixture f;
        DealReports reports(f.ws->db());
        reports.setPeriod(from, to);
        DealReports::WinRate w;
        QVERIFY(reports.winRate(&w));
        QCOMPARE(w.won, won);
        QCOMPARE(w.lost, lost);
        QCOMPARE(w.wonMinor, wonValue);
        QCOMPARE(w.lostMinor, lostValue);
        QCOMPARE(w.byCount(), rate);
        QCOMPARE(w.byValue(), rateByValue);
    }

    void theSalesCycleRunsFromCreatedToWon_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("deals");
        QTest::addColumn<double>("days");
        QTest::newRow("all time") << QDate() << 2 << (10.0 + 30.5) / 2; // W1 and W2
        QTest::newRow("since February") << QDate(2024, 2, 1) << 1 << 30.5;
        QTest::newRow("nothing won") << QDate(2025, 1, 1) << 0 << 0.0;
    }

    void theSalesCycleRunsFromCreatedToWon()
    {
        QFETCH(QDate, from);
        QFETCH(int, deals);
        QFETCH(double, days);
        Fixture f;
        DealReports reports(f.ws->db());
        reports.setPeriod(from, QDate());
        DealReports::CycleLength c;
        QVERIFY(reports.cycleLength(&c));
        QCOMPARE(c.deals, deals);
        QVERIFY2(qAbs(c.averageDays - days) < 1e-6, qPrintable(QString::number(c.averageDays)));
    }

    void timeInStageAveragesFinishedStays_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<int>("stays");
        QTest::addColumn<double>("days");
        QTest::newRow("Lead") << QStringLiteral("Lead") << 3 << (2.0 + 4.0 + 31.0) / 3;
        QTest::newRow("Qualified") << QStringLiteral("Qualified") << 2 << (4.5 + 26.5) / 2;
        QTest::newRow("Proposal") << QStringLiteral("Proposal") << 1 << 3.5;
        QTest::newRow("Negotiation") << QStringLiteral("Negotiation") << 0 << 0.0;
    }

    void timeInStageAveragesFinishedStays()
    {
        QFETCH(QString, stage);
        QFETCH(int, stays);
        QFETCH(double, days);
        Fixture f;
        DealReports reports(f.ws->db());
        QList<DealReports::StageTime> rows;
        QVERIFY(reports.timeInStage(&rows));
        QStringList order;
        for (const DealReports::StageTime &s : std::as_const(rows))
            order << s.stage;
        QCOMPARE(order, QStringList({QStringLiteral("Lead"), QStringLiteral("Qualified"), QStringLiteral("Proposal"), QStringLiteral("Negotiation")}));
        const auto it = std::find_if(rows.cbegin(), rows.cend(), [&](const DealReports::StageTime &s) { return s.stage == stage; });
        QCOMPARE(it->stays, stays);
        QVERIFY2(qAbs(it->averageDays - days) < 1e-6, qPrintable(QString::number(it->averageDays)));
    }

    void wonAndLostAreCountedPerMonth()
    {
        Fixture f;
        DealReports reports(f.ws->db());
        QList<DealReports::MonthOutcome> months;
        QVERIFY(reports.outcomes(&months));
        QCOMPARE(months.size(), 2);
        // January: W1. February: W2, L1 and L2 (USD, counted only).
        QCOMPARE(months.at(0).month, QDate(2024, 1, 1));
        QCOMPARE(months.at(0).won, 1);
        QCOMPARE(months.at(0).wonMinor, qint64(400000));
        QCOMPARE(months.at(0).lost, 0);
        QCOMPARE(months.at(1).month, QDate(2024, 2, 1));
        QCOMPARE(months.at(1).won, 1);
        QCOMPARE(months.at(1).wonMinor, qint64(100000));
        QCOMPARE(months.at(1).lost, 2);
        QCOMPARE(months.at(1).lostMinor, qint64(250000));
    }

    void stageSummaryMatchesTheBoardsHeaders()
    {
        Fixture f;
        DealReports reports(f.ws->db());
        reports.setPipeline(f.sales.id);
        QList<DealReports::StageSummary> rows;
        QVERIFY(reports.stageSummary(&rows));
        QCOMPARE(rows.size(), 4);
        // Lead: O1, O5, O8 (O6 is in the trash). 1,003,338 × 10 % = 100,333.8
        QCOMPARE(rows.at(0).deals, 3);
        QCOMPARE(rows.at(0).totalMinor, qint64(1003338));
        QCOMPARE(rows.at(0).weightedMinor, qint64(100334));
        // Qualified: O4 (USD) and O7.
        QCOMPARE(rows.at(1).deals, 2);
        QCOMPARE(rows.at(1).totalMinor, qint64(3333));
        QCOMPARE(rows.at(1).otherCurrency, 1);
    }

    void reportsExportAsCsv_data()
    {
        QTest::addColumn<int>("report");
        QTest::addColumn<QString>("expected");
        QTest::newRow("forecast") << int(DealReports::Report::Forecast)
                                  << QStringLiteral("month,deals,total,weighted,currency\r\n2030-01,2,12000.00,2800.00,EUR\r\n"
                                                    "2030-02,2,5000.00,3750.00,EUR\r\n2030-03,2,33.38,8.34,EUR\r\n");
        QTest::newRow("win rate") << int(DealReports::Report::WinRate)
                                  << QStringLiteral("won,lost,win_rate,won_value,lost_value,win_rate_by_value,currency\r\n"
                                                    "2,2,0.5000,5000.00,2500.00,0.6667,EUR\r\n");
        QTest::newRow("cycle length") << int(DealReports::Report::CycleLength) << QStringLiteral("won_deals,average_days\r\n2,20.25\r\n");
        QTest::newRow("time in stage") << int(DealReports::Report::TimeInStage)
                                       << QStringLiteral("pipeline,stage,stays,average_days\r\nSales,Lead,3,12.33\r\nSales,Qualified,2,15.50\r\n"
                                                         "Sales,Proposal,1,3.50\r\nSales,Negotiation,0,0.00\r\n");
        QTest::newRow("outcomes") << int(DealReports::Report::Outcomes)
                                  << QStringLiteral("month,won,won_value,lost,lost_value,currency\r\n2024-01,1,4000.00,0,0.00,EUR\r\n"
                                                    "2024-02,1,1000.00,2,2500.00,EUR\r\n");
    }

    void reportsExportAsCsv()
    {
        QFETCH(int, report);
        QFETCH(QString, expected);
        Fixture f;
        QCOMPARE(csvOf(DealReports(f.ws->db()), DealReports::Report(report)), expected);
    }
};

QTEST_GUILESS_MAIN(TestDealReports)
#include "tst_dealreports.moc"
