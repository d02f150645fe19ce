#pragma once

#include "domain/fielddef.h"

#include <QDialog>

class QListWidget;

namespace Kempt {

// Which fields the table shows and in what order: tick to show, drag to reorder.
class ColumnChooserDialog : public QDialog
{
    Q_OBJECT
public:
    ColumnChooserDialog(const QList<FieldDef> &fields, const QStringList &visibleKeys, QWidget *parent = nullptr);

    // Ticked fields, top to bottom.
    QStringList visibleKeys() const;
    void setVisibleKeys(const QStringList &keys);

    QListWidget *list() const { return m_list; }

private:
    QList<FieldDef> m_fields;
    QListWidget *m_list;
};

} // namespace Kempt
