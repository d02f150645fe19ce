#include "commands/editactivity.h"
#include "storage/workspace.h"
#include "stores/timelinestore.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
QString label(Workspace *workspace, const TimelineEntry &entry)
{
    const std::optional<TimelineEntry> old = workspace ? TimelineStore(workspace->db()).activity(entry.id) : std::nullopt;
    const QString subject = entry.subject.trimmed();
    if (old && old->done != entry.done && old->subject == entry.subject && old->body == entry.body
        && old->kind == entry.kind) {
        return entry.done ? QCoreApplication::translate("Command", "Mark %1 as done").arg(subject)
                          : QCoreApplication::translate("Command", "Mark %1 as not done").arg(subject);
    }
    switch (entry.kind) {
    case TimelineKind::Call: return QCoreApplication::translate("Command", "Edit call %1").arg(subject).trimmed();
    case TimelineKind::Email: return QCoreApplication::translate("Command", "Edit email %1").arg(subject).trimmed();
    case TimelineKind::Meeting: return QCoreApplication::translate("Command", "Edit meeting %1").arg(subject).trimmed();
    case TimelineKind::Task:
    case TimelineKind::Note:
        break;
    }
    return QCoreApplication::translate("Command", "Edit task %1").arg(subject).trimmed();
}
} // namespace

EditActivity::EditActivity(Workspace *workspace, const TimelineEntry &entry)
    : BatchCommand(workspace, label(workspace, entry))
    , m_entry(entry)
{
}

Result EditActivity::apply(QSqlDatabase db)
{
    return TimelineStore(db).editActivity(m_entry);
}

} // namespace Kempt
