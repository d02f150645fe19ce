#include "commands/deleteactivity.h"
#include "storage/workspace.h"
#include "stores/timelinestore.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
QString label(Workspace *workspace, qint64 activityId)
{
    const std::optional<TimelineEntry> old = workspace ? TimelineStore(workspace->db()).activity(activityId) : std::nullopt;
    const QString subject = old ? old->subject : QString();
    switch (old ? old->kind : TimelineKind::Task) {
    case TimelineKind::Call: return QCoreApplication::translate("Command", "Delete call %1").arg(subject).trimmed();
    case TimelineKind::Email: return QCoreApplication::translate("Command", "Delete email %1").arg(subject).trimmed();
    case TimelineKind::Meeting: return QCoreApplication::translate("Command", "Delete meeting %1").arg(subject).trimmed();
    case TimelineKind::Task:
    case TimelineKind::Note:
        break;
    }
    return QCoreApplication::translate("Command", "Delete task %1").arg(subject).trimmed();
}
} // namespace

DeleteActivity::DeleteActivity(Workspace *workspace, qint64 activityId)
    : BatchCommand(workspace, label(workspace, activityId))
    , m_activityId(activityId)
{
}

Result DeleteActivity::apply(QSqlDatabase db)
{
    return TimelineStore(db).removeActivity(m_activityId);
}

} // namespace Kempt
