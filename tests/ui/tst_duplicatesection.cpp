#include "duplicatereviewpanel.h"
#include "duplicatesection.h"
#include "mainwindow.h"
#include "qualitydashboard.h"
#include "support/scriptedpresenter.h"

#include "dedup/attachdedup.h"
#include "dedup/duplicategroupstore.h"
#include "dedup/duplicatescanjob.h"
#include "dedup/notduplicates.h"
#include "itemmodels/duplicategroupmodel.h"
#include "itemmodels/mergecomparisonmodel.h"
#include "itemmodels/pairexplanationmodel.h"
#include "stores/contactstore.h"
#include "duplicatefixture.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Kempt;

// The Duplicates section, driven from the keyboard as a person reviewing hundreds of
// groups would: J/K between groups, 1-9 to pick values, M, N and S to decide, and the
// next group always follows.
class TestDuplicateSection : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestWorkspace> m_ws;
    Test::DuplicateFixture m_f;
    Test::ScriptedPresenter m_presenter;
    std::unique_ptr<DuplicateSection> m_section;

    Workspace *ws() { return m_ws->get(); }

    void scan()
    {
        DuplicateScanJob::Summary summary;
        const Result r = DuplicateScanJob::run(ws()->db(), nullptr, &summary, 2);
        QVERIFY2(r, qPrintable(r.message()));
    }

    void showSection()
    {
        m_section = std::make_unique<DuplicateSection>(ws(), &m_presenter);
        m_section->resize(1200, 760);
        m_section->show();
        m_section->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_section.get()));
    }

    int rowOf(const QList<qint64> &ids) const
    {
        for (int row = 0; row < m_section->model()->rowCount(); ++row)
            if (m_section->model()->groupAt(row).contactIds == ids)
                return row;
        return -1;
    }

    // A key as a person presses it, wherever the focus is inside the section.
    void press(Qt::Key key)
    {
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target && m_section->isAncestorOf(target));
        QTest::keyClick(target, key);
    }

    bool isLive(qint64 contactId)
    {
        return m_ws->scalar(QStringLiteral("SELECT deleted_at IS NULL FROM contacts WHERE id = ?"), {contactId}).toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
    }

    void init()
    {
        m_presenter = Test::ScriptedPresenter();
        m_ws = std::make_unique<Test::TestWorkspace>();
        attachDedup(ws());
        m_f = Test::DuplicateFixture();
        QVERIFY(Test::buildDuplicateFixture(ws(), &m_f).ok());
    }

    void cleanup()
    {
        m_section.reset();
        m_ws.reset();
    }

    void withoutAScanTheSectionSaysHowToStartOne()
    {
        showSection();
        QCOMPARE(m_section->state(), DuplicateSection::State::NoScan);
        auto *title = m_section->findChild<QLabel *>(QStringLiteral("emptyTitle"));
        QVERIFY(title->isVisible());
        QCOMPARE(title->text(), QStringLiteral("No scan yet"));
        auto *button = m_section->findChild<QPushButton *>(QStringLiteral("emptyScan"));
        QVERIFY(button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("Scan for Duplicates"));
        QVERIFY(!m_section->action(QStringLiteral("mergeGroup"))->isEnabled());
    }

    void aScanRunsInTheBackgroundAndListsTheGroups()
    {
        showSection();
        QSignalSpy finished(m_section.get(), &DuplicateSection::scanFinished);
        QTest::mouseClick(m_section->findChild<QPushButton *>(QStringLiteral("emptyScan")), Qt::LeftButton);
        QVERIFY(m_section->findChild<QWidget *>(QStringLiteral("scanProgress"))->isVisible());
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().toBool());
        QVERIFY(!m_section->findChild<QWidget *>(QStringLiteral("scanProgress"))->isVisible());
        QCOMPARE(m_section->state(), DuplicateSection::State::Reviewing);
        QCOMPARE(m_section->model()->rowCount(), 3);
        QCOMPARE(m_section->currentRow(), 0);
        QVERIFY(m_section->findChild<QLabel *>(QStringLiteral("scanInfo"))->text().contains(QStringLiteral("37 contacts compared")));
    }

    void theSectionOpensWithTheKeptGroupsAndTheFirstOneSideBySide()
    {
        scan();
        showSection();
        QAbstractItemModelTester tester(m_section->model());
        QCOMPARE(m_section->state(), DuplicateSection::State::Reviewing);
        QCOMPARE(m_section->currentRow(), 0);
        const DuplicateGroupStore::Group first = m_section->model()->groupAt(0);
        QCOMPARE(m_section->currentGroupId(), first.id);
        MergeComparisonModel *comparison = m_section->review()->comparisonModel();
        QCOMPARE(comparison->recordCount(), first.size());
        QVERIFY(!m_section->review()->explanations().isEmpty());
        QVERIFY(m_section->review()->explanationModel()->rowCount() > 0);
        // The shortcuts are shown, not only known.
        const QString hints = m_section->findChild<QLabel *>(QStringLiteral("keyHints"))->text();
        for (const char *key : {"J", "K", "M", "N", "S"})
            QVERIFY2(hints.contains(QString::fromLatin1(key)), key);
        QVERIFY(m_section->findChild<QPushButton *>(QStringLiteral("mergeGroupButton"))->toolTip().contains(QStringLiteral("(M)")));
    }

    void jAndKMoveBetweenTheGroups()
    {
        scan();
        showSection();
        m_section->groupView()->setFocus();
        press(Qt::Key_J);
        QCOMPARE(m_section->currentRow(), 1);
        QCOMPARE(m_section->currentGroupId(), m_section->model()->groupAt(1).id);
        press(Qt::Key_J);
        press(Qt::Key_J);
        QCOMPARE(m_section->currentRow(), 2);
        press(Qt::Key_K);
        QCOMPARE(m_section->currentRow(), 1);
    }

    void pressingMMergesTheGroupAndUndoBringsItBack()
    {
        scan();
        showSection();
        const int row = rowOf({m_f.karen, m_f.karenTwin});
        m_section->selectRow(row);
        const qint64 group = m_section->currentGroupId();
        m_section->groupView()->setFocus();
        press(Qt::Key_M);
        QCOMPARE(isLive(m_f.karen) + isLive(m_f.karenTwin), 1);
        QCOMPARE(m_section->model()->rowCount(), 2);
        QCOMPARE(m_section->model()->rowOfGroup(group), -1);
        // The next group is up for review.
        QVERIFY(m_section->currentGroupId() != 0);
        QVERIFY(m_section->currentGroupId() != group);

        ws()->undoStack()->undo();
        QVERIFY(isLive(m_f.karen) && isLive(m_f.karenTwin));
        QCOMPARE(m_section->model()->rowCount(), 3);
        QCOMPARE(m_section->currentGroupId(), group);
    }

    void pressingNRemembersDifferentPeopleAndARescanRespectsIt()
    {
        scan();
        showSection();
        m_section->selectRow(rowOf({m_f.steven, m_f.steve}));
        m_section->groupView()->setFocus();
        press(Qt::Key_N);
        QVERIFY(NotDuplicates::contains(ws()->db(), m_f.steven, m_f.steve));
        QCOMPARE(rowOf({m_f.steven, m_f.steve}), -1);
        QCOMPARE(m_section->model()->rowCount(), 2);
        QVERIFY(m_section->currentGroupId() != 0);

        scan();
        QVERIFY(m_section->model()->reload().ok());
        QCOMPARE(m_section->model()->rowCount(), 2);
        QCOMPARE(rowOf({m_f.steven, m_f.steve}), -1);
    }

    void pressingSSkipsToTheNextGroup()
    {
        scan();
        showSection();
        const qint64 first = m_section->currentGroupId();
        const qint64 second = m_section->model()->groupAt(1).id;
        m_section->groupView()->setFocus();
        press(Qt::Key_S);
        QCOMPARE(m_section->currentGroupId(), second);
        QCOMPARE(m_section->model()->rowOfGroup(first), 2);
        QVERIFY(m_section->model()->groupAt(2).skipped);
        // Skipping the rest comes round to the first one again.
        press(Qt::Key_S);
        press(Qt::Key_S);
        QCOMPARE(m_section->currentGroupId(), first);
    }

    void numberKeysPickTheValueThatTheMergeKeeps()
    {
        scan();
        showSection();
        m_section->selectRow(rowOf({m_f.steven, m_f.steve}));
        QTableView *comparison = m_section->review()->comparisonView();
        MergeComparisonModel *model = m_section->review()->comparisonModel();
        const int job = model->rowOfField(QStringLiteral("job_title"));
        QVERIFY(job > 0);
        comparison->setFocus();
        comparison->setCurrentIndex(model->index(job, 0));
        const int steveColumn = model->preview().indexOf(m_f.steve);
        const int stevenColumn = model->preview().indexOf(m_f.steven);
        press(Qt::Key(Qt::Key_1 + stevenColumn));
        QVERIFY(model->index(job, stevenColumn).data(MergeComparisonModel::ChosenRole).toBool());
        press(Qt::Key(Qt::Key_1 + steveColumn));
        QVERIFY(model->index(job, steveColumn).data(MergeComparisonModel::ChosenRole).toBool());
        QCOMPARE(model->index(job, model->resultColumn()).data().toString(), QStringLiteral("Head of Purchasing"));
        // Keep Steven's record, with Steve's job title.
        comparison->setCurrentIndex(model->index(MergeComparisonModel::SurvivorRow, 0));
        press(Qt::Key(Qt::Key_1 + stevenColumn));
        press(Qt::Key_M);
        QVERIFY(isLive(m_f.steven));
        QVERIFY(!isLive(m_f.steve));
        QCOMPARE(ContactStore(ws()->db()).load(m_f.steven)->jobTitle, QStringLiteral("Head of Purchasing"));
    }

    void theDashboardsDuplicateReviewOpensTheSection()
    {
        scan();
        QTemporaryDir settings;
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
        MainWindow window(ws(), &m_presenter);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Q_EMIT window.qualityDashboard()->duplicateReviewRequested(Entity::Contact);
        QCOMPARE(window.sidebar()->currentPlace(), Sidebar::Place::Duplicates);
        QVERIFY(window.duplicateSection()->isVisible());
        QCOMPARE(window.duplicateSection()->model()->rowCount(), 3);
    }
};

QTEST_MAIN(TestDuplicateSection)
#include "tst_duplicatesection.moc"
