#include "bulkupdatedialog.h"
#include "fieldvalueeditor.h"
#include "fixpreviewdialog.h"
#include "mainwindow.h"
#include "qualitydashboard.h"
#include "qualityfixactions.h"
#include "qualityscoretile.h"
#include "qualitytrendchart.h"
#include "recordspage.h"
#include "support/scriptedpresenter.h"
#include "qualityworkspace.h"
#include "csvrecords.h"

#include "audit/fixplanner.h"
#include "audit/guideenginecache.h"
#include "itemmodels/fixsamplemodel.h"
#include "itemmodels/qualitycolumn.h"
#include "itemmodels/qualityproblemmodel.h"
#include "itemmodels/recordtablemodel.h"
#include "stores/qualityissuestore.h"
#include "stores/savedviewstore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Kempt;

namespace {

QSet<qint64> shownIds(RecordTableModel *model)
{
    QSet<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->idAt(row));
    return ids;
}

} // namespace

// The data-quality dashboard in the main window, offscreen: its numbers, the click-through
// to the records, the fixes it starts, the background re-audit and the export.
class TestQualityDashboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<Test::QualityWorkspace> m_ws;
    std::unique_ptr<Test::ScriptedPresenter> m_presenter;
    std::unique_ptr<MainWindow> m_window;

    QualityDashboard *dashboard() const { return m_window->qualityDashboard(); }

    void selectRule(const QString &ruleId)
    {
        const int row = dashboard()->problemModel()->rowOfRule(ruleId);
        QVERIFY2(row >= 0, qPrintable(ruleId));
        dashboard()->selectProblem(row);
        QCOMPARE(dashboard()->currentProblem().ruleId, ruleId);
    }

    template <typename T>
    T *clickForDialog(const QString &button)
    {
        QSignalSpy opened(m_window.get(), &MainWindow::dialogOpened);
        QPushButton *b = dashboard()->actionButton(button);
        if (!b || !b->isVisible() || !b->isEnabled())
            return nullptr;
        b->click();
        return opened.isEmpty() ? nullptr : qobject_cast<T *>(opened.last().first().value<QDialog *>());
    }

    qint64 dryRun(const QString &ruleId)
    {
        StyleGuide guide;
        FixSummary summary;
        if (FixPlanner::guideFor((*m_ws)->db(), ruleId, &guide))
            FixPlanner((*m_ws)->db(), RuleEngine(guide, QString(), GuideEngineCache::auditMoment())).preview(&summary);
        return summary.records;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("KemptTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_qualitydashboard"));
    }

    void init()
    {
        QSettings().clear();
        m_ws = std::make_unique<Test::QualityWorkspace>();
        m_presenter = std::make_unique<Test::ScriptedPresenter>();
        m_window = std::make_unique<MainWindow>(m_ws->get(), m_presenter.get());
        m_window->resize(1360, 840);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->sidebar()->select(Sidebar::Place::QualityDashboard);
        QCOMPARE(m_window->currentPage(), nullptr);
        QVERIFY(dashboard()->isVisible());
    }

    void cleanup()
    {
        m_window.reset();
        m_presenter.reset();
        m_ws.reset();
    }

    void theTilesShowTheScoresOfTheStoredAudit()
    {
        QList<QualityIssueStore::Snapshot> snapshots;
        QVERIFY(QualityIssueStore((*m_ws)->db()).snapshots(1, &snapshots).ok());
        const AuditScores &s = snapshots.first().scores;
        const QList<double> expected = {s.overall, s.completeness, s.validity, s.consistency, s.uniqueness, s.freshness};
        for (int i = 0; i < QualityDashboard::ScoreCount; ++i)
            QCOMPARE(dashboard()->tile(QualityDashboard::Score(i))->valueText(), QLocale().toString(expected.at(i), 'f', 1));
        QCOMPARE(dashboard()->trendChart()->pointCount(), 1);
    }

    void theProblemListCountsWhatTheEngineFound()
    {
        QualityProblemModel *model = dashboard()->problemModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<QualityIssueStore::RuleIssues> rules;
        QVERIFY(QualityIssueStore((*m_ws)->db()).countsByRule(&rules).ok());
        for (const QualityIssueStore::RuleIssues &rule : rules) {
            const int row = model->rowOfRule(rule.rule);
            QVERIFY2(row >= 0, qPrintable(rule.rule));
            QCOMPARE(model->index(row, QualityProblemModel::RecordsColumn).data(QualityProblemModel::RecordsRole).toLongLong(),
                     rule.records);
            QCOMPARE(model->index(row, QualityProblemModel::RecordsColumn).data().toString(), QLocale().toString(rule.records));
        }
    }

    void showingAProblemListsExactlyItsRecordsAsASavableView()
    {
        selectRule(QStringLiteral("contact.owner.required"));
        dashboard()->actionButton(QStringLiteral("showRecords"))->click();
        RecordsPage *page = m_window->contactsPage();
        QCOMPARE(m_window->currentPage(), page);
        QCOMPARE(m_window->sidebar()->currentPlace(), Sidebar::Place::Contacts);
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QSet<qint64> expected = m_ws->recordsWith(QStringLiteral("contact.owner.required"));
        QCOMPARE(shownIds(page->model()), expected);

        m_presenter->texts.enqueue(QStringLiteral("Contacts without owner"));
        m_window->action(QStringLiteral("saveView"))->trigger();
        const std::optional<SavedView> view = SavedViewStore((*m_ws)->db()).find(Entity::Contact, QStringLiteral("Contacts without owner"));
        QVERIFY(view);
        QCOMPARE(view->filter, QualityColumn::filter(Entity::Contact, QStringLiteral("contact.owner.required")));
        m_window->sidebar()->select(Sidebar::Place::Contacts);
        QCOMPARE(page->model()->totalCount(), qint64(300));
        m_window->showPlace(Sidebar::Place::SavedView, view->id);
        QCOMPARE(shownIds(page->model()), expected);
    }

    void applyingARulesFixesPreviewsThenWritesOneUndoableBatch()
    {
        const QString rule = QStringLiteral("contact.email.format");
        selectRule(rule);
        const qint64 expected = dryRun(rule);
        QVERIFY(expected >= 5);
        auto *dialog = clickForDialog<FixPreviewDialog>(QStringLiteral("applyFixes"));
        QVERIFY(dialog);
        QSignalSpy counted(dialog, &FixPreviewDialog::counted);
        QVERIFY(dialog->isCounted() || counted.wait(30000));
        QCOMPARE(dialog->impact().changes, expected);
        QVERIFY(dialog->samples()->rowCount() > 0);
        const int steps = (*m_ws)->undoStack()->count();
        dialog->accept();
        QCOMPARE((*m_ws)->undoStack()->count(), steps + 1);
        QCOMPARE(dryRun(rule), qint64(0));
        (*m_ws)->undoStack()->undo();
        QCOMPARE(dryRun(rule), expected);
    }

    void fillingInAMissingFieldSetsItOnEveryRecordWithoutIt()
    {
        const QString rule = QStringLiteral("contact.owner.required");
        selectRule(rule);
        const QSet<qint64> missing = m_ws->recordsWith(rule);
        QVERIFY(missing.size() >= 5);
        auto *dialog = clickForDialog<BulkUpdateDialog>(QStringLiteral("fillIn"));
        QVERIFY(dialog);
        QCOMPARE(dialog->field().key, QStringLiteral("owner"));
        QCOMPARE(dialog->recordCount(), qint64(missing.size()));
        dialog->valueEditor()->setValue(QStringLiteral("Maria Schneider"));
        dialog->accept();
        QVERIFY(m_presenter->confirmations.last().contains(QStringLiteral("Maria Schneider")));
        QVERIFY(m_ws->recordsWith(rule).isEmpty());
        for (qint64 id : missing)
            QCOMPARE(m_ws->scalar(QStringLiteral("SELECT u.name FROM contacts c JOIN users u ON u.id = c.owner_id WHERE c.id = ?"), {id})
                         .toString(),
                     QStringLiteral("Maria Schneider"));
        (*m_ws)->undoStack()->undo();
        QCOMPARE(m_ws->recordsWith(rule), missing);
    }

    void staleContactsCanBeFlaggedExportedAndMovedToTheTrash()
    {
        const QString rule = QStringLiteral("contact.stale");
        selectRule(rule);
        const QSet<qint64> stale = m_ws->recordsWith(rule);
        QVERIFY(stale.size() >= 6);

        m_presenter->texts.enqueue(QStringLiteral("Re-confirm"));
        dashboard()->actionButton(QStringLiteral("flagStale"))->click();
        QCOMPARE(m_ws->scalar(QStringLiteral("SELECT count(*) FROM contact_tags l JOIN tags g ON g.id = l.tag_id WHERE g.name = 'Re-confirm'"))
                     .toLongLong(),
                 qint64(stale.size()));

        const QString csv = m_settings.filePath(QStringLiteral("stale.csv"));
        m_presenter->fileNames.enqueue(csv);
        QSignalSpy exported(dashboard()->fixActions(), &QualityFixActions::exportFinished);
        dashboard()->actionButton(QStringLiteral("exportStale"))->click();
        QVERIFY(exported.wait(30000));
        QVERIFY(exported.first().first().toBool());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = Test::csvRecords(file.readAll());
        QCOMPARE(rows.size(), stale.size() + 1);
        QSet<qint64> ids;
        for (int i = 1; i < rows.size(); ++i)
            ids.insert(rows.at(i).first().toLongLong());
        QCOMPARE(ids, stale);

        dashboard()->actionButton(QStringLiteral("trashStale"))->click();
        QVERIFY(m_presenter->confirmations.last().startsWith(QStringLiteral("Move to Trash")));
        QCOMPARE(m_ws->scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NOT NULL")).toLongLong(),
                 qint64(stale.size()));
        (*m_ws)->undoStack()->undo();
        QCOMPARE(m_ws->scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NOT NULL")).toLongLong(), qint64(0));
    }

    void theDuplicateReviewIsOfferedOnlyOnceSomethingAnswersIt()
    {
        QualityProblemModel *model = dashboard()->problemModel();
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->problemAt(r).isDuplicates() && model->problemAt(r).entity == Entity::Contact)
                row = r;
        QVERIFY2(row >= 0, "the sample data has contacts sharing an e-mail or phone");
        // The main window's Duplicates section answers it; without that the button goes.
        disconnect(dashboard(), &QualityDashboard::duplicateReviewRequested, nullptr, nullptr);
        dashboard()->selectProblem(row);
        QTRY_VERIFY(!dashboard()->actionButton(QStringLiteral("reviewDuplicates"))->isVisible());
        QVERIFY(!dashboard()->actionButton(QStringLiteral("showRecords"))->isVisible());
        QList<Entity> requested;
        const auto wire = connect(dashboard(), &QualityDashboard::duplicateReviewRequested, this,
                                  [&requested](Entity e) { requested << e; });
        QVERIFY(dashboard()->actionButton(QStringLiteral("reviewDuplicates"))->isVisible());
        dashboard()->actionButton(QStringLiteral("reviewDuplicates"))->click();
        QCOMPARE(requested, QList<Entity>{Entity::Contact});
        disconnect(wire);
        QTRY_VERIFY(!dashboard()->actionButton(QStringLiteral("reviewDuplicates"))->isVisible());
    }

    void aReAuditRunsInTheBackgroundAndRefreshesTheNumbers()
    {
        const qint64 before = dashboard()->overview().latest().id;
        const QString rule = QStringLiteral("contact.owner.required");
        // Two more contacts lose their owner; the stored audit does not know yet.
        QVERIFY((*m_ws)->write(BatchKind::Edit, QStringLiteral("owners leave"), [](QSqlDatabase db) {
                        QSqlQuery q(db);
                        return exec(q, QStringLiteral("UPDATE contacts SET owner_id = NULL WHERE id IN (20, 21)"));
                    }).ok());
        QSignalSpy finished(dashboard(), &QualityDashboard::auditFinished);
        dashboard()->startAudit();
        QVERIFY(dashboard()->isAuditRunning());
        QVERIFY(!dashboard()->actionButton(QStringLiteral("showRecords"))->isEnabled());
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().toBool());
        QVERIFY(dashboard()->overview().latest().id > before);
        const int row = dashboard()->problemModel()->rowOfRule(rule);
        QCOMPARE(dashboard()->problemModel()->problemAt(row).records, qint64(m_ws->recordsWith(rule).size()));
        QVERIFY(!dashboard()->overview().outOfDate());
        QCOMPARE(dashboard()->trendChart()->pointCount(), 2);
    }

    void theDashboardExportsAsPngAndPdf()
    {
        const QString png = m_settings.filePath(QStringLiteral("dashboard.png"));
        const QString pdf = m_settings.filePath(QStringLiteral("dashboard.pdf"));
        QVERIFY(dashboard()->exportPng(png).ok());
        QVERIFY(dashboard()->exportPdf(pdf).ok());
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= dashboard()->content()->width());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        m_presenter->fileNames.enqueue(m_settings.filePath(QStringLiteral("report.pdf")));
        dashboard()->exportReport();
        QVERIFY(QFile::exists(m_settings.filePath(QStringLiteral("report.pdf"))));
        QVERIFY(m_presenter->errors.isEmpty());
    }
};

QTEST_MAIN(TestQualityDashboard)
#include "tst_qualitydashboard.moc"
