#pragma once

#include "domain/fieldtype.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace Kempt {

class OptionalDateEdit;
class TimelineModel;
class Workspace;

// Notes and activities of one record, newest first, with a composer on top: write a
// note, log a call, e-mail or meeting, or add a task. Ticking a task marks it done.
// Each entry is its own undo step, independent of the editor's Save.
class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    TimelineWidget(Workspace *workspace, QWidget *parent = nullptr);

    void setRecord(Entity entity, qint64 recordId);

    TimelineModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *bodyEdit() const { return m_body; }

    // Adds what the composer holds; false when there is nothing to add or it failed.
    bool addEntry();
    void deleteSelected();

private:
    void updateComposer();

    Workspace *m_workspace;
    TimelineModel *m_model;
    QComboBox *m_kind;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    OptionalDateEdit *m_due;
    QPushButton *m_add;
    QPushButton *m_delete;
    QListView *m_view;
};

} // namespace Kempt
