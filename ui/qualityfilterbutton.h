#pragma once

#include <QToolButton>

class QAction;

namespace Kempt {

class RecordTableModel;
class Workspace;

// The records table's data-quality menu: show only records with errors, warnings,
// automatic fixes, any finding or none, and show or hide the Quality column. Its text
// names the quality filter in force, also one the dashboard set for a single rule
// ("Quality: Missing owner"), so the list always says why it is short.
class QualityFilterButton : public QToolButton
{
    Q_OBJECT
public:
    QualityFilterButton(Workspace *workspace, RecordTableModel *model, QWidget *parent = nullptr);

    // value as in QualityColumn (""/"error"/"warning"/"fix"/rule id); has false for
    // "without findings". An empty value with has = true and clear = true removes the filter.
    void setQualityFilter(const QString &value, bool has);
    void clearQualityFilter();
    void setColumnShown(bool shown);

Q_SIGNALS:
    void columnToggled(bool shown);

private:
    void updateText();
    void fillMenu();

    Workspace *m_workspace;
    RecordTableModel *m_model;
    QAction *m_column = nullptr;
};

} // namespace Kempt
