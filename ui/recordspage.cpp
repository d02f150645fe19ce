#include "recordspage.h"
#include "bulkupdatedialog.h"
#include "columnchooserdialog.h"
#include "commandrunner.h"
#include "companyeditor.h"
#include "contacteditor.h"
#include "dealeditor.h"
#include "icons.h"
#include "messagepresenter.h"
#include "qualityfilterbutton.h"
#include "recorditemdelegate.h"
#include "recordnouns.h"
#include "tablecolumns.h"
#include "tagpickerdialog.h"

#include "commands/deleterecords.h"
#include "commands/purgerecords.h"
#include "commands/restorerecords.h"
#include "commands/tagrecords.h"
#include "commands/untagrecords.h"
#include "commands/updatefield.h"
#include "domain/fieldcatalog.h"
#include "itemmodels/entitytablespec.h"
#include "itemmodels/qualitycolumn.h"
#include "itemmodels/recordtablemodel.h"
#include "storage/workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kempt {

namespace {

constexpr int searchDelayMs = 120;

// Enter/Return on the table opens the record.
class EnterFilter : public QObject
{
public:
    EnterFilter(QTableView *view, RecordsPage *page) : QObject(view), m_page(page) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            // An open cell editor has the focus and takes its own Enter, so this is the table's.
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
                m_page->openCurrent();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    RecordsPage *m_page;
};

} // namespace

RecordsPage::RecordsPage(Workspace *workspace, MessagePresenter *presenter, Entity entity, bool trash, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_presenter(presenter)
    , m_entity(entity)
    , m_trash(trash)
    , m_model(new RecordTableModel(workspace, entity, this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(m_view->viewport()))
    , m_searchTimer(new QTimer(this))
    , m_columns(new TableColumns(m_view, m_model, settingsGroup()))
{
    setObjectName(FieldCatalog::entityName(entity) + (trash ? QStringLiteral("TrashPage") : QStringLiteral("Page")));
    if (trash) {
        Filter f(entity);
        f.trash = true;
        m_model->setFilter(f);
    }

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(entity == Entity::Company ? tr("Search companies") : tr("Search contacts"));
    if (entity == Entity::Deal)
        m_search->setPlaceholderText(tr("Search deals by title or company"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setMaximumWidth(420);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    // Typing restarts the timer, so the query runs once the person pauses.
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        m_model->setSearch(m_search->text());
        m_view->setFocus();
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, 0));
    });

    m_view->setModel(m_model);
    m_view->setItemDelegate(new RecordItemDelegate(workspace, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setCornerButtonEnabled(false);
    m_view->setEditTriggers(trash ? QAbstractItemView::NoEditTriggers
                                  : QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *rows = m_view->verticalHeader();
    rows->hide();
    // Every row is the same height, so the view never measures rows it does not show.
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 12);
    m_view->installEventFilter(new EnterFilter(m_view, this));
    connect(m_columns, &TableColumns::chooserRequested, this, &RecordsPage::chooseColumns);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(false);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    auto *emptyLayout = new QVBoxLayout(m_view->viewport());
    emptyLayout->addWidget(m_empty, 0, Qt::AlignCenter);

    buildActions();
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_search, 1);
    bar->addStretch();
    if (!trash && QualityColumn::appliesTo(entity)) {
        // Records by their data-quality findings, and the Quality column on demand.
        auto *quality = new QualityFilterButton(workspace, m_model, this);
        connect(quality, &QualityFilterButton::columnToggled, this, [this](bool shown) {
            QStringList keys = visibleColumns();
            keys.removeAll(QualityColumn::key());
            if (shown)
                keys << QualityColumn::key();
            m_columns->setColumns(keys);
        });
        bar->addWidget(quality);
    }
    auto *columns = new QToolButton(this);
    columns->setIcon(Icons::get(QStringLiteral("columns")));
    columns->setToolTip(tr("Choose columns"));
    columns->setAutoRaise(true);
    connect(columns, &QToolButton::clicked, this, &RecordsPage::chooseColumns);
    bar->addWidget(columns);
    if (!trash) {
        auto *create = new QToolButton(this);
        create->setDefaultAction(m_new);
        create->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        bar->addWidget(create);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(6);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    m_columns->restore();

    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!m_trash)
            openRecord(m_model->idAt(index.row()));
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &RecordsPage::showContextMenu);
    const auto counts = [this] {
        updateActions();
        updateEmptyState();
        Q_EMIT countsChanged();
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, counts);
    connect(m_model, &QAbstractItemModel::modelReset, this, counts);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, counts);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, counts);
    updateActions();
    updateEmptyState();
}

