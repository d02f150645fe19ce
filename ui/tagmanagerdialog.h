#pragma once

#include <QDialog>
#include <QList>

class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;

namespace Kempt {

class MessagePresenter;
class TagListModel;
class Workspace;

// The workspace's tags with how often they are used: create, rename in place, merge,
// delete and clear out unused ones. Every action is one undo step.
class TagManagerDialog : public QDialog
{
    Q_OBJECT
public:
    TagManagerDialog(Workspace *workspace, MessagePresenter *presenter, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    TagListModel *model() const { return m_model; }
    QLineEdit *newTagEdit() const { return m_newName; }
    QLineEdit *filterEdit() const { return m_filter; }

    void createTag();
    void renameCurrent();
    void mergeSelected();
    void deleteSelected();
    void removeUnused();
    // Rows of the tag model (not of the filtered view) that are selected.
    QList<int> selectedRows() const;
    void selectTags(const QStringList &names);

private:
    void updateButtons();

    Workspace *m_workspace;
    MessagePresenter *m_presenter;
    TagListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QListView *m_view;
    QLineEdit *m_newName;
    QPushButton *m_create;
    QPushButton *m_rename;
    QPushButton *m_merge;
    QPushButton *m_delete;
    QPushButton *m_removeUnused;
};

} // namespace Kempt
