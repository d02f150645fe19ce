#include "columnchooserdialog.h"
#include "alignment.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kempt {

ColumnChooserDialog::ColumnChooserDialog(const QList<FieldDef> &fields, const QStringList &visibleKeys, QWidget *parent)
    : QDialog(parent)
    , m_fields(fields)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Columns"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setAlternatingRowColors(true);
    auto *hint = new QLabel(tr("Tick the columns to show. Drag them to change their order."), this);
    hint->setWordWrap(true);
    hint->setAlignment(leadingEdge() | Qt::AlignTop);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults,
                                         this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        QStringList defaults;
        for (const FieldDef &f : std::as_const(m_fields))
            if (f.inTableByDefault)
                defaults << f.key;
        setVisibleKeys(defaults);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    setVisibleKeys(visibleKeys);
    resize(360, 520);
}

void ColumnChooserDialog::setVisibleKeys(const QStringList &keys)
{
    m_list->clear();
    const auto add = [this](const FieldDef &f, bool checked) {
        auto *item = new QListWidgetItem(f.displayLabel(), m_list);
        item->setData(Qt::UserRole, f.key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    };
    // Shown columns first, in their order; then the others in the catalog's order.
    for (const QString &key : keys)
        for (const FieldDef &f : std::as_const(m_fields))
            if (f.key == key)
                add(f, true);
    for (const FieldDef &f : std::as_const(m_fields))
        if (!keys.contains(f.key))
            add(f, false);
}

QStringList ColumnChooserDialog::visibleKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            keys << m_list->item(i)->data(Qt::UserRole).toString();
    return keys;
}

} // namespace Kempt
