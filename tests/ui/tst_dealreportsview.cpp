#include "dealreportchart.h"
#include "dealreportsview.h"
#include "support/scriptedpresenter.h"
#include "../models/reports/reportsfixture.h"

#include <QAbstractAxis>
#include <QValueAxis>
#include <QAbstractItemModelTester>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace Kempt;
using namespace Kempt::Test;

// The deal reports view offscreen, on the deals of reportsfixture.h: its figures and
// numbers per report, the filters, the empty states, following changes, and the exports.
class TestDealReportsView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReportsFixture> m_fixture;
    std::unique_ptr<ScriptedPresenter> m_presenter;
    std::unique_ptr<DealReportsView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    DealReportsView *view() const { return m_view.get(); }

    QStringList row(int r) const
    {
        QStringList cells;
        for (int c = 0; c < view()->numbers()->columnCount(); ++c)
            cells << view()->numbers()->index(r, c).data().toString();
        return cells;
    }

    QString lastRowFirstCell() const
    {
        return view()->numbers()->index(view()->numbers()->rowCount() - 1, 0).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Ireland reads euros with the symbol in front: "€1,400.00".
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
    }

    void init()
    {
        m_fixture = std::make_unique<ReportsFixture>();
        m_presenter = std::make_unique<ScriptedPresenter>();
        m_view = std::make_unique<DealReportsView>(m_fixture->ws.get());
        m_view->setPresenter(m_presenter.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_view->numbers());
        m_view->resize(1100, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        m_tester.reset();
        m_view.reset();
        m_presenter.reset();
        m_fixture.reset();
    }

    void theForecastChartsTheWeightedValueByMonth()
    {
        QCOMPARE(view()->report(), DealReportsView::Report::Forecast);
        QVERIFY(!view()->isEmptyState());
        // 30,000 + 18,000 + 4,000 cents weighted; 188,001 in total.
        QCOMPARE(view()->headline(), QStringLiteral("€520"));
        QVERIFY2(view()->headlineDetail().contains(QStringLiteral("€1,880")), qPrintable(view()->headlineDetail()));
        QCOMPARE(view()->numbers()->rowCount(), 4);
        QCOMPARE(row(0), QStringList({QStringLiteral("Jan 2031"), QStringLiteral("2"), QStringLiteral("€1,400.00"), QStringLiteral("€300.00")}));
        QCOMPARE(row(3), QStringList({QStringLiteral("Total"), QStringLiteral("5"), QStringLiteral("€1,880.01"), QStringLiteral("€520.00")}));
        QCOMPARE(view()->chart()->seriesCount(), 2);
        QCOMPARE(view()->chart()->categories(), QStringList({QStringLiteral("Jan 2031"), QStringLiteral("Feb 2031"), QStringLiteral("Mar 2031")}));
        const QStringList axis = view()->chart()->valueLabels();
        QVERIFY(axis.size() >= 3);
        QCOMPARE(axis.first(), QStringLiteral("€0"));
        for (const QString &label : axis)
            QVERIFY2(label.startsWith(QStringLiteral("€")), qPrintable(label));
    }

    void switchingReportsShowsTheirNumbers_data()
    {
        QTest::addColumn<int>("report");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("detailPart");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("series");
        QTest::addColumn<QStringList>("firstRow");
        using R = DealReportsView::Report;
        QTest::newRow("win rate") << int(R::WinRate) << QStringLiteral("50.0%") << QStringLiteral("69.6%") << 4 << 1
                                  << QStringList{QStringLiteral("Jan 2025"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("50.0%")};
        QTest::newRow("sales cycle") << int(R::CycleLength) << QStringLiteral("36.2 days") << QStringLiteral("over 3 won deals") << 3 << 1
                                     << QStringList{QStringLiteral("Jan 2025"), QStringLiteral("1"), QStringLiteral("20.0")};
        // Contract's 28 days beat Qualified's 27.75; two pipelines, so stages name theirs.
        QTest::newRow("time in stage") << int(R::StageTime) << QStringLiteral("28.0 days") << QStringLiteral("Partners · Contract") << 6 << 1
                                       << QStringList{QStringLiteral("Sales"), QStringLiteral("Lead"), QStringLiteral("3"), QStringLiteral("11.7")};
        QTest::newRow("won and lost") << int(R::WonLost) << QStringLiteral("3 won · 3 lost") << QStringLiteral("€800") << 4 << 2
                                      << QStringList{QStringLiteral("Jan 2025"), QStringLiteral("1"), QStringLiteral("€500.00"), QStringLiteral("1"),
                                                     QStringLiteral("€300.00")};
    }

    void switchingReportsShowsTheirNumbers()
    {
        QFETCH(int, report);
        QFETCH(QString, headline);
        QFETCH(QString, detailPart);
        QFETCH(int, rows);
        QFETCH(int, series);
        QFETCH(QStringList, firstRow);
        QSignalSpy reloaded(view(), &DealReportsView::reloaded);
        view()->setReport(DealReportsView::Report(report));
        QCOMPARE(reloaded.count(), 1);
        QCOMPARE(view()->report(), DealReportsView::Report(report));
        QVERIFY(!view()->isEmptyState());
        QCOMPARE(view()->headline(), headline);
        QVERIFY2(view()->headlineDetail().contains(detailPart), qPrintable(view()->headlineDetail()));
        QCOMPARE(view()->numbers()->rowCount(), rows);
        QCOMPARE(view()->chart()->seriesCount(), series);
        QCOMPARE(row(0), firstRow);
        QVERIFY(view()->pngButton()->isEnabled());
    }

    void theStageChartListsEveryStage()
    {
        view()->setReport(DealReportsView::Report::StageTime);
        QCOMPARE(view()->chart()->categories(),
                 QStringList({QStringLiteral("Sales · Lead"), QStringLiteral("Sales · Qualified"), QStringLiteral("Sales · Proposal"),
                              QStringLiteral("Sales · Negotiation"), QStringLiteral("Partners · Intro"), QStringLiteral("Partners · Contract")}));
        view()->setPipeline(m_fixture->partners.id);
        QCOMPARE(view()->chart()->categories(), QStringList({QStringLiteral("Intro"), QStringLiteral("Contract")}));
        // The axis counts from the bottom: the first stage is drawn on top.
        QCOMPARE(view()->chart()->axisCategories(), QStringList({QStringLiteral("Contract"), QStringLiteral("Intro")}));
    }

    void pipelineOwnerAndPeriodNarrowTheNumbers()
    {
        QCOMPARE(view()->pipelineChooser()->count(), 3); // all, Sales, Partners
        QCOMPARE(view()->ownerChooser()->count(), 3);    // all, Ann, Bob
        view()->setPipeline(m_fixture->partners.id);
        view()->setOwner(m_fixture->users.value(QStringLiteral("Bob")));
        // A4 alone: 10,001 × 20 % = 2,000.2 cents.
        QCOMPARE(view()->headline(), QStringLiteral("€20"));
        QCOMPARE(view()->numbers()->rowCount(), 2);
        view()->setReport(DealReportsView::Report::WinRate);
        QVERIFY(view()->isEmptyState()); // Bob closed nothing in Partners
        QVERIFY2(view()->emptyText().contains(QStringLiteral("Choose another period, pipeline or owner")), qPrintable(view()->emptyText()));
        view()->setPipeline(0);
        view()->setOwner(0);
        view()->setPeriod(QDate(2025, 3, 1), QDate(2025, 3, 31));
        QCOMPARE(view()->periodChooser()->currentData().toInt(), int(ReportPeriod::Preset::Custom));
        // March: W2 and W3 won, L2 lost.
        QCOMPARE(view()->headline(), QStringLiteral("66.7%"));
        view()->setPeriod(ReportPeriod::Preset::AllTime);
        QCOMPARE(view()->headline(), QStringLiteral("50.0%"));
    }

    void anEmptyWorkspaceSaysWhatToDo_data()
    {
        QTest::addColumn<int>("report");
        QTest::addColumn<QString>("advice");
        using R = DealReportsView::Report;
        QTest::newRow("forecast") << int(R::Forecast) << QStringLiteral("Give your open deals an expected close date");
        QTest::newRow("win rate") << int(R::WinRate) << QStringLiteral("No won or lost deals yet");
        QTest::newRow("sales cycle") << int(R::CycleLength) << QStringLiteral("No won deals yet");
        QTest::newRow("time in stage") << int(R::StageTime) << QStringLiteral("No deal has left a stage yet");
        QTest::newRow("won and lost") << int(R::WonLost) << QStringLiteral("No won or lost deals yet");
    }

    void anEmptyWorkspaceSaysWhatToDo()
    {
        QFETCH(int, report);
        QFETCH(QString, advice);
        TestWorkspace empty;
        DealReportsView reports(empty.get());
        reports.setReport(DealReportsView::Report(report));
        QVERIFY(reports.isEmptyState());
        QVERIFY2(reports.emptyText().contains(advice), qPrintable(reports.emptyText()));
        QCOMPARE(reports.numbers()->rowCount(), 0);
        QVERIFY(!reports.pngButton()->isEnabled());
        QVERIFY(reports.csvButton()->isEnabled());
    }

    void theViewFollowsChangesToDeals()
    {
        view()->setReport(DealReportsView::Report::WinRate);
        QSignalSpy reloaded(view(), &DealReportsView::reloaded);
        const Result r = m_fixture->ws->write(BatchKind::Edit, QStringLiteral("win"), [](QSqlDatabase db) {
            QSqlQuery q(db);
            return exec(q, QStringLiteral("UPDATE deals SET status = 'won', closed_at = '2025-03-20T00:00:00Z' WHERE title = 'A1'"));
        });
        QVERIFY2(r, qPrintable(r.message()));
        QVERIFY(reloaded.wait());
        // Four won against three lost.
        QCOMPARE(view()->headline(), QStringLiteral("57.1%"));
    }

    void aHiddenViewCatchesUpWhenShown()
    {
        view()->setReport(DealReportsView::Report::WonLost);
        view()->hide();
        QSignalSpy reloaded(view(), &DealReportsView::reloaded);
        const Result r = m_fixture->ws->write(BatchKind::Edit, QStringLiteral("lose"), [](QSqlDatabase db) {
            QSqlQuery q(db);
            return exec(q, QStringLiteral("UPDATE deals SET status = 'lost', closed_at = '2025-03-20T00:00:00Z' WHERE title = 'A1'"));
        });
        QVERIFY(r);
        QTest::qWait(0);
        QCOMPARE(reloaded.count(), 0);
        view()->show();
        QVERIFY(reloaded.wait());
        QCOMPARE(view()->headline(), QStringLiteral("3 won · 4 lost"));
    }

    void rightToLeftMirrorsTheChart()
    {
        QSignalSpy reloaded(view(), &DealReportsView::reloaded);
        view()->setLayoutDirection(Qt::RightToLeft);
        QVERIFY(reloaded.wait());
        QChart *chart = view()->chart()->chart();
        // Months run from the right, the amounts stand on the right.
        QCOMPARE(chart->axes(Qt::Vertical).value(0)->alignment(), Qt::AlignRight);
        QCOMPARE(view()->chart()->axisCategories(),
                 QStringList({QStringLiteral("Mar 2031"), QStringLiteral("Feb 2031"), QStringLiteral("Jan 2031")}));
        QCOMPARE(view()->chart()->categories().first(), QStringLiteral("Jan 2031"));
        // Stage bars grow from the right: their axis runs from minus the top to 0, read as amounts.
        view()->setReport(DealReportsView::Report::StageTime);
        QCOMPARE(chart->axes(Qt::Vertical).value(0)->alignment(), Qt::AlignRight);
        auto *values = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(values);
        QVERIFY(values->min() < 0);
        QCOMPARE(values->max(), 0.0);
        QCOMPARE(view()->chart()->valueLabels().last(), QStringLiteral("0"));
    }

    void exportPngWritesTheChart_data()
    {
        QTest::addColumn<int>("report");
        for (int r = 0; r <= int(DealReportsView::Report::WonLost); ++r)
            QTest::newRow(qPrintable(QString::number(r))) << r;
    }

    void exportPngWritesTheChart()
    {
        QFETCH(int, report);
        view()->setReport(DealReportsView::Report(report));
        // Typed without an extension: the view adds it.
        const QString path = m_fixture->ws.dir() + QStringLiteral("/chart");
        m_presenter->fileNames << path;
        QVERIFY(view()->exportPng());
        QVERIFY(m_presenter->errors.isEmpty());
        QImage image(path + QStringLiteral(".png"));
        QVERIFY(!image.isNull());
        QVERIFY2(image.width() >= 360 && image.height() >= 260, qPrintable(QStringLiteral("%1×%2").arg(image.width()).arg(image.height())));
        QVERIFY(QFile(path + QStringLiteral(".png")).size() > 5000);
        // A drawn chart, not a blank rectangle: bars, lines and text in several colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void exportCsvWritesTheReportShown()
    {
        view()->setReport(DealReportsView::Report::WinRate);
        const QString path = m_fixture->ws.dir() + QStringLiteral("/win-rate.csv");
        m_presenter->fileNames << path;
        QVERIFY(view()->exportCsv());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()),
                 QStringLiteral("month,won,lost,win_rate,won_value,lost_value,win_rate_by_value,currency\r\n"
                                "2025-01,1,1,0.5000,500.00,300.00,0.6250,EUR\r\n"
                                "2025-02,0,1,0.0000,0.00,0.00,0.0000,EUR\r\n"
                                "2025-03,2,1,0.6667,300.00,50.00,0.8571,EUR\r\n"
                                "all,3,3,0.5000,800.00,350.00,0.6957,EUR\r\n"));
    }

    void exportCsvFollowsTheFilters()
    {
        view()->setReport(DealReportsView::Report::CycleLength);
        view()->setOwner(m_fixture->users.value(QStringLiteral("Ann")));
        const QString path = m_fixture->ws.dir() + QStringLiteral("/cycle.csv");
        m_presenter->fileNames << path;
        QVERIFY(view()->exportCsv());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()),
                 QStringLiteral("month,won_deals,average_days\r\n2025-01,1,20.00\r\n2025-03,1,38.00\r\nall,2,29.00\r\n"));
    }

    void cancellingAnExportWritesNothing()
    {
        QVERIFY(!view()->exportPng());
        QVERIFY(!view()->exportCsv());
        QVERIFY(m_presenter->errors.isEmpty());
    }

    void anExportThatFailsSaysWhichFile()
    {
        const QString path = m_fixture->ws.dir() + QStringLiteral("/missing folder/forecast.csv");
        m_presenter->fileNames << path << m_fixture->ws.dir() + QStringLiteral("/missing folder/forecast.png");
        QVERIFY(!view()->exportCsv());
        QVERIFY(!view()->exportPng());
        QCOMPARE(m_presenter->errors.size(), 2);
        QVERIFY2(m_presenter->errors.at(0).contains(QStringLiteral("forecast.csv")), qPrintable(m_presenter->errors.at(0)));
        QVERIFY2(m_presenter->errors.at(1).contains(QStringLiteral("forecast.png")), qPrintable(m_presenter->errors.at(1)));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestDealReportsView)
#include "tst_dealreportsview.moc"
