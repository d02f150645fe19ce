#pragma once

#include <QStyledItemDelegate>

namespace Kempt {

class ImportMappingModel;
class MessagePresenter;

// The "Imports into" column of the import wizard's mapping: a combo box per column of
// the file, kept open, listing "Do not import", the Kempt fields, the custom fields and
// "New Custom Field…" (which asks for the field's name). A choice takes effect at once.
class MappingTargetDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    MappingTargetDelegate(ImportMappingModel *model, MessagePresenter *presenter, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The id of the "New Custom Field…" entry.
    static QString newCustomFieldId();

private:
    ImportMappingModel *m_model;
    MessagePresenter *m_presenter;
};

} // namespace Kempt
