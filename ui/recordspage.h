#pragma once

#include "domain/fielddef.h"
#include "itemmodels/filter.h"
#include "stores/recordselection.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;

namespace Kempt {

class MessagePresenter;
class RecordTableModel;
class TableColumns;
class Workspace;

// The table of one entity (contacts or companies), live or in the trash: search as you
// type, sort by header, columns to choose, in-place edits, and bulk actions on the
// selected rows or on every row the view shows. Every change is one undo step.
class RecordsPage : public QWidget
{
    Q_OBJECT
public:
    RecordsPage(Workspace *workspace, MessagePresenter *presenter, Entity entity, bool trash, QWidget *parent = nullptr);
    ~RecordsPage() override;

    Entity entity() const { return m_entity; }
    bool isTrash() const { return m_trash; }
    RecordTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }

    qint64 totalCount() const;
    qint64 selectedCount() const;
    // The selected rows, or every row of the view when all of them are selected.
    RecordSelection selection() const;
    bool allSelected() const;

    // Applies a saved view: its filter (the search box shows its text), columns and sort.
    void applyView(const Filter &filter, const QStringList &columns, const QString &sortKey, Qt::SortOrder order);
    // Back to the plain list: no conditions, no search.
    void clearView();
    QStringList visibleColumns() const; // in the order shown

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *bulkUpdateAction() const { return m_bulkUpdate; }
    QAction *addTagsAction() const { return m_addTags; }
    QAction *removeTagsAction() const { return m_removeTags; }
    QAction *trashAction() const { return m_trashAction; }
    QAction *restoreAction() const { return m_restore; }
    QAction *purgeAction() const { return m_purge; }

public Q_SLOTS:
    void focusSearch();
    void selectAll();
    void openCurrent();
    void openRecord(qint64 id);
    void newRecord();
    void bulkUpdate();
    void addTags();
    void removeTags();
    void moveToTrash();
    void restore();
    void purge();
    void chooseColumns();

Q_SIGNALS:
    void countsChanged();
    // An editor or dialog was opened on behalf of this page (tests find it here).
    void dialogOpened(QDialog *dialog);

private:
    void buildActions();
    void showContextMenu(const QPoint &pos);
    void updateActions();
    void updateEmptyState();
    QString settingsGroup() const;
    bool confirmBulk(const QString &title, const QString &question);

    Workspace *m_workspace;
    MessagePresenter *m_presenter;
    Entity m_entity;
    bool m_trash;
    RecordTableModel *m_model;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_empty;
    QTimer *m_searchTimer;
    TableColumns *m_columns;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_bulkUpdate = nullptr;
    QAction *m_addTags = nullptr;
    QAction *m_removeTags = nullptr;
    QAction *m_trashAction = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_purge = nullptr;
};

} // namespace Kempt