RecordsPage::~RecordsPage() = default;

void RecordsPage::buildActions()
{
    const bool company = m_entity == Entity::Company;
    m_new = new QAction(Icons::get(QStringLiteral("add")), company ? tr("New Company") : tr("New Contact"), this);
    connect(m_new, &QAction::triggered, this, &RecordsPage::newRecord);
    m_open = new QAction(Icons::get(QStringLiteral("edit")), tr("&Open"), this);
    m_open->setShortcut(QKeySequence(Qt::Key_Return));
    connect(m_open, &QAction::triggered, this, &RecordsPage::openCurrent);
    m_bulkUpdate = new QAction(tr("&Bulk Update…"), this);
    connect(m_bulkUpdate, &QAction::triggered, this, &RecordsPage::bulkUpdate);
    m_addTags = new QAction(Icons::get(QStringLiteral("tag")), tr("&Add Tags…"), this);
    connect(m_addTags, &QAction::triggered, this, &RecordsPage::addTags);
    m_removeTags = new QAction(tr("&Remove Tags…"), this);
    connect(m_removeTags, &QAction::triggered, this, &RecordsPage::removeTags);
    m_trashAction = new QAction(Icons::get(QStringLiteral("trash")), tr("Move to &Trash"), this);
    m_trashAction->setShortcut(QKeySequence::Delete);
    connect(m_trashAction, &QAction::triggered, this, &RecordsPage::moveToTrash);
    m_restore = new QAction(Icons::get(QStringLiteral("restore")), tr("&Restore"), this);
    connect(m_restore, &QAction::triggered, this, &RecordsPage::restore);
    m_purge = new QAction(tr("&Delete for Good…"), this);
    m_purge->setShortcut(QKeySequence::Delete);
    connect(m_purge, &QAction::triggered, this, &RecordsPage::purge);
    m_open->setToolTip(company ? tr("Open the company") : tr("Open the contact"));
    if (m_entity == Entity::Deal) {
        m_new->setText(tr("New Deal"));
        m_open->setToolTip(tr("Open the deal"));
    }
    // Deals carry no tags.
    const bool tagged = !EntityTableSpec::of(m_entity).tagTable.isEmpty();
    m_addTags->setVisible(tagged);
    m_removeTags->setVisible(tagged);
}

qint64 RecordsPage::totalCount() const
{
    return m_model->totalCount();
}

qint64 RecordsPage::selectedCount() const
{
    qint64 count = 0;
    // Ranges, not selectedRows(): selecting a million rows must not list a million indexes.
    for (const QItemSelectionRange &range : m_view->selectionModel()->selection())
        count += range.bottom() - range.top() + 1;
    return std::min<qint64>(count, totalCount());
}

bool RecordsPage::allSelected() const
{
    const qint64 total = totalCount();
    return total > 0 && selectedCount() == total;
}

RecordSelection RecordsPage::selection() const
{
    if (allSelected())
        return m_model->selectionForAll();
    QList<int> rows;
    for (const QItemSelectionRange &range : m_view->selectionModel()->selection())
        for (int r = range.top(); r <= range.bottom(); ++r)
            if (!rows.contains(r))
                rows << r;
    return m_model->selectionForRows(rows);
}

void RecordsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RecordsPage::selectAll()
{
    m_view->selectAll();
}

void RecordsPage::updateActions()
{
    const qint64 selected = selectedCount();
    const bool open = m_workspace && m_workspace->isOpen();
    m_open->setEnabled(open && !m_trash && m_view->currentIndex().isValid());
    m_bulkUpdate->setEnabled(open && !m_trash && totalCount() > 0);
    m_addTags->setEnabled(open && !m_trash && totalCount() > 0);
    m_removeTags->setEnabled(open && !m_trash && totalCount() > 0);
    if (EntityTableSpec::of(m_entity).tagTable.isEmpty()) {
        m_addTags->setEnabled(false);
        m_removeTags->setEnabled(false);
    }
    m_trashAction->setEnabled(open && !m_trash && selected > 0);
    m_restore->setEnabled(open && m_trash && selected > 0);
    m_purge->setEnabled(open && m_trash && selected > 0);
}

void RecordsPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0 && m_workspace && m_workspace->isOpen();
    m_empty->setVisible(empty);
    if (!empty)
        return;
    const Filter f = m_model->filter();
    const QString noun = RecordNouns::plural(m_entity);
    if (m_trash)
        m_empty->setText(tr("The trash holds no %1.").arg(noun));
    else if (!f.search.trimmed().isEmpty())
        m_empty->setText(tr("No %1 match “%2”.").arg(noun, f.search.trimmed()));
    else if (!f.conditions.isEmpty() || f.ids)
        m_empty->setText(tr("No %1 match this view.").arg(noun));
    else if (m_entity == Entity::Deal)
        m_empty->setText(tr("No deals yet.\nCreate one with New Deal."));
    else if (m_entity == Entity::Company)
        m_empty->setText(tr("No companies yet.\nCreate one with Records ▸ New Company."));
    else
        m_empty->setText(tr("No contacts yet.\nCreate one with Records ▸ New Contact, or load the sample data from the File menu."));
}

void RecordsPage::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && !m_trash)
        openRecord(m_model->idAt(current.row()));
}

void RecordsPage::openRecord(qint64 id)
{
    if (id <= 0 || !m_workspace || !m_workspace->isOpen())
        return;
    if (m_entity == Entity::Deal) {
        auto *deal = new DealEditor(m_workspace, m_presenter, id, window());
        deal->setAttribute(Qt::WA_DeleteOnClose);
        deal->open();
        Q_EMIT dialogOpened(deal);
        return;
    }
    QDialog *editor = m_entity == Entity::Company
        ? static_cast<QDialog *>(new CompanyEditor(m_workspace, m_presenter, id, window()))
        : static_cast<QDialog *>(new ContactEditor(m_workspace, m_presenter, id, window()));
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
    Q_EMIT dialogOpened(editor);
}

void RecordsPage::newRecord()
{
    if (!m_workspace || !m_workspace->isOpen())
        return;
    if (m_entity == Entity::Deal) {
        auto *deal = new DealEditor(m_workspace, m_presenter, 0, window());
        deal->setAttribute(Qt::WA_DeleteOnClose);
        deal->open();
        Q_EMIT dialogOpened(deal);
        return;
    }
    QDialog *editor = m_entity == Entity::Company
        ? static_cast<QDialog *>(new CompanyEditor(m_workspace, m_presenter, 0, window()))
        : static_cast<QDialog *>(new ContactEditor(m_workspace, m_presenter, 0, window()));
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
    Q_EMIT dialogOpened(editor);
}

bool RecordsPage::confirmBulk(const QString &title, const QString &question)
{
    return m_presenter && m_presenter->confirm(title, question);
}

