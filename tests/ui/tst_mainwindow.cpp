#include "bulkupdatedialog.h"
#include "contacteditor.h"
#include "fieldvalueeditor.h"
#include "labeledvaluelist.h"
#include "mainwindow.h"
#include "recordspage.h"
#include "support/scriptedpresenter.h"
#include "testworkspace.h"

#include "itemmodels/recordtablemodel.h"
#include "storage/workspace.h"
#include "stores/contactstore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Kempt;

namespace {

const QStringList firstNames = {QStringLiteral("Anna"),  QStringLiteral("Annette"), QStringLiteral("Bernd"),
                                QStringLiteral("Carla"), QStringLiteral("David"),   QStringLiteral("Eva"),
                                QStringLiteral("Farid"), QStringLiteral("Greta"),   QStringLiteral("Hannah"),
                                QStringLiteral("Joanne")};
const QStringList lastNames = {QStringLiteral("Berg"), QStringLiteral("Kowalski"), QStringLiteral("Novak"),
                               QStringLiteral("Okafor"), QStringLiteral("Silva")};

// Fifty contacts at two companies. Only Anna and Annette start with "ann"; Hannah and
// Joanne merely contain it, which a prefix search must not match.
void fill(Workspace *ws)
{
    const Result r = ws->write(BatchKind::System, QStringLiteral("test data"), [](QSqlDatabase db) {
        ContactStore store(db);
        for (const QString &last : lastNames) {
            for (const QString &first : firstNames) {
                Contact c;
                c.firstName = first;
                c.lastName = last;
                c.companyName = last.size() % 2 ? QStringLiteral("Acme") : QStringLiteral("Globex");
                c.city = QStringLiteral("Porto");
                c.emails = {EmailAddress{0, QStringLiteral("%1.%2@example.com").arg(first, last).toLower(),
                                         QStringLiteral("work"), true}};
                if (Result r = store.insert(c); !r)
                    return r;
            }
        }
        return Result::success();
    });
    if (!r)
        qFatal("cannot fill the workspace: %s", qPrintable(r.message()));
}

QString nameAt(RecordsPage *page, int row)
{
    RecordTableModel *model = page->model();
    return model->index(row, model->columnOf(QStringLiteral("display_name"))).data().toString();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<Test::TestWorkspace> m_ws;
    std::unique_ptr<Test::ScriptedPresenter> m_presenter;
    std::unique_ptr<MainWindow> m_window;

    RecordsPage *contacts() const { return m_window->contactsPage(); }

    void search(const QString &text, int expectedRows)
    {
        QLineEdit *edit = contacts()->searchEdit();
        edit->clear();
        QTest::keyClicks(edit, text);
        QTRY_COMPARE(contacts()->model()->rowCount(), expectedRows);
    }

    void selectRows(RecordsPage *page, const QList<int> &rows)
    {
        QTableView *view = page->view();
        view->clearSelection();
        for (int r : rows)
            view->selectionModel()->select(view->model()->index(r, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    BulkUpdateDialog *openBulkUpdate()
    {
        QSignalSpy opened(m_window.get(), &MainWindow::dialogOpened);
        m_window->action(QStringLiteral("bulkUpdate"))->trigger();
        if (opened.count() != 1)
            return nullptr;
        return qobject_cast<BulkUpdateDialog *>(opened.first().first().value<QDialog *>());
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Window and column settings go to a folder of their own, not the person's.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("KemptTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void init()
    {
        QSettings().clear();
        m_ws = std::make_unique<Test::TestWorkspace>();
        fill(m_ws->get());
        m_presenter = std::make_unique<Test::ScriptedPresenter>();
        m_window = std::make_unique<MainWindow>(m_ws->get(), m_presenter.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_presenter.reset();
        m_ws.reset();
    }

    void theWindowShowsEveryContactAndTheCountInTheStatusBar()
    {
        QAbstractItemModelTester tester(contacts()->model());
        QCOMPARE(m_window->currentPage(), contacts());
        QCOMPARE(contacts()->model()->rowCount(), 50);
        QCOMPARE(m_window->countsLabel()->text(), QStringLiteral("50 contacts"));
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("test.sqlite")));
    }

    void typingInTheSearchBoxKeepsOnlyContactsWhoseWordsStartWithIt()
    {
        QAbstractItemModelTester tester(contacts()->model());
        search(QStringLiteral("ann"), 10);
        QStringList names;
        for (int r = 0; r < contacts()->model()->rowCount(); ++r)
            names << nameAt(contacts(), r);
        for (const QString &name : std::as_const(names))
            QVERIFY2(name.startsWith(QStringLiteral("Anna ")) || name.startsWith(QStringLiteral("Annette ")), qPrintable(name));
        QVERIFY(names.contains(QStringLiteral("Anna Berg")));
        QVERIFY(names.contains(QStringLiteral("Annette Silva")));
        QCOMPARE(m_window->countsLabel()->text(), QStringLiteral("10 contacts"));
    }

    void clearingTheSearchShowsEveryContactAgain()
    {
        search(QStringLiteral("annette"), 5);
        contacts()->searchEdit()->clear();
        QTRY_COMPARE(contacts()->model()->rowCount(), 50);
    }

    void aSearchWithoutMatchesSaysSo()
    {
        search(QStringLiteral("zebra"), 0);
        auto *empty = contacts()->view()->viewport()->findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("zebra")));
    }

    void ctrlFPutsTheFocusInTheSearchBox()
    {
        contacts()->view()->setFocus();
        m_window->activateWindow();
        m_window->action(QStringLiteral("search"))->trigger();
        QTRY_VERIFY(contacts()->searchEdit()->hasFocus());
    }

    void theCompaniesPlaceShowsTheCompanies()
    {
        const QModelIndex companies = m_window->sidebar()->indexOf(Sidebar::Place::Companies);
        QTest::mouseClick(m_window->sidebar()->viewport(), Qt::LeftButton, {},
                          m_window->sidebar()->visualRect(companies).center());
        QCOMPARE(m_window->currentPage(), m_window->companiesPage());
        RecordTableModel *model = m_window->companiesPage()->model();
        QAbstractItemModelTester tester(model);
        QCOMPARE(model->rowCount(), 2);
        const int name = model->columnOf(QStringLiteral("name"));
        QStringList names{model->index(0, name).data().toString(), model->index(1, name).data().toString()};
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("Acme"), QStringLiteral("Globex")}));
        QCOMPARE(m_window->countsLabel()->text(), QStringLiteral("2 companies"));
    }

    void anInPlaceEditCanBeUndoneAndRedone()
    {
        QAction *undo = m_window->action(QStringLiteral("undo"));
        QAction *redo = m_window->action(QStringLiteral("redo"));
        QVERIFY(!undo->isEnabled());
        QVERIFY(!redo->isEnabled());
        QAbstractItemModel *model = contacts()->view()->model();
        const int column = contacts()->model()->columnOf(QStringLiteral("job_title"));
        const QModelIndex cell = model->index(3, column);
        const qint64 id = contacts()->model()->idAt(3);
        QVERIFY(model->setData(cell, QStringLiteral("Head of Sales")));
        QCOMPARE(ContactStore(m_ws->get()->db()).load(id)->jobTitle, QStringLiteral("Head of Sales"));
        QVERIFY(undo->isEnabled());
        QVERIFY(!redo->isEnabled());

        undo->trigger();
        QCOMPARE(ContactStore(m_ws->get()->db()).load(id)->jobTitle, QString());
        QCOMPARE(model->index(3, column).data().toString(), QString());
        QVERIFY(!undo->isEnabled());
        QVERIFY(redo->isEnabled());

        redo->trigger();
        QCOMPARE(model->index(3, column).data().toString(), QStringLiteral("Head of Sales"));
        QVERIFY(undo->isEnabled());
    }

    void bulkUpdateThroughTheDialogChangesTheSelectedContactsInOneUndoStep()
    {
        selectRows(contacts(), {0, 1, 2});
        QCOMPARE(m_window->countsLabel()->text(), QStringLiteral("50 contacts · 3 selected"));
        QList<qint64> ids;
        for (int r : {0, 1, 2})
            ids << contacts()->model()->idAt(r);
        BulkUpdateDialog *dialog = openBulkUpdate();
        QVERIFY(dialog);
        QVERIFY(!dialog->allFiltered());
        dialog->setFieldKey(QStringLiteral("city"));
        dialog->valueEditor()->setValue(QStringLiteral("Lisbon"));
        QCOMPARE(dialog->recordCount(), 3);
        dialog->accept();

        QCOMPARE(m_presenter->confirmations.size(), 1);
        QVERIFY2(m_presenter->confirmations.first().contains(QStringLiteral("Set City to “Lisbon” on 3 contacts?")),
                 qPrintable(m_presenter->confirmations.first()));
        for (qint64 id : std::as_const(ids))
            QCOMPARE(ContactStore(m_ws->get()->db()).load(id)->city, QStringLiteral("Lisbon"));
        QCOMPARE(m_ws->scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE city = 'Lisbon'")).toInt(), 3);

        m_window->action(QStringLiteral("undo"))->trigger();
        QCOMPARE(m_ws->scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE city = 'Lisbon'")).toInt(), 0);
    }

    void bulkUpdateOfAllFilteredRowsChangesEveryMatch()
    {
        search(QStringLiteral("annette"), 5);
        BulkUpdateDialog *dialog = openBulkUpdate();
        QVERIFY(dialog);
        // Nothing is selected, so the view's rows are the only choice.
        QVERIFY(dialog->allFiltered());
        dialog->setFieldKey(QStringLiteral("owner"));
        dialog->valueEditor()->setValue(QStringLiteral("Maria"));
        dialog->accept();
        QVERIFY(m_presenter->confirmations.value(0).contains(QStringLiteral("Set Owner to “Maria” on 5 contacts?")));
        QCOMPARE(m_ws->scalar(QStringLiteral("SELECT count(*) FROM contacts c JOIN users u ON u.id = c.owner_id "
                                             "WHERE u.name = 'Maria'"))
                     .toInt(),
                 5);
        QCOMPARE(m_ws->scalar(QStringLiteral("SELECT count(*) FROM contacts c JOIN users u ON u.id = c.owner_id "
                                             "WHERE u.name = 'Maria' AND c.first_name = 'Annette'"))
                     .toInt(),
                 5);
    }

    void aDeclinedConfirmationChangesNothing()
    {
        selectRows(contacts(), {4});
        m_presenter->confirmAnswers.enqueue(false);
        BulkUpdateDialog *dialog = openBulkUpdate();
        QVERIFY(dialog);
        dialog->setFieldKey(QStringLiteral("city"));
        dialog->valueEditor()->setValue(QStringLiteral("Lisbon"));
        dialog->accept();
        QCOMPARE(m_presenter->confirmations.size(), 1);
        QCOMPARE(m_ws->scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE city = 'Lisbon'")).toInt(), 0);
        QVERIFY(!m_window->action(QStringLiteral("undo"))->isEnabled());
    }

    void theTrashShowsADeletedContactAndRestoreBringsItBack()
    {
        selectRows(contacts(), {7});
        const QString name = nameAt(contacts(), 7);
        m_window->action(QStringLiteral("delete"))->trigger();
        QVERIFY(m_presenter->confirmations.value(0).contains(QStringLiteral("Move 1 contact to the trash?")));
        QCOMPARE(contacts()->model()->rowCount(), 49);

        m_window->showTrash(Entity::Contact);
        RecordsPage *trash = m_window->trashPage(Entity::Contact);
        QCOMPARE(m_window->currentPage(), trash);
        QAbstractItemModelTester tester(trash->model());
        QCOMPARE(trash->model()->rowCount(), 1);
        QCOMPARE(nameAt(trash, 0), name);
        QCOMPARE(m_window->countsLabel()->text(), QStringLiteral("1 contact in the trash"));

        selectRows(trash, {0});
        QVERIFY(m_window->action(QStringLiteral("restore"))->isEnabled());
        m_window->action(QStringLiteral("restore"))->trigger();
        QCOMPARE(trash->model()->rowCount(), 0);
        QCOMPARE(contacts()->model()->rowCount(), 50);
    }

    void deletingInTheTrashDeletesForGoodAndUndoBringsItBack()
    {
        selectRows(contacts(), {0});
        const qint64 id = contacts()->model()->idAt(0);
        m_window->action(QStringLiteral("delete"))->trigger();
        m_window->showTrash(Entity::Contact);
        RecordsPage *trash = m_window->trashPage(Entity::Contact);
        selectRows(trash, {0});
        QCOMPARE(m_window->action(QStringLiteral("delete"))->text(), QStringLiteral("&Delete for Good…"));
        m_window->action(QStringLiteral("delete"))->trigger();
        QCOMPARE(trash->model()->rowCount(), 0);
        QVERIFY(!ContactStore(m_ws->get()->db()).load(id));
        m_window->action(QStringLiteral("undo"))->trigger();
        QCOMPARE(trash->model()->rowCount(), 1);
        QVERIFY(ContactStore(m_ws->get()->db()).load(id));
    }

    void columnsOrderAndSortAreRememberedPerEntity()
    {
        contacts()->model()->setColumns({});
        QTableView *view = contacts()->view();
        const int last = contacts()->model()->columnOf(QStringLiteral("display_name"));
        view->horizontalHeader()->setSortIndicator(last, Qt::DescendingOrder);
        QCOMPARE(contacts()->model()->sortColumnKey(), QStringLiteral("display_name"));
        view->horizontalHeader()->moveSection(view->horizontalHeader()->visualIndex(last), 2);
        const QStringList columns = contacts()->visibleColumns();
        QCOMPARE(columns.at(2), QStringLiteral("display_name"));
        const QString firstRow = nameAt(contacts(), 0);

        m_window.reset();
        m_window = std::make_unique<MainWindow>(m_ws->get(), m_presenter.get());
        QCOMPARE(contacts()->visibleColumns(), columns);
        QCOMPARE(contacts()->model()->sortColumnKey(), QStringLiteral("display_name"));
        QCOMPARE(contacts()->model()->sortOrder(), Qt::DescendingOrder);
        QCOMPARE(nameAt(contacts(), 0), firstRow);
        QCOMPARE(firstRow, QStringLiteral("Joanne Silva"));
        // Companies keep their own columns.
        QVERIFY(!m_window->companiesPage()->visibleColumns().contains(QStringLiteral("job_title")));
    }

    void exportWritesTheContactsOfTheViewToACsvFile()
    {
        search(QStringLiteral("annette"), 5);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("annettes.csv"));
        m_presenter->fileNames.enqueue(path);
        QSignalSpy finished(m_window.get(), &MainWindow::exportFinished);
        m_window->action(QStringLiteral("exportView"))->trigger();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 6);
        for (int i = 1; i < lines.size(); ++i)
            QVERIFY(lines.at(i).contains("Annette"));
    }

    void openRecentListsWorkspacesThatStillExist()
    {
        QVERIFY2(m_window->openWorkspace(m_ws->path()).ok(), qPrintable(m_presenter->errors.join(QLatin1Char('\n'))));
        QTemporaryDir dir;
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        QVERIFY(m_window->createWorkspace(other).ok());
        QCOMPARE(m_window->windowTitle(), QStringLiteral("other.sqlite – Kempt"));
        QCOMPARE(MainWindow::recentFiles().first(), QFileInfo(other).absoluteFilePath());
        QVERIFY(MainWindow::recentFiles().contains(QFileInfo(m_ws->path()).absoluteFilePath()));
        QVERIFY(m_window->openWorkspace(m_ws->path()).ok());
        QFile::remove(other);
        QVERIFY(!MainWindow::recentFiles().contains(QFileInfo(other).absoluteFilePath()));
    }

    void sampleDataIsOfferedOnlyForAnEmptyWorkspace()
    {
        QVERIFY(!m_window->action(QStringLiteral("loadSampleData"))->isEnabled());
        QTemporaryDir dir;
        QVERIFY(m_window->createWorkspace(dir.filePath(QStringLiteral("empty.sqlite"))).ok());
        QAction *load = m_window->action(QStringLiteral("loadSampleData"));
        QVERIFY(load->isEnabled());
        load->trigger();
        QVERIFY(m_presenter->errors.isEmpty());
        QVERIFY(contacts()->model()->rowCount() > 0);
        QVERIFY(!load->isEnabled());
    }

    void aSavedViewAppearsInTheSidebarAndChoosingItAppliesIt()
    {
        search(QStringLiteral("annette"), 5);
        contacts()->model()->sortBy(QStringLiteral("last_name"), Qt::DescendingOrder);
        m_presenter->texts.enqueue(QStringLiteral("Annettes"));
        m_window->action(QStringLiteral("saveView"))->trigger();
        QVERIFY(m_presenter->errors.isEmpty());
        QCOMPARE(m_window->sidebar()->currentIndex().data().toString(), QStringLiteral("Annettes"));
        QCOMPARE(m_window->sidebar()->currentPlace(), Sidebar::Place::SavedView);
        const qint64 viewId = m_window->sidebar()->currentViewId();

        // Back to all contacts, then the view again: its search and sort come back.
        m_window->sidebar()->select(Sidebar::Place::Contacts);
        QCOMPARE(contacts()->model()->rowCount(), 50);
        QCOMPARE(contacts()->searchEdit()->text(), QString());
        m_window->sidebar()->setCurrentIndex(m_window->sidebar()->indexOf(Sidebar::Place::SavedView, viewId));
        QCOMPARE(contacts()->model()->rowCount(), 5);
        QCOMPARE(contacts()->searchEdit()->text(), QStringLiteral("annette"));
        QCOMPARE(contacts()->model()->sortColumnKey(), QStringLiteral("last_name"));
        QCOMPARE(nameAt(contacts(), 0), QStringLiteral("Annette Silva"));

        // Saving is one undo step; undoing it removes the view from the sidebar.
        m_window->action(QStringLiteral("undo"))->trigger();
        QVERIFY(!m_window->sidebar()->indexOf(Sidebar::Place::SavedView, viewId).isValid());
        QCOMPARE(m_window->sidebar()->currentPlace(), Sidebar::Place::Contacts);
    }

    void enterOnARowOpensTheContactInTheEditor()
    {
        QTableView *view = contacts()->view();
        view->setCurrentIndex(view->model()->index(5, 0));
        const qint64 id = contacts()->model()->idAt(5);
        QSignalSpy opened(m_window.get(), &MainWindow::dialogOpened);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        auto *editor = qobject_cast<ContactEditor *>(opened.first().first().value<QDialog *>());
        QVERIFY(editor);
        QCOMPARE(editor->contactId(), id);
        QCOMPARE(editor->contact().firstName + QLatin1Char(' ') + editor->contact().lastName, nameAt(contacts(), 5));
        editor->reject();
    }

    void newContactCreatesARecordThatAppearsInTheTable()
    {
        QSignalSpy opened(m_window.get(), &MainWindow::dialogOpened);
        m_window->action(QStringLiteral("newContact"))->trigger();
        QCOMPARE(opened.count(), 1);
        auto *editor = qobject_cast<ContactEditor *>(opened.first().first().value<QDialog *>());
        QVERIFY(editor);
        QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("firstName")), QStringLiteral("Zoe"));
        QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("lastName")), QStringLiteral("Quist"));
        // Reachable, or the default style guide's error blocks saving.
        QTest::keyClicks(editor->emailList()->valueEdit(0), QStringLiteral("zoe@quist.example"));
        editor->accept();
        QCOMPARE(contacts()->model()->rowCount(), 51);
        search(QStringLiteral("quist"), 1);
        QCOMPARE(nameAt(contacts(), 0), QStringLiteral("Zoe Quist"));
    }

    void aFailingCommandIsReportedThroughThePresenter()
    {
        Q_EMIT m_ws->get()->errorOccurred(QStringLiteral("Something went wrong."));
        QCOMPARE(m_presenter->errors, QStringList{QStringLiteral("Something went wrong.")});
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
