#include "bulkupdatedialog.h"
#include "duplicatereviewpanel.h"
#include "duplicatesection.h"
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
#include "dedup/duplicategroupstore.h"
#include "dedup/duplicatescanjob.h"
#include "itemmodels/duplicategroupmodel.h"
#include "audit/guideenginecache.h"
#include "itemmodels/fixsamplemodel.h"
#include "itemmodels/qualitycolumn.h"
#include "itemmodels/qualityproblemmodel.h"
#include "itemmodels/recordtablemodel.h"
#include "stores/qualityissuestore.h"
#include "stores/savedviewstore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialogButtonBox>
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

    // The contacts' duplicates line, or an empty problem when there is none.
    QualityProblem duplicatesLine() const
    {
        QualityProblemModel *model = dashboard()->problemModel();
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->problemAt(r).isDuplicates() && model->problemAt(r).entity == Entity::Contact)
                return model->problemAt(r);
        return {};
    }

    void selectDuplicatesLine()
    {
        QualityProblemModel *model = dashboard()->problemModel();
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->problemAt(r).isDuplicates() && model->problemAt(r).entity == Entity::Contact)
                dashboard()->selectProblem(r);
        QVERIFY(dashboard()->currentProblem().isDuplicates());
    }

    DuplicateGroupStore::Summary engineSummary() const
    {
        DuplicateGroupStore::Summary summary;
        const Result r = DuplicateGroupStore((*m_ws)->db()).summary(&summary);
        if (!r)
            qWarning("summary failed: %s", qPrintable(r.message()));
        return summary;
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

    void beforeAScanTheDuplicatesLineCountsSharedKeysAndItsButtonScans()
    {
        QVERIFY(!DuplicateGroupStore((*m_ws)->db()).lastScan().isValid());
        const QualityProblem shared = duplicatesLine();
        QVERIFY2(shared.isDuplicates(), "the sample data has contacts sharing an e-mail or phone");
        QVERIFY(!shared.fromScan);
        QCOMPARE(shared.records, dashboard()->overview().duplicates(Entity::Contact));
        QVERIFY2(shared.description.contains(QStringLiteral("No duplicate scan has run yet")), qPrintable(shared.description));
        selectDuplicatesLine();
        QPushButton *button = dashboard()->actionButton(QStringLiteral("reviewDuplicates"));
        QVERIFY(button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("Scan for Duplicates"));

        // The button opens Duplicates and scans there; the dashboard then shows the groups.
        DuplicateSection *section = m_window->duplicateSection();
        QSignalSpy scanned(section, &DuplicateSection::scanFinished);
        button->click();
        QVERIFY(section->isVisible());
        QVERIFY(scanned.count() == 1 || scanned.wait(120000));
        QVERIFY(scanned.first().first().toBool());
        const DuplicateGroupStore::Summary engine = engineSummary();
        QVERIFY(engine.groups > 1);
        const QualityProblem groups = duplicatesLine();
        QVERIFY(groups.fromScan);
        QCOMPARE(groups.groups, engine.groups);
        QCOMPARE(groups.records, engine.records);
        QCOMPARE(groups.title, QStringLiteral("%1 duplicate groups").arg(engine.groups));
        QCOMPARE(dashboard()->overview().duplicatesChanged(), engine.records != dashboard()->overview().duplicates(Entity::Contact));

        // Once audited, the uniqueness score counts the same records; the review opens
        // without scanning again.
        AuditResult audited;
        QVERIFY(m_ws->audit(&audited).ok());
        m_window->sidebar()->select(Sidebar::Place::QualityDashboard);
        dashboard()->reload();
        QCOMPARE(audited.details.value(QStringLiteral("duplicates")).toObject().value(QStringLiteral("contact")).toInteger(), engine.records);
        QCOMPARE(dashboard()->overview().latest().scores.uniqueness, AuditScores::share(engine.records, audited.records()));
        QCOMPARE(dashboard()->tile(QualityDashboard::Uniqueness)->valueText(), QLocale().toString(audited.scores.uniqueness, 'f', 1));
        QVERIFY(!dashboard()->overview().duplicatesChanged());
        selectDuplicatesLine();
        QCOMPARE(button->text(), QStringLiteral("Open the Duplicate Review"));
        button->click();
        QVERIFY(section->isVisible());
        QVERIFY(!section->isScanning());
    }

    void aDecisionInTheReviewTakesItsGroupOffTheDashboard_data()
    {
        QTest::addColumn<QString>("decision");
        QTest::addColumn<bool>("stillDuplicates"); // whether the uniqueness score still counts the group
        QTest::newRow("merged") << QStringLiteral("mergeGroup") << false;
        QTest::newRow("not a duplicate") << QStringLiteral("notDuplicate") << false;
        QTest::newRow("skipped") << QStringLiteral("skipGroup") << true;
    }

    void aDecisionInTheReviewTakesItsGroupOffTheDashboard()
    {
        QFETCH(QString, decision);
        QFETCH(bool, stillDuplicates);
        // The scan's headless entry point, as kempt-cli dedupe runs it.
        DuplicateScanJob::Summary scan;
        QVERIFY(DuplicateScanJob::run((*m_ws)->db(), nullptr, &scan, 2).ok());
        QVERIFY(scan.groups() > 1);
        AuditResult audited;
        QVERIFY(m_ws->audit(&audited).ok());
        dashboard()->reload();
        const QualityProblem before = duplicatesLine();
        QCOMPARE(before.groups, scan.groups());
        QCOMPARE(before.records, scan.groupedRecords);
        QCOMPARE(audited.details.value(QStringLiteral("duplicates")).toObject().value(QStringLiteral("contact")).toInteger(),
                 scan.groupedRecords);

        DuplicateSection *section = m_window->duplicateSection();
        QVERIFY(section->model()->reload().ok());
        m_window->sidebar()->select(Sidebar::Place::Duplicates);
        QCOMPARE(qint64(section->model()->rowCount()), scan.groups());
        section->selectRow(0);
        const DuplicateGroupStore::Group group = section->review()->group();
        QVERIFY(group.size() >= 2);
        QAction *act = section->action(decision);
        QVERIFY(act && act->isEnabled());
        act->trigger();
        QVERIFY(!DuplicateGroupStore((*m_ws)->db()).find(group.id, nullptr) || decision == QLatin1String("skipGroup"));

        const QualityProblem after = duplicatesLine();
        QCOMPARE(after.groups, before.groups - 1);
        QCOMPARE(after.records, before.records - group.size());
        QCOMPARE(after.records, engineSummary().pendingRecords());
        QCOMPARE(dashboard()->overview().duplicatesChanged(), !stillDuplicates);
        QVERIFY(m_ws->audit(&audited).ok());
        const qint64 counted = stillDuplicates ? scan.groupedRecords : scan.groupedRecords - group.size();
        QCOMPARE(audited.details.value(QStringLiteral("duplicates")).toObject().value(QStringLiteral("contact")).toInteger(), counted);
        QCOMPARE(audited.scores.uniqueness, AuditScores::share(counted, audited.records()));

        // Undo puts the group back on the dashboard.
        (*m_ws)->undoStack()->undo();
        dashboard()->reload();
        QCOMPARE(duplicatesLine().groups, before.groups);
        QCOMPARE(duplicatesLine().records, before.records);
    }

    void cancellingTheFixPreviewAppliesNothing()
    {
        const QString rule = QStringLiteral("contact.email.format");
        selectRule(rule);
        const qint64 expected = dryRun(rule);
        QVERIFY(expected > 0);
        const int steps = (*m_ws)->undoStack()->count();
        const qint64 batches = m_ws->scalar(QStringLiteral("SELECT count(*) FROM change_batches")).toLongLong();
        auto *dialog = clickForDialog<FixPreviewDialog>(QStringLiteral("applyFixes"));
        QVERIFY(dialog);
        QSignalSpy destroyed(dialog, &QObject::destroyed);
        // Cancel while the planner may still be counting: the dialog's end stops it.
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QTRY_VERIFY(destroyed.count() == 1);
        QCOMPARE((*m_ws)->undoStack()->count(), steps);
        QCOMPARE(m_ws->scalar(QStringLiteral("SELECT count(*) FROM change_batches")).toLongLong(), batches);
        QCOMPARE(dryRun(rule), expected);
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
