#include "tablecolumns.h"
#include "icons.h"

#include "itemmodels/recordtablemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <numeric>

namespace Kempt {

TableColumns::TableColumns(QTableView *view, RecordTableModel *model, const QString &settingsGroup)
    : QObject(view)
    , m_view(view)
    , m_model(model)
    , m_group(settingsGroup)
{
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->installEventFilter(this);

    connect(header, &QWidget::customContextMenuRequested, this, &TableColumns::showHeaderMenu);
    connect(header, &QHeaderView::sectionMoved, this, [this] { save(); });
    connect(header, &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        if (!m_restoring)
            saveWidth(logical, size);
    });
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int section, Qt::SortOrder) {
        if (m_restoring)
            return;
        // Tags and similar columns cannot be sorted; the indicator goes back to the real order.
        if (section >= 0 && !m_model->fieldAt(section).sortable()) {
            m_restoring = true;
            header->setSortIndicator(m_model->columnOf(m_model->sortColumnKey()), m_model->sortOrder());
            m_restoring = false;
        }
        save();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TableColumns::scheduleFit);
}

bool TableColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show)
        scheduleFit();
    return QObject::eventFilter(watched, event);
}

void TableColumns::restore()
{
    QSettings settings;
    settings.beginGroup(m_group);
    const QStringList columns = settings.value(QStringLiteral("columns")).toStringList();
    const QString sortKey = settings.value(QStringLiteral("sortKey")).toString();
    const auto order = Qt::SortOrder(settings.value(QStringLiteral("sortOrder"), int(Qt::AscendingOrder)).toInt());
    settings.endGroup();
    setColumns(columns);
    setSort(sortKey, order);
}

void TableColumns::setColumns(const QStringList &keys)
{
    m_restoring = true;
    m_model->setColumns(keys);
    // The model's order is now the wanted one; undo any section moves the header remembers.
    QHeaderView *header = m_view->horizontalHeader();
    for (int logical = 0; logical < header->count(); ++logical)
        if (header->visualIndex(logical) != logical)
            header->moveSection(header->visualIndex(logical), logical);
    header->setSortIndicator(m_model->columnOf(m_model->sortColumnKey()), m_model->sortOrder());
    m_restoring = false;
    applyWidths();
    save();
}

void TableColumns::setSort(const QString &key, Qt::SortOrder order)
{
    m_restoring = true;
    m_model->sortBy(key, order);
    m_view->horizontalHeader()->setSortIndicator(m_model->columnOf(m_model->sortColumnKey()), m_model->sortOrder());
    m_restoring = false;
    save();
}

QStringList TableColumns::visibleColumns() const
{
    QStringList keys;
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual)
        keys << m_model->fieldAt(header->logicalIndex(visual)).key;
    return keys;
}

void TableColumns::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(m_view);
    const QStringList visible = visibleColumns();
    for (const FieldDef &f : m_model->availableFields()) {
        QAction *a = menu.addAction(f.displayLabel());
        a->setCheckable(true);
        a->setChecked(visible.contains(f.key));
        // The last column cannot go: a table without columns shows nothing to click on.
        a->setEnabled(!(visible.size() == 1 && a->isChecked()));
        connect(a, &QAction::toggled, this, [this, key = f.key](bool on) {
            QStringList keys = visibleColumns();
            if (on)
                keys << key;
            else
                keys.removeAll(key);
            setColumns(keys);
        });
    }
    menu.addSeparator();
    menu.addAction(Icons::get(QStringLiteral("columns")), tr("Choose Columns…"), this, &TableColumns::chooserRequested);
    menu.addAction(tr("Reset Column Widths"), this, [this] {
        QSettings().remove(m_group + QStringLiteral("/widths"));
        applyWidths();
    });
    menu.exec(m_view->horizontalHeader()->mapToGlobal(pos));
}

