#include "tagmanagerdialog.h"
#include "alignment.h"
#include "commandrunner.h"
#include "countitemdelegate.h"
#include "icons.h"
#include "messagepresenter.h"

#include "commands/createtag.h"
#include "commands/deletetags.h"
#include "commands/mergetags.h"
#include "commands/removeunusedtags.h"
#include "itemmodels/taglistmodel.h"
#include "storage/workspace.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Kempt {

TagManagerDialog::TagManagerDialog(Workspace *workspace, MessagePresenter *presenter, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_presenter(presenter)
    , m_model(new TagListModel(workspace, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_newName(new QLineEdit(this))
    , m_create(new QPushButton(Icons::get(QStringLiteral("add")), tr("&Create"), this))
    , m_rename(new QPushButton(tr("&Rename"), this))
    , m_merge(new QPushButton(tr("&Merge Into…"), this))
    , m_delete(new QPushButton(Icons::get(QStringLiteral("trash")), tr("&Delete…"), this))
    , m_removeUnused(new QPushButton(tr("Remove &Unused…"), this))
{
    setWindowTitle(tr("Tags"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(TagListModel::NameRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setPlaceholderText(tr("Filter tags"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new CountItemDelegate(TagListModel::NameRole,
                                                  {TagListModel::ContactCountRole, TagListModel::CompanyCountRole}, m_view));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_view->setUniformItemSizes(true);
    m_view->setAlternatingRowColors(true);

    m_newName->setPlaceholderText(tr("New tag name"));
    m_newName->setClearButtonEnabled(true);
    m_create->setAutoDefault(false);
    for (QPushButton *b : {m_rename, m_merge, m_delete, m_removeUnused})
        b->setAutoDefault(false);
    m_rename->setToolTip(tr("Rename the tag in place (F2)"));
    m_merge->setToolTip(tr("Fold the selected tags into one of them"));
    m_removeUnused->setToolTip(tr("Delete every tag no contact or company carries"));

    auto *createRow = new QHBoxLayout;
    createRow->addWidget(m_newName, 1);
    createRow->addWidget(m_create);

    auto *side = new QVBoxLayout;
    side->addWidget(m_rename);
    side->addWidget(m_merge);
    side->addWidget(m_delete);
    side->addSpacing(12);
    side->addWidget(m_removeUnused);
    side->addStretch();

    auto *hint = new QLabel(tr("The number beside each tag counts the contacts and companies that carry it."), this);
    hint->setWordWrap(true);
    hint->setAlignment(leadingEdge() | Qt::AlignTop);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *left = new QVBoxLayout;
    left->addWidget(m_filter);
    left->addWidget(m_view, 1);
    left->addLayout(createRow);

    auto *main = new QHBoxLayout;
    main->addLayout(left, 1);
    main->addLayout(side);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(main, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);

    connect(m_newName, &QLineEdit::returnPressed, this, &TagManagerDialog::createTag);
    connect(m_newName, &QLineEdit::textChanged, this, &TagManagerDialog::updateButtons);
    connect(m_create, &QPushButton::clicked, this, &TagManagerDialog::createTag);
    connect(m_rename, &QPushButton::clicked, this, &TagManagerDialog::renameCurrent);
    connect(m_merge, &QPushButton::clicked, this, &TagManagerDialog::mergeSelected);
    connect(m_delete, &QPushButton::clicked, this, &TagManagerDialog::deleteSelected);
    connect(m_removeUnused, &QPushButton::clicked, this, &TagManagerDialog::removeUnused);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TagManagerDialog::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TagManagerDialog::updateButtons);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &TagManagerDialog::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TagManagerDialog::updateButtons);
    updateButtons();
    resize(520, 460);
}

QList<int> TagManagerDialog::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(i).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void TagManagerDialog::selectTags(const QStringList &names)
{
    QItemSelection selection;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, 0);
        if (names.contains(i.data(TagListModel::NameRole).toString(), Qt::CaseInsensitive))
            selection.select(i, i);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        m_view->selectionModel()->setCurrentIndex(selection.indexes().first(), QItemSelectionModel::NoUpdate);
}

void TagManagerDialog::updateButtons()
{
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    bool unused = false;
    for (int r = 0; r < m_model->rowCount() && !unused; ++r)
        unused = m_model->tagAt(r).total() == 0;
    m_create->setEnabled(!m_newName->text().trimmed().isEmpty());
    m_rename->setEnabled(selected == 1);
    m_merge->setEnabled(selected >= 2);
    m_delete->setEnabled(selected >= 1);
    m_removeUnused->setEnabled(unused);
}

void TagManagerDialog::createTag()
{
    const QString name = m_newName->text().trimmed();
    if (name.isEmpty())
        return;
    if (CommandRunner::push(m_workspace, new CreateTag(m_workspace, name))) {
        m_newName->clear();
        m_filter->clear();
        selectTags({name});
    }
}

void TagManagerDialog::renameCurrent()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() == 1)
        m_view->edit(rows.first());
}

void TagManagerDialog::mergeSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.size() < 2)
        return;
    QStringList names;
    for (int r : rows)
        names << m_model->tagAt(r).name;
    const QString into = m_presenter->choose(tr("Merge Tags"),
                                             tr("Keep which tag? The other %Ln tags are folded into it and deleted.",
                                                nullptr, int(names.size()) - 1),
                                             names);
    if (into.isEmpty())
        return;
    const qint64 intoId = m_model->tagAt(rows.at(names.indexOf(into))).id;
    QUndoStack *stack = m_workspace->undoStack();
    // Several tags into one is still one step for the person, so one undo brings all back.
    stack->beginMacro(tr("Merge tags into “%1”").arg(into));
    for (int r : rows) {
        const TagUsage tag = m_model->tagAt(r);
        if (tag.id != intoId)
            CommandRunner::push(m_workspace, new MergeTags(m_workspace, tag.id, intoId));
    }
    stack->endMacro();
    selectTags({into});
}

void TagManagerDialog::deleteSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    QList<qint64> ids;
    QStringList names;
    qint64 records = 0;
    for (int r : rows) {
        const TagUsage tag = m_model->tagAt(r);
        ids << tag.id;
        names << tag.name;
        records += tag.total();
    }
    const QString what = ids.size() == 1 ? tr("Delete the tag “%1”?").arg(names.first())
                                         : tr("Delete %Ln tags?", nullptr, int(ids.size()));
    QString effect;
    if (records == 0)
        effect = ids.size() == 1 ? tr("No contact or company carries it.") : tr("No contact or company carries them.");
    else if (records == 1)
        effect = tr("One record loses it.");
    else
        effect = tr("%Ln records lose it.", nullptr, int(std::min<qint64>(records, INT_MAX)));
    if (!m_presenter->confirm(tr("Delete Tags"), what + QLatin1Char(' ') + effect))
        return;
    CommandRunner::push(m_workspace, new DeleteTags(m_workspace, ids));
}

void TagManagerDialog::removeUnused()
{
    int unused = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        unused += m_model->tagAt(r).total() == 0 ? 1 : 0;
    if (unused == 0)
        return;
    if (!m_presenter->confirm(tr("Remove Unused Tags"),
                              unused == 1 ? tr("Delete the one tag that no contact or company carries?")
                                          : tr("Delete the %Ln tags that no contact or company carries?", nullptr, unused)))
        return;
    CommandRunner::push(m_workspace, new RemoveUnusedTags(m_workspace));
}

} // namespace Kempt
