#pragma once

#include <QStyledItemDelegate>

namespace Kempt {

// Shows an item's name with a count right-aligned in a quieter colour ("customer   128").
// The name comes from nameRole, the count from the sum of countRoles.
class CountItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    CountItemDelegate(int nameRole, const QList<int> &countRoles, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QString countText(const QModelIndex &index) const;

    int m_nameRole;
    QList<int> m_countRoles;
};

} // namespace Kempt
