#include "mappingtargetdelegate.h"
#include "messagepresenter.h"

#include "itemmodels/importmappingmodel.h"

#include <QComboBox>

namespace Kempt {

MappingTargetDelegate::MappingTargetDelegate(ImportMappingModel *model, MessagePresenter *presenter, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
    , m_presenter(presenter)
{
}

QString MappingTargetDelegate::newCustomFieldId()
{
    return QStringLiteral("new-custom-field");
}

QWidget *MappingTargetDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("mappingTarget%1").arg(index.row()));
    combo->setAccessibleName(tr("Imports into"));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(16);
    combo->setMaxVisibleItems(24);
    // A choice is committed at once: the note beside it and the preview follow.
    connect(combo, &QComboBox::activated, this, [this, combo] { Q_EMIT const_cast<MappingTargetDelegate *>(this)->commitData(combo); });
    return combo;
}

void MappingTargetDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const QSignalBlocker blocker(combo);
    // The list changes when a new custom field is named, so it is filled every time.
    combo->clear();
    for (const ImportMappingModel::Choice &choice : m_model->choices()) {
        if (choice.startsGroup)
            combo->insertSeparator(combo->count());
        combo->addItem(choice.label, choice.id);
    }
    combo->insertSeparator(combo->count());
    combo->addItem(tr("New Custom Field…"), newCustomFieldId());
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
    combo->setToolTip(index.data(Qt::DisplayRole).toString());
}

void MappingTargetDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    QString id = combo->currentData().toString();
    if (id == newCustomFieldId()) {
        const QString header = index.siblingAtColumn(ImportMappingModel::HeaderColumn).data().toString();
        const QString name = m_presenter->askText(tr("New Custom Field"),
                                                  tr("Name of the custom field for the column “%1”:").arg(header), header)
                                 .simplified();
        if (name.isEmpty()) {
            setEditorData(editor, index); // back to what it was
            return;
        }
        id = ImportMappingModel::customTargetId(name);
    }
    model->setData(index, id, Qt::EditRole);
}

void MappingTargetDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    editor->setGeometry(option.rect);
}

QSize MappingTargetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QComboBox probe;
    probe.setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    probe.setMinimumContentsLength(16);
    return size.expandedTo(probe.sizeHint());
}

} // namespace Kempt
