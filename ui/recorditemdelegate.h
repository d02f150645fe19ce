#pragma once

#include <QStyledItemDelegate>

namespace Kempt {

class Workspace;

// Cells of a record table. Text keeps its own direction (a phone number or an English
// name reads left to right even in an Arabic window) while its place follows the window;
// in-place editors fit the field: dates, countries, owners, companies and picklists.
class RecordItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit RecordItemDelegate(Workspace *workspace, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    Workspace *m_workspace;
};

} // namespace Kempt
