#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace Kempt {

class ImportHistoryModel;
class MessagePresenter;
class Workspace;

// File ▸ Import History: every import of the workspace with what it did, and "Undo This
// Import" for the one selected (UndoImport on the undo stack, so Edit ▸ Redo brings it
// back).
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    ImportHistoryDialog(Workspace *workspace, MessagePresenter *presenter, QWidget *parent = nullptr);

    ImportHistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *undoButton() const { return m_undo; }
    // Selects the import with this id, when it is listed.
    void selectImport(qint64 importId);

public Q_SLOTS:
    void undoSelected();

private:
    void updateState();
    int currentRow() const;

    Workspace *m_workspace;
    MessagePresenter *m_presenter;
    ImportHistoryModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
    QPushButton *m_undo;
};

} // namespace Kempt
