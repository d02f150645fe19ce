#include "duplicateactiondelegate.h"

#include "import/duplicateaction.h"

#include <QComboBox>

namespace Kempt {

QWidget *DuplicateActionDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("duplicateAction%1").arg(index.row()));
    combo->setAccessibleName(tr("Import does"));
    for (DuplicateAction action : DuplicateActions::all())
        combo->addItem(DuplicateActions::label(action), int(action));
    connect(combo, &QComboBox::activated, this, [this, combo] { Q_EMIT const_cast<DuplicateActionDelegate *>(this)->commitData(combo); });
    return combo;
}

void DuplicateActionDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        combo->setToolTip(index.data(Qt::ToolTipRole).toString());
    }
}

void DuplicateActionDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
}

void DuplicateActionDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    editor->setGeometry(option.rect);
}

QSize DuplicateActionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QComboBox probe;
    for (DuplicateAction action : DuplicateActions::all())
        probe.addItem(DuplicateActions::label(action));
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(probe.sizeHint());
}

} // namespace Kempt