void RecordsPage::bulkUpdate()
{
    if (!m_bulkUpdate->isEnabled())
        return;
    auto *dialog = new BulkUpdateDialog(m_workspace, m_entity, allSelected() ? 0 : selectedCount(), totalCount(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const FieldDef field = dialog->field();
        const qint64 n = dialog->recordCount();
        const RecordSelection target = dialog->allFiltered() ? m_model->selectionForAll() : selection();
        const QString records = RecordNouns::count(m_entity, n);
        const QString text = dialog->valueText();
        const QString question = text.isEmpty() ? tr("Clear %1 on %2?").arg(field.displayLabel(), records)
                                                : tr("Set %1 to “%2” on %3?").arg(field.displayLabel(), text, records);
        if (!confirmBulk(tr("Bulk Update"), question))
            return;
        CommandRunner::push(m_workspace, new UpdateField(m_workspace, m_entity, field, target, dialog->value(), n));
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void RecordsPage::addTags()
{
    if (!m_addTags->isEnabled())
        return;
    auto *dialog = new TagPickerDialog(m_workspace, TagPickerDialog::Mode::Add, m_entity,
                                       allSelected() ? 0 : selectedCount(), totalCount(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 n = dialog->recordCount();
        const RecordSelection target = dialog->allFiltered() ? m_model->selectionForAll() : selection();
        const QStringList tags = dialog->tags();
        if (!confirmBulk(tr("Add Tags"), tr("Add %1 to %2?").arg(locale().createSeparatedList(tags), RecordNouns::count(m_entity, n))))
            return;
        CommandRunner::push(m_workspace, new TagRecords(m_workspace, m_entity, target, tags, n));
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void RecordsPage::removeTags()
{
    if (!m_removeTags->isEnabled())
        return;
    auto *dialog = new TagPickerDialog(m_workspace, TagPickerDialog::Mode::Remove, m_entity,
                                       allSelected() ? 0 : selectedCount(), totalCount(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 n = dialog->recordCount();
        const RecordSelection target = dialog->allFiltered() ? m_model->selectionForAll() : selection();
        const QStringList tags = dialog->tags();
        if (!confirmBulk(tr("Remove Tags"),
                         tr("Remove %1 from %2?").arg(locale().createSeparatedList(tags), RecordNouns::count(m_entity, n))))
            return;
        CommandRunner::push(m_workspace, new UntagRecords(m_workspace, m_entity, target, tags, n));
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void RecordsPage::moveToTrash()
{
    const qint64 n = selectedCount();
    if (m_trash || n == 0)
        return;
    if (!confirmBulk(tr("Move to Trash"),
                     tr("Move %1 to the trash? They can be restored from the Trash.").arg(RecordNouns::count(m_entity, n))))
        return;
    CommandRunner::push(m_workspace, new DeleteRecords(m_workspace, m_entity, selection(), n));
}

void RecordsPage::restore()
{
    const qint64 n = selectedCount();
    if (!m_trash || n == 0)
        return;
    if (!confirmBulk(tr("Restore"), tr("Restore %1 from the trash?").arg(RecordNouns::count(m_entity, n))))
        return;
    CommandRunner::push(m_workspace, new RestoreRecords(m_workspace, m_entity, selection(), n));
}

void RecordsPage::purge()
{
    const qint64 n = selectedCount();
    if (!m_trash || n == 0)
        return;
    if (!confirmBulk(tr("Delete for Good"),
                     tr("Delete %1 for good? They leave the trash, with their notes and activities.")
                         .arg(RecordNouns::count(m_entity, n))))
        return;
    CommandRunner::push(m_workspace, new PurgeRecords(m_workspace, m_entity, selection(), n));
}

void RecordsPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid() && !m_view->selectionModel()->isRowSelected(index.row(), QModelIndex()))
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateActions();
    QMenu menu(this);
    if (m_trash) {
        menu.addAction(m_restore);
        menu.addSeparator();
        menu.addAction(m_purge);
    } else {
        menu.addAction(m_open);
        menu.addSeparator();
        menu.addAction(m_bulkUpdate);
        menu.addAction(m_addTags);
        menu.addAction(m_removeTags);
        menu.addSeparator();
        menu.addAction(m_trashAction);
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void RecordsPage::chooseColumns()
{
    auto *dialog = new ColumnChooserDialog(m_model->availableFields(), visibleColumns(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QStringList keys = dialog->visibleKeys();
        if (!keys.isEmpty())
            m_columns->setColumns(keys);
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

QStringList RecordsPage::visibleColumns() const
{
    return m_columns->visibleColumns();
}

void RecordsPage::applyView(const Filter &filter, const QStringList &columns, const QString &sortKey, Qt::SortOrder order)
{
    Filter f = filter;
    f.trash = m_trash;
    m_searchTimer->stop();
    {
        const QSignalBlocker block(m_search);
        m_search->setText(f.search);
    }
    m_model->setFilter(f);
    if (!columns.isEmpty())
        m_columns->setColumns(columns);
    m_columns->setSort(sortKey, order);
}

void RecordsPage::clearView()
{
    Filter f(m_entity);
    f.trash = m_trash;
    m_searchTimer->stop();
    {
        const QSignalBlocker block(m_search);
        m_search->clear();
    }
    m_model->setFilter(f);
}

QString RecordsPage::settingsGroup() const
{
    return QStringLiteral("tables/") + FieldCatalog::entityName(m_entity) + (m_trash ? QStringLiteral("-trash") : QString());
}

} // namespace Kempt
