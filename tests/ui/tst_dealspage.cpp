#include "../models/deals/dealfixture.h"
#include "dealeditor.h"
#include "dealreportsview.h"
#include "dealspage.h"
#include "mainwindow.h"
#include "pipelineboardview.h"
#include "recordspage.h"
#include "support/scriptedpresenter.h"

#include "itemmodels/pipelineboardmodel.h"
#include "itemmodels/recordtablemodel.h"
#include "itemmodels/savedviewlistmodel.h"
#include "stores/dealstore.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Kempt;
using namespace Kempt::Test;

class TestDealsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<ScriptedPresenter> m_presenter;
    std::unique_ptr<MainWindow> m_window;
    Pipeline m_sales;
    QHash<QString, qint64> m_id;

    DealsPage *deals() const { return m_window->dealsPage(); }
    RecordTableModel *table() const { return deals()->table()->model(); }
    QString titleAt(int row) const { return table()->index(row, table()->columnOf(QStringLiteral("title"))).data().toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("KemptTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_dealspage"));
    }

    void init()
    {
        QSettings().clear();
        m_ws = std::make_unique<TestWorkspace>();
        m_sales = addSales(m_ws->get());
        const auto add = [this](const QString &title, qint64 value, int stage, const QString &company, const QString &owner) {
            m_id[title] = pushDeal(m_ws->get(), makeDeal(title, value, m_sales.stages.at(stage).id, QStringLiteral("2030-01-15"), company, owner));
        };
        add(QStringLiteral("Acme seats"), 100000, 0, QStringLiteral("Acme"), QStringLiteral("Olga"));
        add(QStringLiteral("Acme support"), 50000, 1, QStringLiteral("Acme"), QStringLiteral("Piet"));
        add(QStringLiteral("Globex pilot"), 300000, 2, QStringLiteral("Globex"), QStringLiteral("Olga"));
        m_ws->get()->undoStack()->clear();
        m_presenter = std::make_unique<ScriptedPresenter>();
        m_window = std::make_unique<MainWindow>(m_ws->get(), m_presenter.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->sidebar()->select(Sidebar::Place::Deals);
    }

    void cleanup()
    {
        m_window.reset();
        m_presenter.reset();
        m_ws.reset();
    }

    void theSidebarLeadsToTheBoardAndTheToggleToTheTable()
    {
        QVERIFY(deals()->isVisible());
        QCOMPARE(deals()->mode(), DealsPage::Mode::Board);
        QCOMPARE(deals()->board()->columnCount(), 4);
        QVERIFY(!m_window->currentPage()); // the board is no table
        QVERIFY(deals()->pipelineCombo()->isVisible());

        QTest::mouseClick(deals()->modeButton(DealsPage::Mode::Table), Qt::LeftButton);
        QCOMPARE(deals()->mode(), DealsPage::Mode::Table);
        QVERIFY(deals()->table()->isVisible());
        QCOMPARE(m_window->currentPage(), deals()->table());
        QCOMPARE(table()->rowCount(), 3);
        QCOMPARE(m_window->countsLabel()->text(), QStringLiteral("3 deals"));
        QVERIFY(!deals()->pipelineCombo()->isVisible());
        QVERIFY(deals()->viewsButton()->isVisible());
        // Deals have no tags; the window's tag actions say so.
        QVERIFY(!m_window->action(QStringLiteral("addTags"))->isEnabled());
        QVERIFY(m_window->action(QStringLiteral("bulkUpdate"))->isEnabled());

        QTest::mouseClick(deals()->modeButton(DealsPage::Mode::Reports), Qt::LeftButton);
        QCOMPARE(deals()->mode(), DealsPage::Mode::Reports);
        QVERIFY(deals()->reports()->isVisible());
        QVERIFY(!m_window->currentPage());
    }

    void theTableSearchesSortsAndEditsInPlaceWithUndo()
    {
        deals()->setMode(DealsPage::Mode::Table);
        QTest::keyClicks(deals()->table()->searchEdit(), QStringLiteral("acme"));
        QTRY_COMPARE(table()->rowCount(), 2);
        table()->sortBy(QStringLiteral("value"), Qt::DescendingOrder);
        QCOMPARE(titleAt(0), QStringLiteral("Acme seats"));
        QVERIFY(table()->setData(table()->index(1, table()->columnOf(QStringLiteral("title"))), QStringLiteral("Acme support plan")));
        QCOMPARE(titleAt(1), QStringLiteral("Acme support plan"));
        // The board shows the same deal under its new title.
        QCOMPARE(deals()->board()->model()->dealIndex(m_id.value(QStringLiteral("Acme support"))).data(PipelineBoardModel::TitleRole).toString(),
                 QStringLiteral("Acme support plan"));
        m_window->action(QStringLiteral("undo"))->trigger();
        QCOMPARE(titleAt(1), QStringLiteral("Acme support"));
    }

    void savedViewsOfDealsAreSavedAppliedAndDeleted()
    {
        deals()->setMode(DealsPage::Mode::Table);
        QTest::keyClicks(deals()->table()->searchEdit(), QStringLiteral("globex"));
        QTRY_COMPARE(table()->rowCount(), 1);
        m_presenter->texts.enqueue(QStringLiteral("Globex deals"));
        m_window->action(QStringLiteral("saveView"))->trigger();
        QCOMPARE(deals()->views()->rowCount(), 1);
        const SavedView view = deals()->views()->viewAt(0);
        QCOMPARE(view.entity, Entity::Deal);
        QCOMPARE(view.filter.search, QStringLiteral("globex"));
        QCOMPARE(deals()->appliedViewId(), view.id);
        // Contact views are not touched.
        QVERIFY(!m_window->sidebar()->indexOf(Sidebar::Place::SavedView, view.id).isValid());

        deals()->clearView();
        QCOMPARE(table()->rowCount(), 3);
        deals()->setMode(DealsPage::Mode::Board);
        deals()->applyView(view.id);
        QCOMPARE(deals()->mode(), DealsPage::Mode::Table);
        QCOMPARE(table()->rowCount(), 1);
        QCOMPARE(deals()->table()->searchEdit()->text(), QStringLiteral("globex"));

        deals()->deleteView(view.id);
        QCOMPARE(deals()->views()->rowCount(), 0);
        QCOMPARE(deals()->appliedViewId(), qint64(0));
    }

    void dealsMovedToTheTrashComeBackFromIt()
    {
        deals()->setMode(DealsPage::Mode::Table);
        deals()->table()->view()->selectRow(0);
        const qint64 id = table()->idAt(0);
        m_window->action(QStringLiteral("delete"))->trigger();
        QCOMPARE(table()->rowCount(), 2);
        QCOMPARE(deals()->board()->model()->dealIndex(id), QModelIndex());
        m_window->showTrash(Entity::Deal);
        RecordsPage *trash = m_window->trashPage(Entity::Deal);
        QCOMPARE(m_window->currentPage(), trash);
        QCOMPARE(trash->model()->rowCount(), 1);
        trash->view()->selectRow(0);
        m_window->action(QStringLiteral("restore"))->trigger();
        QCOMPARE(trash->model()->rowCount(), 0);
        QVERIFY(deals()->board()->model()->dealIndex(id).isValid());
    }

    void thePipelineSwitcherChangesWhatTheBoardShows()
    {
        Pipeline renewals;
        renewals.name = QStringLiteral("Renewals");
        renewals.stages << Stage{0, 0, QStringLiteral("Due"), 0, 0.5, 0, {}};
        QVERIFY(m_ws->get()->write(BatchKind::System, QStringLiteral("p"), [&](QSqlDatabase db) { return PipelineStore(db).insert(renewals); }));
        QComboBox *switcher = deals()->pipelineCombo();
        QCOMPARE(switcher->count(), 2);
        switcher->setCurrentIndex(switcher->findText(QStringLiteral("Renewals")));
        QCOMPARE(deals()->board()->columnCount(), 1);
        QCOMPARE(deals()->board()->model()->pipelineId(), renewals.id);
        switcher->setCurrentIndex(switcher->findText(QStringLiteral("Sales")));
        QCOMPARE(deals()->board()->columnCount(), 4);
    }

    void newDealStartsInTheBoardsPipeline()
    {
        QSignalSpy opened(m_window.get(), &MainWindow::dialogOpened);
        m_window->action(QStringLiteral("newDeal"))->trigger();
        QCOMPARE(opened.count(), 1);
        auto *editor = qobject_cast<DealEditor *>(opened.first().first().value<QDialog *>());
        QVERIFY(editor);
        QCOMPARE(editor->deal().pipelineId, m_sales.id);
        QCOMPARE(editor->dealId(), qint64(0));
        editor->reject();
    }
};

QTEST_MAIN(TestDealsPage)
#include "tst_dealspage.moc"
