#pragma once

#include "core/result.h"
#include "domain/fieldtype.h"
#include "itemmodels/filter.h"
#include "sidebar.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace Kempt {

class RecordExportJob;
class DealsPage;
class DuplicateSection;
class MessagePresenter;
class QualityDashboard;
class StyleGuideEditor;
class SavedViewListModel;
class RecordsPage;
class Workspace;

// The main window: a sidebar of places (contacts, companies, saved views, trash), the
// page of the place chosen, menus for everything, and record counts in the status bar.
// It never owns the workspace; it opens files in it and shows what it holds.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Workspace *workspace, MessagePresenter *presenter, QWidget *parent = nullptr);
    ~MainWindow() override;

    Result openWorkspace(const QString &path);
    Result createWorkspace(const QString &path);
    // Opens path, creating an empty workspace there first when the file does not exist.
    Result openOrCreate(const QString &path);

    Workspace *workspace() const { return m_workspace; }
    Sidebar *sidebar() const { return m_sidebar; }
    RecordsPage *contactsPage() const { return m_contacts; }
    RecordsPage *companiesPage() const { return m_companies; }
    RecordsPage *trashPage(Entity entity) const;
    // The page on screen; in the Trash, the tab shown.
    RecordsPage *currentPage() const;
    QualityDashboard *qualityDashboard() const { return m_dashboard; }
    StyleGuideEditor *styleGuideEditor() const { return m_styleGuide; }
    DuplicateSection *duplicateSection() const { return m_duplicates; }
    DealsPage *dealsPage() const { return m_deals; }
    QLabel *countsLabel() const { return m_counts; }
    // Actions by object name ("undo", "redo", "bulkUpdate", "newContact" ...).
    QAction *action(const QString &name) const;

    static QStringList recentFiles();

public Q_SLOTS:
    void showPlace(Kempt::Sidebar::Place place, qint64 viewId = 0);
    void showTrash(Entity entity);
    // Shows exactly the records filter selects in their table (the dashboard's click-through);
    // Records ▸ Save View keeps it.
    void showFilteredRecords(const Kempt::Filter &filter, const QString &description);
    void newWorkspace();
    void openWorkspaceDialog();
    void saveCopy();
    void loadSampleData();
    void exportCsv(bool selectionOnly);
    // File ▸ Import…, with the file chosen already when path is given (a drop).
    void importFile(const QString &path = QString());
    void showImportHistory();
    // File ▸ Export…: the current view or the selection as CSV, Excel or vCards.
    void exportRecords();
    void openTagManager();
    void saveView();
    void deleteView(qint64 viewId);
    void about();
    void showStatusMessage(const QString &text);

Q_SIGNALS:
    // A dialog opened on behalf of the window (editors, bulk update, tags ...).
    void dialogOpened(QDialog *dialog);
    // A CSV export finished; ok is false when it failed or was cancelled.
    void exportFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QAction *addAction(QMenu *menu, const QString &name, const QString &text, const QString &icon = QString(),
                       const QKeySequence &shortcut = QKeySequence());
    void buildMenus();
    void buildPages();
    RecordsPage *addRecordsPage(Entity entity, bool trash);
    void updateTitle();
    void updateActions();
    void updateCounts();
    void updateRecentMenu();
    void refreshSavedViews();
    SavedViewListModel *viewsOf(Entity entity) const;
    void onWorkspaceChanged();

    Workspace *m_workspace;
    MessagePresenter *m_presenter;
    Sidebar *m_sidebar;
    QSplitter *m_splitter;
    QStackedWidget *m_stack;
    RecordsPage *m_contacts;
    RecordsPage *m_companies;
    QTabWidget *m_trashTabs;
    RecordsPage *m_contactsTrash;
    RecordsPage *m_companiesTrash;
    RecordsPage *m_dealsTrash = nullptr;
    QLabel *m_counts;
    SavedViewListModel *m_contactViews;
    SavedViewListModel *m_companyViews;
    QMenu *m_recentMenu = nullptr;
    QHash<int, qint64> m_appliedView; // the saved view each page shows, 0 for none
    bool m_workspaceEmpty = false;
    QPointer<RecordExportJob> m_export;
    QualityDashboard *m_dashboard = nullptr;
    StyleGuideEditor *m_styleGuide = nullptr;
    DealsPage *m_deals = nullptr;
    DuplicateSection *m_duplicates = nullptr;
};

} // namespace Kempt
