#include "sidebar.h"
#include "icons.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QStandardItemModel>
#include <QStyledItemDelegate>

namespace Kempt {

namespace {

enum Role { PlaceRole = Qt::UserRole + 1, ViewIdRole };

// Taller rows and a small-caps look for section headers, as desktop sidebars have.
class SidebarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + (index.flags() & Qt::ItemIsSelectable ? 14 : 18)));
        return size;
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!(index.flags() & Qt::ItemIsSelectable)) {
            option->font.setBold(true);
            option->font.setPointSizeF(option->font.pointSizeF() * 0.85);
            option->font.setCapitalization(QFont::AllUppercase);
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
            option->displayAlignment = Qt::AlignLeading | Qt::AlignBottom;
        }
    }
};

} // namespace

Sidebar::Sidebar(QWidget *parent)
    : QTreeView(parent)
    , m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("sidebar"));
    setModel(m_model);
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIndentation(0);
    setUniformRowHeights(false);
    setItemsExpandable(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setFrameShape(QFrame::NoFrame);
    setIconSize(QSize(18, 18));
    setItemDelegate(new SidebarDelegate(this));
    setFocusPolicy(Qt::StrongFocus);
    // The sidebar reads as part of the window, not as a list inside it.
    QPalette p = palette();
    p.setColor(QPalette::Base, p.color(QPalette::Window));
    setPalette(p);

    m_model->appendRow(makeItem(tr("Contacts"), QStringLiteral("contacts"), Place::Contacts));
    m_model->appendRow(makeItem(tr("Companies"), QStringLiteral("companies"), Place::Companies));
    m_model->appendRow(makeItem(tr("Deals"), QStringLiteral("deals"), Place::Deals));
    m_viewsHeader = new QStandardItem(tr("Saved Views"));
    m_viewsHeader->setFlags(Qt::ItemIsEnabled);
    m_model->appendRow(m_viewsHeader);
    m_model->appendRow(makeItem(tr("Trash"), QStringLiteral("trash"), Place::Trash));
    auto *qualityHeader = new QStandardItem(tr("Data Quality"));
    qualityHeader->setFlags(Qt::ItemIsEnabled);
    m_model->appendRow(qualityHeader);
    m_model->appendRow(makeItem(tr("Dashboard"), QStringLiteral("quality"), Place::QualityDashboard));
    m_model->appendRow(makeItem(tr("Duplicates"), QStringLiteral("duplicates"), Place::Duplicates));
    m_model->appendRow(makeItem(tr("Style Guide"), QStringLiteral("styleguide"), Place::StyleGuide));
    setRowHidden(m_viewsHeader->row(), QModelIndex(), true);

    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (!m_selecting && current.isValid() && (current.flags() & Qt::ItemIsSelectable))
            Q_EMIT placeChosen(Place(current.data(PlaceRole).toInt()), current.data(ViewIdRole).toLongLong());
    });
}

QStandardItem *Sidebar::makeItem(const QString &text, const QString &icon, Place place, qint64 id)
{
    auto *item = new QStandardItem(Icons::get(icon), text);
    item->setData(int(place), PlaceRole);
    item->setData(id, ViewIdRole);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

void Sidebar::setSavedViews(const QList<View> &views)
{
    const Place place = currentPlace();
    const qint64 viewId = currentViewId();
    m_selecting = true;
    // Views sit between the header and the Trash, as top-level rows so that they indent
    // like the others.
    const int first = m_viewsHeader->row() + 1;
    int trashRow = indexOf(Place::Trash).row();
    if (trashRow > first)
        m_model->removeRows(first, trashRow - first);
    int row = first;
    for (const View &v : views) {
        QStandardItem *item = makeItem(v.name, QStringLiteral("view"), Place::SavedView, v.id);
        item->setToolTip(v.entity == Entity::Company ? tr("%1 (companies)").arg(v.name) : tr("%1 (contacts)").arg(v.name));
        m_model->insertRow(row++, item);
    }
    setRowHidden(m_viewsHeader->row(), QModelIndex(), views.isEmpty());
    // The place shown stays selected without being chosen again (which would reset it).
    const QModelIndex again = indexOf(place, viewId);
    if (again.isValid())
        setCurrentIndex(again);
    m_selecting = false;
    if (!again.isValid())
        select(Place::Contacts); // the view shown was deleted
}

QModelIndex Sidebar::indexOf(Place place, qint64 viewId) const
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex i = m_model->index(r, 0);
        if (!(i.flags() & Qt::ItemIsSelectable))
            continue;
        if (Place(i.data(PlaceRole).toInt()) == place && (place != Place::SavedView || i.data(ViewIdRole).toLongLong() == viewId))
            return i;
    }
    return {};
}

void Sidebar::select(Place place, qint64 viewId)
{
    const QModelIndex i = indexOf(place, viewId);
    if (!i.isValid() || i == currentIndex())
        return;
    setCurrentIndex(i);
}

Sidebar::Place Sidebar::currentPlace() const
{
    const QModelIndex i = currentIndex();
    return i.isValid() ? Place(i.data(PlaceRole).toInt()) : Place::Contacts;
}

qint64 Sidebar::currentViewId() const
{
    return currentIndex().data(ViewIdRole).toLongLong();
}

void Sidebar::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid() || Place(index.data(PlaceRole).toInt()) != Place::SavedView || !(index.flags() & Qt::ItemIsSelectable))
        return;
    QMenu menu(this);
    const qint64 id = index.data(ViewIdRole).toLongLong();
    menu.addAction(Icons::get(QStringLiteral("trash")), tr("Delete View…"), this, [this, id] { Q_EMIT deleteViewRequested(id); });
    menu.exec(event->globalPos());
}

bool Sidebar::event(QEvent *event)
{
    // Delete on a saved view deletes the view, not the records the window's Delete would take.
    if (event->type() == QEvent::ShortcutOverride && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)
        && currentPlace() == Place::SavedView) {
        event->accept();
        return true;
    }
    return QTreeView::event(event);
}

void Sidebar::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Delete) && currentPlace() == Place::SavedView) {
        Q_EMIT deleteViewRequested(currentViewId());
        return;
    }
    QTreeView::keyPressEvent(event);
}

QSize Sidebar::sizeHint() const
{
    return QSize(200, 400);
}

} // namespace Kempt
