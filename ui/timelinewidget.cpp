#include "timelinewidget.h"
#include "commandrunner.h"
#include "icons.h"
#include "optionaldateedit.h"
#include "timelinedelegate.h"

#include "commands/addactivity.h"
#include "commands/addnote.h"
#include "commands/deleteactivity.h"
#include "commands/deletenote.h"
#include "itemmodels/timelinemodel.h"
#include "storage/workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kempt {

TimelineWidget::TimelineWidget(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new TimelineModel(workspace, this))
    , m_kind(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_due(new OptionalDateEdit(this))
    , m_add(new QPushButton(Icons::get(QStringLiteral("add")), tr("&Add to Timeline"), this))
    , m_delete(new QPushButton(Icons::get(QStringLiteral("trash")), tr("Delete Entry"), this))
    , m_view(new QListView(this))
{
    m_kind->addItem(Icons::get(QStringLiteral("note")), tr("Note"), QStringLiteral("note"));
    m_kind->addItem(Icons::get(QStringLiteral("call")), tr("Log a call"), QStringLiteral("call"));
    m_kind->addItem(Icons::get(QStringLiteral("email")), tr("Log an e-mail"), QStringLiteral("email"));
    m_kind->addItem(Icons::get(QStringLiteral("meeting")), tr("Log a meeting"), QStringLiteral("meeting"));
    m_kind->addItem(Icons::get(QStringLiteral("task")), tr("Add a task"), QStringLiteral("task"));
    m_kind->setObjectName(QStringLiteral("timelineKind"));
    m_subject->setPlaceholderText(tr("Subject"));
    m_subject->setObjectName(QStringLiteral("timelineSubject"));
    m_body->setObjectName(QStringLiteral("timelineBody"));
    m_body->setTabChangesFocus(true);
    m_body->setFixedHeight(m_body->fontMetrics().lineSpacing() * 4 + 12);
    m_due->setDate(QDate::currentDate().addDays(7));
    m_due->setToolTip(tr("Due date"));
    m_add->setAutoDefault(false);
    m_delete->setAutoDefault(false);

    m_view->setModel(m_model);
    m_view->setItemDelegate(new TimelineDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setIconSize(QSize(20, 20));

    auto *top = new QHBoxLayout;
    top->addWidget(m_kind);
    top->addWidget(m_subject, 1);
    auto *dueLabel = new QLabel(tr("Due:"), this);
    top->addWidget(dueLabel);
    top->addWidget(m_due);
    top->addStretch();
    auto *actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_add);
    auto *below = new QHBoxLayout;
    below->addWidget(m_delete);
    below->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_body);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    layout->addLayout(below);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this, dueLabel] {
        updateComposer();
        dueLabel->setVisible(m_kind->currentData() == QLatin1String("task"));
    });
    connect(m_add, &QPushButton::clicked, this, &TimelineWidget::addEntry);
    connect(m_delete, &QPushButton::clicked, this, &TimelineWidget::deleteSelected);
    connect(m_body, &QPlainTextEdit::textChanged, this, &TimelineWidget::updateComposer);
    connect(m_subject, &QLineEdit::textChanged, this, &TimelineWidget::updateComposer);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TimelineWidget::updateComposer);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineWidget::updateComposer);
    dueLabel->setVisible(false);
    updateComposer();
}

void TimelineWidget::setRecord(Entity entity, qint64 recordId)
{
    m_model->setRecord(entity, recordId);
    setEnabled(recordId > 0);
}

void TimelineWidget::updateComposer()
{
    const QString kind = m_kind->currentData().toString();
    const bool note = kind == QLatin1String("note");
    m_subject->setVisible(!note);
    m_due->setVisible(kind == QLatin1String("task"));
    m_body->setPlaceholderText(note ? tr("Write a note…") : tr("Details (optional)"));
    m_add->setEnabled(note ? !m_body->toPlainText().trimmed().isEmpty()
                           : !m_subject->text().trimmed().isEmpty() || !m_body->toPlainText().trimmed().isEmpty());
    m_delete->setEnabled(m_view->selectionModel()->hasSelection());
}

bool TimelineWidget::addEntry()
{
    if (!m_model->recordId() || !m_add->isEnabled())
        return false;
    const QString kind = m_kind->currentData().toString();
    const QString body = m_body->toPlainText().trimmed();
    bool ok = false;
    if (kind == QLatin1String("note")) {
        ok = CommandRunner::push(m_workspace, new AddNote(m_workspace, m_model->entity(), m_model->recordId(), body));
    } else {
        TimelineEntry entry;
        entry.kind = timelineKindFromName(kind).value_or(TimelineKind::Call);
        entry.subject = m_subject->text().trimmed();
        entry.body = body;
        entry.occurredAt = QDateTime::currentDateTimeUtc();
        if (entry.kind == TimelineKind::Task && m_due->isSet())
            entry.dueAt = QDateTime(m_due->date(), QTime(9, 0)).toUTC();
        ok = CommandRunner::push(m_workspace, new AddActivity(m_workspace, m_model->entity(), m_model->recordId(), entry));
    }
    if (ok) {
        m_body->clear();
        m_subject->clear();
    }
    return ok;
}

void TimelineWidget::deleteSelected()
{
    QList<TimelineEntry> entries;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        entries << m_model->entryAt(i.row());
    if (entries.isEmpty())
        return;
    QUndoStack *stack = m_workspace->undoStack();
    stack->beginMacro(tr("Delete timeline entries"));
    for (const TimelineEntry &e : std::as_const(entries)) {
        if (e.isNote())
            CommandRunner::push(m_workspace, new DeleteNote(m_workspace, e.id));
        else
            CommandRunner::push(m_workspace, new DeleteActivity(m_workspace, e.id));
    }
    stack->endMacro();
}

} // namespace Kempt
