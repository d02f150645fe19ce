#include "itemmodels/timelinemodel.h"
#include "commands/editactivity.h"
#include "commands/editnote.h"
#include "storage/workspace.h"
#include "stores/timelinestore.h"

#include <QLocale>
#include <QUndoStack>

namespace Kempt {

TimelineModel::TimelineModel(Workspace *workspace, QObject *parent)
    : QAbstractListModel(parent)
    , m_workspace(workspace)
{
    if (m_workspace) {
        connect(m_workspace, &Workspace::changed, this, &TimelineModel::onChanged);
        connect(m_workspace, &Workspace::closed, this, [this] { setRecord(m_entity, 0); });
    }
}

void TimelineModel::setRecord(Entity entity, qint64 recordId)
{
    beginResetModel();
    m_entity = entity;
    m_recordId = recordId;
    m_entries = load();
    endResetModel();
}

QList<TimelineEntry> TimelineModel::load() const
{
    if (!m_workspace || !m_workspace->isOpen() || !m_recordId)
        return {};
    return TimelineStore(m_workspace->db()).list(m_entity, m_recordId);
}

void TimelineModel::onChanged(const ChangeSet &changes)
{
    // Users carry the authors' names shown on each entry.
    if (m_recordId && changes.touchesAny({QStringLiteral("notes"), QStringLiteral("activities"), QStringLiteral("users")}))
        refresh();
}

void TimelineModel::refresh()
{
    const QList<TimelineEntry> fresh = load();
    bool sameRows = fresh.size() == m_entries.size();
    for (int i = 0; sameRows && i < fresh.size(); ++i)
        sameRows = fresh.at(i).kind == m_entries.at(i).kind && fresh.at(i).id == m_entries.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_entries = fresh;
        endResetModel();
        return;
    }
    // An edit in place keeps the view where it is.
    for (int i = 0; i < fresh.size(); ++i) {
        const TimelineEntry &a = fresh.at(i);
        const TimelineEntry &b = m_entries.at(i);
        if (a.subject != b.subject || a.body != b.body || a.occurredAt != b.occurredAt || a.dueAt != b.dueAt
            || a.done != b.done || a.author != b.author) {
            m_entries[i] = a;
            Q_EMIT dataChanged(index(i), index(i));
        }
    }
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString TimelineModel::title(const TimelineEntry &e) const
{
    if (e.isNote())
        return e.body.section(QLatin1Char('\n'), 0, 0);
    if (!e.subject.isEmpty())
        return e.subject;
    switch (e.kind) {
    case TimelineKind::Call: return tr("Call");
    case TimelineKind::Email: return tr("Email");
    case TimelineKind::Meeting: return tr("Meeting");
    case TimelineKind::Task: return tr("Task");
    case TimelineKind::Note: break;
    }
    return tr("Note");
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const TimelineEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return title(e);
    case Qt::EditRole:
        return e.isNote() ? e.body : e.subject;
    case Qt::ToolTipRole:
        return e.author.isEmpty() ? QLocale().toString(e.occurredAt.toLocalTime(), QLocale::ShortFormat)
                                  : tr("%1, by %2").arg(QLocale().toString(e.occurredAt.toLocalTime(), QLocale::ShortFormat),
                                                        e.author);
    case Qt::CheckStateRole:
        if (e.kind == TimelineKind::Task)
            return e.done ? Qt::Checked : Qt::Unchecked;
        return QVariant();
    case KindRole:
        return timelineKindName(e.kind);
    case IdRole:
        return e.id;
    case SubjectRole:
        return e.subject;
    case BodyRole:
        return e.body;
    case OccurredAtRole:
        return e.occurredAt;
    case DueAtRole:
        return e.dueAt;
    case DoneRole:
        return e.done;
    case AuthorRole:
        return e.author;
    default:
        return QVariant();
    }
}

bool TimelineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_workspace)
        return false;
    TimelineEntry e = m_entries.at(index.row());
    QUndoStack *stack = m_workspace->undoStack();
    if (role == Qt::CheckStateRole && e.kind == TimelineKind::Task) {
        const bool done = value.toInt() == Qt::Checked;
        if (done == e.done)
            return false;
        e.done = done;
        stack->push(new EditActivity(m_workspace, e));
    } else if ((role == Qt::EditRole || role == BodyRole) && e.isNote()) {
        if (value.toString() == e.body)
            return false;
        stack->push(new EditNote(m_workspace, e.id, value.toString()));
    } else if ((role == Qt::EditRole || role == SubjectRole) && !e.isNote()) {
        if (value.toString() == e.subject)
            return false;
        e.subject = value.toString();
        stack->push(new EditActivity(m_workspace, e));
    } else {
        return false;
    }
    // The command reports a refusal itself; here only the outcome matters.
    const std::optional<TimelineEntry> now = e.isNote() ? TimelineStore(m_workspace->db()).note(e.id)
                                                        : TimelineStore(m_workspace->db()).activity(e.id);
    if (!now)
        return false;
    if (role == Qt::CheckStateRole)
        return now->done == e.done;
    return e.isNote() ? now->body == value.toString() : now->subject == e.subject.trimmed();
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
    if (m_entries.at(index.row()).kind == TimelineKind::Task)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(IdRole, "entryId");
    names.insert(SubjectRole, "subject");
    names.insert(BodyRole, "body");
    names.insert(OccurredAtRole, "occurredAt");
    names.insert(DueAtRole, "dueAt");
    names.insert(DoneRole, "done");
    names.insert(AuthorRole, "author");
    return names;
}

TimelineEntry TimelineModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : TimelineEntry();
}

} // namespace Kempt
