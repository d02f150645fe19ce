#include "mainwindow.h"
#include "dealspage.h"
#include "duplicatesection.h"
#include "exportdialog.h"
#include "icons.h"
#include "importdroptarget.h"
#include "importhistorydialog.h"
#include "importwizard.h"
#include "messagepresenter.h"
#include "qualitydashboard.h"
#include "recentfiles.h"
#include "recordexportjob.h"
#include "recordnouns.h"
#include "recordspage.h"
#include "styleguideeditor.h"
#include "tagmanagerdialog.h"

#include "commandrunner.h"

#include "commands/deleteview.h"
#include "commands/saveview.h"
#include "io/sampledata.h"
#include "itemmodels/savedviewlistmodel.h"
#include "itemmodels/recordtablemodel.h"
#include "storage/workspace.h"
#include "stores/companystore.h"
#include "stores/contactstore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

namespace Kempt {

namespace {

const QString workspaceFilter()
{
    return QCoreApplication::translate("MainWindow", "Kempt workspaces (*.sqlite *.kempt);;All files (*)");
}

QString documentsDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

MainWindow::MainWindow(Workspace *workspace, MessagePresenter *presenter, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_presenter(presenter)
    , m_sidebar(new Sidebar(this))
    , m_splitter(new QSplitter(this))
    , m_stack(new QStackedWidget(this))
    , m_counts(new QLabel(this))
    , m_contactViews(new SavedViewListModel(workspace, Entity::Contact, this))
    , m_companyViews(new SavedViewListModel(workspace, Entity::Company, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::get(QStringLiteral("kempt")));
    buildPages();
    buildMenus();

    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({200, 1000});
    setCentralWidget(m_splitter);
    statusBar()->addWidget(m_counts, 1);
    m_counts->setObjectName(QStringLiteral("counts"));

    connect(m_sidebar, &Sidebar::placeChosen, this, &MainWindow::showPlace);
    connect(m_sidebar, &Sidebar::deleteViewRequested, this, &MainWindow::deleteView);
    for (SavedViewListModel *views : {m_contactViews, m_companyViews}) {
        connect(views, &QAbstractItemModel::modelReset, this, &MainWindow::refreshSavedViews);
        connect(views, &QAbstractItemModel::rowsInserted, this, &MainWindow::refreshSavedViews);
        connect(views, &QAbstractItemModel::rowsRemoved, this, &MainWindow::refreshSavedViews);
        connect(views, &QAbstractItemModel::dataChanged, this, &MainWindow::refreshSavedViews);
    }
    connect(m_workspace, &Workspace::errorOccurred, this, [this](const QString &message) { m_presenter->error(message); });
    connect(m_workspace, &Workspace::opened, this, [this](const QString &path) {
        RecentFiles::add(path);
        // Another file: the views and searches of the last one mean nothing here.
        m_appliedView.clear();
        for (RecordsPage *page : {m_contacts, m_companies, m_contactsTrash, m_companiesTrash})
            page->clearView();
        m_sidebar->select(Sidebar::Place::Contacts);
        onWorkspaceChanged();
    });
    connect(m_workspace, &Workspace::closed, this, &MainWindow::onWorkspaceChanged);
    // A contact file dropped onto the window opens the import wizard with it.
    connect(new ImportDropTarget(this), &ImportDropTarget::fileDropped, this, [this](const QString &path) { importFile(path); });
    connect(m_workspace, &Workspace::changed, this, [this] {
        // Only an empty workspace can stop being empty; counting a big one on every edit is waste.
        if (m_workspaceEmpty)
            onWorkspaceChanged();
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const QByteArray splitter = settings.value(QStringLiteral("window/splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    if (settings.value(QStringLiteral("window/geometry")).isNull())
        resize(1200, 760);

    refreshSavedViews();
    m_sidebar->select(Sidebar::Place::Contacts);
    onWorkspaceChanged();
}

MainWindow::~MainWindow()
{
    if (m_export)
        m_export->cancel();
}

RecordsPage *MainWindow::addRecordsPage(Entity entity, bool trash)
{
    auto *page = new RecordsPage(m_workspace, m_presenter, entity, trash, this);
    connect(page, &RecordsPage::countsChanged, this, [this, page] {
        if (page == currentPage()) {
            updateCounts();
            updateActions();
        }
    });
    connect(page, &RecordsPage::dialogOpened, this, &MainWindow::dialogOpened);
    return page;
}

void MainWindow::buildPages()
{
    m_contacts = addRecordsPage(Entity::Contact, false);
    m_companies = addRecordsPage(Entity::Company, false);
    m_contactsTrash = addRecordsPage(Entity::Contact, true);
    m_companiesTrash = addRecordsPage(Entity::Company, true);
    m_trashTabs = new QTabWidget(this);
    m_trashTabs->setObjectName(QStringLiteral("trashTabs"));
    m_trashTabs->setDocumentMode(true);
    m_trashTabs->addTab(m_contactsTrash, Icons::get(QStringLiteral("contacts")), tr("Contacts"));
    m_trashTabs->addTab(m_companiesTrash, Icons::get(QStringLiteral("companies")), tr("Companies"));
    m_dealsTrash = addRecordsPage(Entity::Deal, true);
    m_trashTabs->addTab(m_dealsTrash, Icons::get(QStringLiteral("deals")), tr("Deals"));
    connect(m_trashTabs, &QTabWidget::currentChanged, this, [this] {
        updateCounts();
        updateActions();
    });
    m_stack->addWidget(m_contacts);
    m_stack->addWidget(m_companies);
    m_deals = new DealsPage(m_workspace, m_presenter, this);
    m_stack->addWidget(m_deals);
    connect(m_deals, &DealsPage::dialogOpened, this, &MainWindow::dialogOpened);
    connect(m_deals, &DealsPage::countsChanged, this, [this] {
        updateCounts();
        updateActions();
    });
    m_stack->addWidget(m_trashTabs);

    m_dashboard = new QualityDashboard(m_workspace, m_presenter, this);
    m_styleGuide = new StyleGuideEditor(m_workspace, m_presenter, this);
    m_stack->addWidget(m_dashboard);
    m_stack->addWidget(m_styleGuide);
    connect(m_dashboard, &QualityDashboard::showRecordsRequested, this, &MainWindow::showFilteredRecords);
    connect(m_dashboard, &QualityDashboard::dialogOpened, this, &MainWindow::dialogOpened);
    connect(m_dashboard, &QualityDashboard::auditFinished, this, [this] {
        // The audit writes findings on its own connection, outside any change batch.
        for (RecordsPage *page : {m_contacts, m_companies})
            page->model()->reload();
    });
    connect(m_dashboard, &QualityDashboard::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_styleGuide, &StyleGuideEditor::statusMessage, this, &MainWindow::showStatusMessage);

    m_duplicates = new DuplicateSection(m_workspace, m_presenter, this);
    m_stack->addWidget(m_duplicates);
    connect(m_duplicates, &DuplicateSection::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_duplicates, &DuplicateSection::groupsChanged, m_dashboard, &QualityDashboard::reload);
    connect(m_dashboard, &QualityDashboard::duplicateReviewRequested, this, [this] { showPlace(Sidebar::Place::Duplicates); });
    connect(m_dashboard, &QualityDashboard::duplicateScanRequested, m_duplicates, &DuplicateSection::startScan);
}

void MainWindow::showStatusMessage(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::showFilteredRecords(const Filter &filter, const QString &description)
{
    const bool company = filter.entity() == Entity::Company;
    RecordsPage *page = company ? m_companies : m_contacts;
    page->applyView(filter, {}, page->model()->sortColumnKey(), page->model()->sortOrder());
    m_appliedView.insert(int(filter.entity()), 0);
    m_stack->setCurrentWidget(page);
    m_sidebar->select(company ? Sidebar::Place::Companies : Sidebar::Place::Contacts);
    updateCounts();
    updateActions();
    statusBar()->showMessage(tr("Showing %1: %2. Records ▸ Save View keeps this list.")
                                 .arg(RecordNouns::count(filter.entity(), page->totalCount()), description),
                             10000);
}

QAction *MainWindow::addAction(QMenu *menu, const QString &name, const QString &text, const QString &icon,
                               const QKeySequence &shortcut)
{
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    if (!icon.isEmpty())
        a->setIcon(Icons::get(icon));
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    if (menu)
        menu->addAction(a);
    return a;
}

QAction *MainWindow::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    connect(addAction(file, QStringLiteral("newWorkspace"), tr("&New Workspace…"), QString(), QKeySequence::New),
            &QAction::triggered, this, &MainWindow::newWorkspace);
    connect(addAction(file, QStringLiteral("openWorkspace"), tr("&Open…"), QString(), QKeySequence::Open),
            &QAction::triggered, this, &MainWindow::openWorkspaceDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    connect(addAction(file, QStringLiteral("saveCopy"), tr("Save a &Copy…"), QString(), QKeySequence::SaveAs),
            &QAction::triggered, this, &MainWindow::saveCopy);
    QMenu *exportMenu = file->addMenu(Icons::get(QStringLiteral("export")), tr("&Export"));
    connect(addAction(exportMenu, QStringLiteral("exportView"), tr("Current View as &CSV…")), &QAction::triggered, this,
            [this] { exportCsv(false); });
    connect(addAction(exportMenu, QStringLiteral("exportSelection"), tr("&Selected Records as CSV…")), &QAction::triggered,
            this, [this] { exportCsv(true); });
    connect(addAction(file, QStringLiteral("exportRecords"), tr("E&xport…"), QString(), QKeySequence(Qt::CTRL | Qt::Key_E)),
            &QAction::triggered, this, &MainWindow::exportRecords);
    file->addSeparator();
    connect(addAction(file, QStringLiteral("importFile"), tr("&Import…"), QString(), QKeySequence(Qt::CTRL | Qt::Key_I)),
            &QAction::triggered, this, [this] { importFile(); });
    connect(addAction(file, QStringLiteral("importHistory"), tr("Import &History…")), &QAction::triggered, this,
            &MainWindow::showImportHistory);
    file->addSeparator();
    connect(addAction(file, QStringLiteral("loadSampleData"), tr("Load &Sample Data")), &QAction::triggered, this,
            &MainWindow::loadSampleData);
    file->addSeparator();
    QAction *quit = addAction(file, QStringLiteral("quit"), tr("&Quit"), QString(), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_workspace->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(Icons::get(QStringLiteral("undo")));
    QAction *redo = m_workspace->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(Icons::get(QStringLiteral("redo")));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    connect(addAction(edit, QStringLiteral("selectAll"), tr("Select &All"), QString(), QKeySequence::SelectAll),
            &QAction::triggered, this, [this] {
                if (RecordsPage *p = currentPage())
                    p->selectAll();
            });
    connect(addAction(edit, QStringLiteral("delete"), tr("&Delete to Trash"), QStringLiteral("trash"), QKeySequence::Delete),
            &QAction::triggered, this, [this] {
                RecordsPage *p = currentPage();
                if (p && p->isTrash())
                    p->purge();
                else if (p)
                    p->moveToTrash();
            });
    connect(addAction(edit, QStringLiteral("restore"), tr("Res&tore from Trash"), QStringLiteral("restore")),
            &QAction::triggered, this, [this] {
                if (RecordsPage *p = currentPage())
                    p->restore();
            });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    connect(addAction(view, QStringLiteral("showContacts"), tr("&Contacts"), QStringLiteral("contacts"),
                      QKeySequence(Qt::CTRL | Qt::Key_1)),
            &QAction::triggered, this, [this] { m_sidebar->select(Sidebar::Place::Contacts); });
    connect(addAction(view, QStringLiteral("showCompanies"), tr("C&ompanies"), QStringLiteral("companies"),
                      QKeySequence(Qt::CTRL | Qt::Key_2)),
            &QAction::triggered, this, [this] { m_sidebar->select(Sidebar::Place::Companies); });
    connect(addAction(view, QStringLiteral("showDeals"), tr("&Deals"), QStringLiteral("deals")), &QAction::triggered, this,
            [this] { m_sidebar->select(Sidebar::Place::Deals); });
    connect(addAction(view, QStringLiteral("showTrash"), tr("&Trash"), QStringLiteral("trash"),
                      QKeySequence(Qt::CTRL | Qt::Key_3)),
            &QAction::triggered, this, [this] { m_sidebar->select(Sidebar::Place::Trash); });
    connect(addAction(view, QStringLiteral("showQualityDashboard"), tr("Data &Quality Dashboard"), QStringLiteral("quality"),
                      QKeySequence(Qt::CTRL | Qt::Key_4)),
            &QAction::triggered, this, [this] { m_sidebar->select(Sidebar::Place::QualityDashboard); });
    connect(addAction(view, QStringLiteral("showStyleGuide"), tr("St&yle Guide"), QStringLiteral("styleguide"),
                      QKeySequence(Qt::CTRL | Qt::Key_5)),
            &QAction::triggered, this, [this] { m_sidebar->select(Sidebar::Place::StyleGuide); });
    view->addSeparator();
    connect(addAction(view, QStringLiteral("search"), tr("&Search"), QStringLiteral("search"), QKeySequence::Find),
            &QAction::triggered, this, [this] {
                if (RecordsPage *p = currentPage())
                    p->focusSearch();
            });
    connect(addAction(view, QStringLiteral("columns"), tr("Co&lumns…"), QStringLiteral("columns")), &QAction::triggered,
            this, [this] {
                if (RecordsPage *p = currentPage())
                    p->chooseColumns();
            });
    QAction *sidebar = addAction(view, QStringLiteral("toggleSidebar"), tr("Show Side&bar"));
    sidebar->setCheckable(true);
    sidebar->setChecked(true);
    connect(sidebar, &QAction::toggled, m_sidebar, &QWidget::setVisible);

    QMenu *records = menuBar()->addMenu(tr("&Records"));
    connect(addAction(records, QStringLiteral("newContact"), tr("New &Contact…"), QStringLiteral("add"), QKeySequence::New),
            &QAction::triggered, this, [this] {
                m_sidebar->select(Sidebar::Place::Contacts);
                m_contacts->newRecord();
            });
    // Ctrl+N creates what people create most; a new workspace is rare enough for the menu.
    action(QStringLiteral("newWorkspace"))->setShortcut(QKeySequence());
    connect(addAction(records, QStringLiteral("newCompany"), tr("New Co&mpany…"), QStringLiteral("companies"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)),
            &QAction::triggered, this, [this] {
                m_sidebar->select(Sidebar::Place::Companies);
                m_companies->newRecord();
            });
    connect(addAction(records, QStringLiteral("newDeal"), tr("New &Deal…"), QStringLiteral("deals")), &QAction::triggered, this,
            [this] {
                m_sidebar->select(Sidebar::Place::Deals);
                m_deals->newDeal();
            });
    records->addSeparator();
    connect(addAction(records, QStringLiteral("open"), tr("&Open"), QStringLiteral("edit")), &QAction::triggered, this, [this] {
        if (RecordsPage *p = currentPage())
            p->openCurrent();
    });
    connect(addAction(records, QStringLiteral("bulkUpdate"), tr("&Bulk Update…"), QString(),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)),
            &QAction::triggered, this, [this] {
                if (RecordsPage *p = currentPage())
                    p->bulkUpdate();
            });
    connect(addAction(records, QStringLiteral("addTags"), tr("&Add Tags…"), QStringLiteral("tag")), &QAction::triggered,
            this, [this] {
                if (RecordsPage *p = currentPage())
                    p->addTags();
            });
    connect(addAction(records, QStringLiteral("removeTags"), tr("&Remove Tags…")), &QAction::triggered, this, [this] {
        if (RecordsPage *p = currentPage())
            p->removeTags();
    });
    records->addSeparator();
    connect(addAction(records, QStringLiteral("saveView"), tr("&Save View…"), QStringLiteral("view")), &QAction::triggered,
            this, &MainWindow::saveView);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    connect(addAction(tools, QStringLiteral("tags"), tr("&Tags…"), QStringLiteral("tag"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)),
            &QAction::triggered, this, &MainWindow::openTagManager);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = addAction(help, QStringLiteral("about"), tr("&About Kempt"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::about);
}

RecordsPage *MainWindow::trashPage(Entity entity) const
{
    if (entity == Entity::Deal)
        return m_dealsTrash;
    return entity == Entity::Company ? m_companiesTrash : m_contactsTrash;
}

RecordsPage *MainWindow::currentPage() const
{
    QWidget *w = m_stack->currentWidget();
    if (w == m_trashTabs)
        return qobject_cast<RecordsPage *>(m_trashTabs->currentWidget());
    if (w == m_deals)
        return m_deals->currentRecordsPage();
    return qobject_cast<RecordsPage *>(w);
}

void MainWindow::showPlace(Sidebar::Place place, qint64 viewId)
{
    switch (place) {
    case Sidebar::Place::Contacts:
    case Sidebar::Place::Companies: {
        RecordsPage *page = place == Sidebar::Place::Contacts ? m_contacts : m_companies;
        // Coming back from a saved view shows the whole list again.
        if (m_appliedView.value(int(page->entity())) != 0) {
            page->clearView();
            m_appliedView.insert(int(page->entity()), 0);
        }
        m_stack->setCurrentWidget(page);
        break;
    }
    case Sidebar::Place::Trash:
        m_stack->setCurrentWidget(m_trashTabs);
        break;
    case Sidebar::Place::Deals:
        m_stack->setCurrentWidget(m_deals);
        break;
    case Sidebar::Place::QualityDashboard:
        m_stack->setCurrentWidget(m_dashboard);
        break;
    case Sidebar::Place::StyleGuide:
        m_stack->setCurrentWidget(m_styleGuide);
        break;
    case Sidebar::Place::Duplicates:
        m_stack->setCurrentWidget(m_duplicates);
        break;
    case Sidebar::Place::SavedView:
        for (SavedViewListModel *views : {m_contactViews, m_companyViews}) {
            const int row = views->rowOfId(viewId);
            if (row < 0)
                continue;
            const SavedView v = views->viewAt(row);
            RecordsPage *page = v.entity == Entity::Company ? m_companies : m_contacts;
            page->applyView(v.filter, v.columns, v.sortKey, v.sortOrder);
            m_appliedView.insert(int(v.entity), v.id);
            m_stack->setCurrentWidget(page);
        }
        break;
    }
    m_sidebar->select(place, viewId);
    updateCounts();
    updateActions();
}

void MainWindow::showTrash(Entity entity)
{
    m_sidebar->select(Sidebar::Place::Trash);
    m_trashTabs->setCurrentWidget(trashPage(entity));
}

void MainWindow::onWorkspaceChanged()
{
    const bool open = m_workspace->isOpen();
    m_workspaceEmpty = open && ContactStore(m_workspace->db()).count(true) == 0
        && CompanyStore(m_workspace->db()).names(QString(), 1).isEmpty();
    updateTitle();
    updateActions();
    updateCounts();
}

void MainWindow::updateTitle()
{
    if (!m_workspace->isOpen()) {
        setWindowTitle(QStringLiteral("Kempt"));
        return;
    }
    setWindowTitle(tr("%1 – Kempt").arg(QFileInfo(m_workspace->path()).fileName()));
}

void MainWindow::updateActions()
{
    const bool open = m_workspace->isOpen();
    RecordsPage *page = currentPage();
    const bool trash = page && page->isTrash();
    const qint64 selected = page ? page->selectedCount() : 0;
    const qint64 total = page ? page->totalCount() : 0;
    action(QStringLiteral("saveCopy"))->setEnabled(open);
    action(QStringLiteral("loadSampleData"))->setEnabled(open && m_workspaceEmpty);
    action(QStringLiteral("exportView"))->setEnabled(open && page && !trash && total > 0 && !m_export);
    action(QStringLiteral("exportSelection"))->setEnabled(open && page && !trash && selected > 0 && !m_export);
    action(QStringLiteral("exportRecords"))->setEnabled(open && page && !trash && total > 0);
    action(QStringLiteral("importFile"))->setEnabled(open);
    action(QStringLiteral("importHistory"))->setEnabled(open);
    action(QStringLiteral("selectAll"))->setEnabled(open && total > 0);
    QAction *del = action(QStringLiteral("delete"));
    del->setText(trash ? tr("&Delete for Good…") : tr("&Delete to Trash"));
    del->setEnabled(open && selected > 0);
    action(QStringLiteral("restore"))->setEnabled(open && trash && selected > 0);
    action(QStringLiteral("newContact"))->setEnabled(open);
    action(QStringLiteral("newCompany"))->setEnabled(open);
    action(QStringLiteral("newDeal"))->setEnabled(open);
    action(QStringLiteral("open"))->setEnabled(open && !trash && page && page->openAction()->isEnabled());
    action(QStringLiteral("bulkUpdate"))->setEnabled(open && !trash && total > 0);
    action(QStringLiteral("addTags"))->setEnabled(open && !trash && total > 0);
    action(QStringLiteral("removeTags"))->setEnabled(open && !trash && total > 0);
    if (page && !page->addTagsAction()->isVisible()) {
        action(QStringLiteral("addTags"))->setEnabled(false);
        action(QStringLiteral("removeTags"))->setEnabled(false);
    }
    action(QStringLiteral("saveView"))->setEnabled(open && page && !trash);
    action(QStringLiteral("tags"))->setEnabled(open);
    action(QStringLiteral("columns"))->setEnabled(open && page);
    action(QStringLiteral("search"))->setEnabled(open && page);
}

void MainWindow::updateCounts()
{
    RecordsPage *page = currentPage();
    if (!page || !m_workspace->isOpen()) {
        m_counts->setText(m_workspace->isOpen() ? QString() : tr("No workspace is open."));
        return;
    }
    QString text = RecordNouns::count(page->entity(), page->totalCount());
    if (page->isTrash())
        text = tr("%1 in the trash").arg(text);
    const qint64 selected = page->selectedCount();
    if (selected > 0)
        text += QStringLiteral(" · ") + tr("%1 selected").arg(QLocale().toString(selected));
    m_counts->setText(text);
}

Result MainWindow::openWorkspace(const QString &path)
{
    const Result r = m_workspace->open(path);
    if (!r)
        m_presenter->error(r.message());
    return r;
}

Result MainWindow::createWorkspace(const QString &path)
{
    const Result r = m_workspace->create(path);
    if (!r)
        m_presenter->error(r.message());
    return r;
}

Result MainWindow::openOrCreate(const QString &path)
{
    return QFileInfo::exists(path) ? openWorkspace(path) : createWorkspace(path);
}

void MainWindow::newWorkspace()
{
    const QString path = m_presenter->saveFileName(tr("New Workspace"), documentsDir() + tr("/Customers.sqlite"),
                                                   workspaceFilter());
    if (!path.isEmpty())
        createWorkspace(path);
}

void MainWindow::openWorkspaceDialog()
{
    const QString path = m_presenter->openFileName(tr("Open Workspace"), documentsDir(), workspaceFilter());
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::saveCopy()
{
    if (!m_workspace->isOpen())
        return;
    const QFileInfo current(m_workspace->path());
    const QString suggested = current.absolutePath() + QLatin1Char('/') + tr("%1 copy.%2").arg(current.completeBaseName(), current.suffix());
    const QString path = m_presenter->saveFileName(tr("Save a Copy"), suggested, workspaceFilter());
    if (path.isEmpty())
        return;
    const Result r = m_workspace->saveCopy(path);
    if (!r)
        m_presenter->error(r.message());
    else
        statusBar()->showMessage(tr("Saved a copy as %1.").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::loadSampleData()
{
    if (!m_workspace->isOpen() || !m_workspaceEmpty)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result r = SampleData::load(m_workspace);
    QApplication::restoreOverrideCursor();
    if (!r)
        m_presenter->error(r.message());
}

void MainWindow::exportCsv(bool selectionOnly)
{
    RecordsPage *page = currentPage();
    if (!page || page->isTrash() || !m_workspace->isOpen() || m_export)
        return;
    const qint64 rows = selectionOnly ? page->selectedCount() : page->totalCount();
    if (rows == 0)
        return;
    const QString name = RecordNouns::plural(page->entity()) + QStringLiteral(".csv");
    const QString path = m_presenter->saveFileName(tr("Export as CSV"), documentsDir() + QLatin1Char('/') + name,
                                                   tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const RecordSelection selection = selectionOnly ? page->selection() : page->model()->selectionForAll();
    auto *job = new RecordExportJob(m_workspace->path(), page->entity(), selection, RecordExportJob::Format::Csv, path, this);
    m_export = job;
    auto *progress = new QProgressDialog(tr("Exporting %1…").arg(RecordNouns::count(page->entity(), rows)), tr("Cancel"),
                                         0, int(std::min<qint64>(rows, INT_MAX)), this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, job, &RecordExportJob::cancel);
    connect(job, &RecordExportJob::progress, progress, [progress](qint64 n) { progress->setValue(int(std::min<qint64>(n, INT_MAX))); });
    connect(job, &RecordExportJob::finished, this, [this, job, progress, path](bool ok, qint64 written, const QString &message) {
        progress->deleteLater();
        job->deleteLater();
        m_export = nullptr;
        updateActions();
        if (ok)
            statusBar()->showMessage(tr("Exported %Ln records to %1.", nullptr, int(std::min<qint64>(written, INT_MAX)))
                                         .arg(QDir::toNativeSeparators(path)),
                                     8000);
        else
            m_presenter->error(message);
        Q_EMIT exportFinished(ok);
    });
    updateActions();
    job->start();
}

void MainWindow::openTagManager()
{
    if (!m_workspace->isOpen())
        return;
    auto *dialog = new TagManagerDialog(m_workspace, m_presenter, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void MainWindow::importFile(const QString &path)
{
    if (!m_workspace->isOpen())
        return;
    auto *wizard = new ImportWizard(m_workspace, m_presenter, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!path.isEmpty() && wizard->openFile(path))
        wizard->next(); // the file is chosen: straight on to how it is read
    wizard->open();
    Q_EMIT dialogOpened(wizard);
}

void MainWindow::showImportHistory()
{
    if (!m_workspace->isOpen())
        return;
    auto *dialog = new ImportHistoryDialog(m_workspace, m_presenter, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void MainWindow::exportRecords()
{
    RecordsPage *page = currentPage();
    if (!page || page->isTrash() || !m_workspace->isOpen())
        return;
    auto *dialog = new ExportDialog(m_workspace, m_presenter, page->entity(), page->model()->selectionForAll(), page->totalCount(),
                                    page->selection(), page->selectedCount(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::statusMessage, this, &MainWindow::showStatusMessage);
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

SavedViewListModel *MainWindow::viewsOf(Entity entity) const
{
    return entity == Entity::Company ? m_companyViews : m_contactViews;
}

void MainWindow::saveView()
{
    RecordsPage *page = currentPage();
    if (page && page->entity() == Entity::Deal) {
        m_deals->saveView(); // deal views live in the Deals section
        return;
    }
    if (!page || page->isTrash() || !m_workspace->isOpen())
        return;
    SavedViewListModel *views = viewsOf(page->entity());
    const int appliedRow = views->rowOfId(m_appliedView.value(int(page->entity())));
    const QString suggested = appliedRow >= 0 ? views->viewAt(appliedRow).name : QString();
    const QString name = m_presenter->askText(tr("Save View"),
                                              page->entity() == Entity::Company ? tr("Name of the view of companies:")
                                                                                : tr("Name of the view of contacts:"),
                                              suggested);
    if (name.isEmpty())
        return;
    const int existing = views->rowOfName(name);
    if (existing >= 0 && existing != appliedRow
        && !m_presenter->confirm(tr("Save View"), tr("A view named “%1” exists already. Replace it?").arg(name)))
        return;
    SavedView view;
    view.entity = page->entity();
    view.name = name;
    view.filter = page->model()->filter();
    view.filter.trash = false;
    view.columns = page->visibleColumns();
    view.sortKey = page->model()->sortColumnKey();
    view.sortOrder = page->model()->sortOrder();
    QUndoStack *stack = m_workspace->undoStack();
    const int before = stack->index();
    if (!CommandRunner::push(m_workspace, new SaveView(m_workspace, view)) || stack->index() == before)
        return;
    const qint64 id = static_cast<const SaveView *>(stack->command(stack->index() - 1))->viewId();
    views->reload();
    m_appliedView.insert(int(view.entity), id);
    m_sidebar->select(Sidebar::Place::SavedView, id);
    statusBar()->showMessage(tr("Saved the view “%1”.").arg(name), 5000);
}

void MainWindow::deleteView(qint64 viewId)
{
    for (SavedViewListModel *views : {m_contactViews, m_companyViews}) {
        const int row = views->rowOfId(viewId);
        if (row < 0)
            continue;
        const SavedView view = views->viewAt(row);
        if (!m_presenter->confirm(tr("Delete View"),
                                  tr("Delete the view “%1”? The records it shows stay as they are.").arg(view.name)))
            return;
        CommandRunner::push(m_workspace, new DeleteView(m_workspace, view));
        return;
    }
}

void MainWindow::refreshSavedViews()
{
    QList<Sidebar::View> list;
    for (SavedViewListModel *views : {m_contactViews, m_companyViews})
        for (int r = 0; r < views->rowCount(); ++r) {
            const SavedView v = views->viewAt(r);
            list.append({v.id, v.name, v.entity});
        }
    m_sidebar->setSavedViews(list);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Kempt"),
                       tr("<h3>Kempt %1</h3><p>A desktop CRM that keeps customer data clean.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

QStringList MainWindow::recentFiles()
{
    return RecentFiles::list();
}

void MainWindow::updateRecentMenu()
{
    RecentFiles::fillMenu(m_recentMenu, m_workspace->path(), [this](const QString &path) { openWorkspace(path); });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_styleGuide->isModified()
        && !m_presenter->confirm(tr("Quit"), tr("The style guide has changes not saved as a version. Quit and discard them?"))) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace Kempt