int TableColumns::standardWidth(const FieldDef &field) const
{
    // In average characters, so the widths follow the font.
    const int ch = m_view->fontMetrics().averageCharWidth();
    switch (field.type) {
    case FieldType::Email: return ch * 24;
    case FieldType::Phone: return ch * 15;
    case FieldType::Country: return ch * 8;
    case FieldType::Bool: return ch * 10;
    case FieldType::Date: return ch * 12;
    case FieldType::DateTime: return ch * 19;
    case FieldType::Number: return ch * 9;
    case FieldType::Tags: return ch * 16;
    case FieldType::Company: return ch * 18;
    case FieldType::Owner: return ch * 14;
    case FieldType::Url: return ch * 22;
    default: break;
    }
    if (field.key == QLatin1String("display_name") || field.key == QLatin1String("name"))
        return ch * 20;
    if (field.key == QLatin1String("city"))
        return ch * 12;
    if (field.key == QLatin1String("title"))
        return ch * 26; // a deal's title names the company and the offer
    return ch * 16;
}

void TableColumns::applyWidths()
{
    m_restoring = true;
    const QVariantMap widths = QSettings().value(m_group + QStringLiteral("/widths")).toMap();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const FieldDef f = m_model->fieldAt(c);
        const int saved = widths.value(f.key).toInt();
        m_view->setColumnWidth(c, saved > 0 ? saved : standardWidth(f));
        m_fitPending = m_fitPending || saved <= 0;
    }
    m_restoring = false;
    fit();
}

void TableColumns::scheduleFit()
{
    if (m_fitPending)
        QTimer::singleShot(0, this, &TableColumns::fit);
}

void TableColumns::fit()
{
    if (!m_fitPending || !m_view->isVisible() || m_model->rowCount() == 0)
        return;
    m_fitPending = false;
    m_restoring = true;
    const QVariantMap widths = QSettings().value(m_group + QStringLiteral("/widths")).toMap();
    const QAbstractItemView *view = m_view;
    QList<int> fitted, wanted, least;
    int free = m_view->viewport()->width();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const FieldDef f = m_model->fieldAt(c);
        if (widths.value(f.key).toInt() > 0) {
            free -= m_view->columnWidth(c); // the person's own width wins
            continue;
        }
        // What the rows on screen need (the view measures only those), within sensible bounds.
        const int header = m_view->horizontalHeader()->sectionSizeHint(c);
        const int content = std::max(view->sizeHintForColumn(c), header) + 6;
        const int standard = standardWidth(f);
        const int minimum = std::max(header, standard / 2);
        fitted << c;
        least << minimum;
        wanted << std::clamp(content, minimum, std::max(minimum, standard * 4 / 3));
    }
    // When the columns do not fit the window, each gives up part of what it wanted beyond
    // its minimum, in proportion, so that as many as possible stay on screen.
    const int sumWanted = std::accumulate(wanted.cbegin(), wanted.cend(), 0);
    const int sumLeast = std::accumulate(least.cbegin(), least.cend(), 0);
    const double share = sumWanted > free && sumWanted > sumLeast
        ? std::clamp(double(free - sumLeast) / double(sumWanted - sumLeast), 0.0, 1.0)
        : 1.0;
    for (int i = 0; i < fitted.size(); ++i)
        m_view->setColumnWidth(fitted.at(i), least.at(i) + int((wanted.at(i) - least.at(i)) * share));
    m_restoring = false;
}

void TableColumns::save() const
{
    if (m_restoring)
        return;
    QSettings settings;
    settings.beginGroup(m_group);
    settings.setValue(QStringLiteral("columns"), visibleColumns());
    settings.setValue(QStringLiteral("sortKey"), m_model->sortColumnKey());
    settings.setValue(QStringLiteral("sortOrder"), int(m_model->sortOrder()));
    settings.endGroup();
}

void TableColumns::saveWidth(int logical, int width) const
{
    // The last section stretches with the window; that width says nothing about the column.
    const QHeaderView *header = m_view->horizontalHeader();
    if (header->visualIndex(logical) == header->count() - 1)
        return;
    const QString key = m_group + QStringLiteral("/widths");
    QSettings settings;
    QVariantMap widths = settings.value(key).toMap();
    widths.insert(m_model->fieldAt(logical).key, width);
    settings.setValue(key, widths);
}

} // namespace Kempt
