#pragma once

#include "domain/fielddef.h"

#include <QObject>
#include <QStringList>

class QTableView;

namespace Kempt {

class RecordTableModel;

// The columns of a record table as the person arranged them: which fields, in which
// order (header sections can be dragged), how wide, and the sort. Kept in QSettings under
// a group per table. Columns without a width of the person's own fit the rows on screen.
class TableColumns : public QObject
{
    Q_OBJECT
public:
    TableColumns(QTableView *view, RecordTableModel *model, const QString &settingsGroup);

    // Reads columns and sort from the settings and applies them.
    void restore();
    void setColumns(const QStringList &keys);
    QStringList visibleColumns() const; // in the order shown
    void setSort(const QString &key, Qt::SortOrder order);

Q_SIGNALS:
    // "Choose Columns…" in the header's menu.
    void chooserRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showHeaderMenu(const QPoint &pos);
    void applyWidths();
    void fit();
    void scheduleFit();
    void save() const;
    void saveWidth(int logical, int width) const;
    int standardWidth(const FieldDef &field) const;

    QTableView *m_view;
    RecordTableModel *m_model;
    QString m_group;
    bool m_restoring = false;
    bool m_fitPending = false; // columns without a saved width wait for rows to measure
};

} // namespace Kempt
