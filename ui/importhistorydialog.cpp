#include "importhistorydialog.h"
#include "importundoer.h"
#include "messagepresenter.h"

#include "itemmodels/importhistorymodel.h"
#include "storage/workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Kempt {

ImportHistoryDialog::ImportHistoryDialog(Workspace *workspace, MessagePresenter *presenter, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_presenter(presenter)
    , m_model(new ImportHistoryModel(workspace, this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(tr("Nothing was imported into this workspace yet. File ▸ Import… brings contacts in from a "
                            "CSV, Excel, OpenDocument or vCard file."),
                         this))
    , m_undo(new QPushButton(tr("&Undo This Import"), this))
{
    setObjectName(QStringLiteral("importHistoryDialog"));
    setWindowTitle(tr("Import History"));
    m_view->setObjectName(QStringLiteral("importHistory"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(ImportHistoryModel::FileColumn, QHeaderView::Stretch);
    for (int c = ImportHistoryModel::StartedColumn; c < ImportHistoryModel::ColumnCount; ++c)
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_empty->setObjectName(QStringLiteral("importHistoryEmpty"));
    m_empty->setWordWrap(true);
    m_undo->setObjectName(QStringLiteral("undoImport"));
    m_undo->setToolTip(tr("Removes the contacts the import created and gives the records it changed their old values back. "
                          "Edit ▸ Redo brings the import back."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::undoSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ImportHistoryDialog::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ImportHistoryDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(760, 380);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateState();
}

int ImportHistoryDialog::currentRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ImportHistoryDialog::selectImport(qint64 importId)
{
    const int row = m_model->rowOfImport(importId);
    if (row >= 0)
        m_view->selectRow(row);
}

void ImportHistoryDialog::updateState()
{
    const bool any = m_model->rowCount() > 0;
    m_empty->setVisible(!any);
    m_view->setVisible(any);
    m_undo->setEnabled(m_model->entryAt(currentRow()).undoable());
}

void ImportHistoryDialog::undoSelected()
{
    const ImportHistoryModel::Entry entry = m_model->entryAt(currentRow());
    if (!entry.undoable())
        return;
    if (!m_presenter->confirm(tr("Undo Import"),
                              tr("Undo the import of %1? The contacts it created (%2) are removed and the records it changed "
                                 "get their old values back. Edit ▸ Redo brings the import back.")
                                  .arg(entry.fileName, QLocale().toString(entry.created))))
        return;
    ImportUndoer::undo(m_workspace, m_presenter, entry.id);
    // The list reloads with the workspace's change; keep the same import selected.
    selectImport(entry.id);
    updateState();
}

} // namespace Kempt
