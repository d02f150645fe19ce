#include "commands/addactivity.h"
#include "storage/workspace.h"
#include "stores/timelinestore.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
QString label(const TimelineEntry &entry)
{
    const QString subject = entry.subject.trimmed();
    switch (entry.kind) {
    case TimelineKind::Call:
        return subject.isEmpty() ? QCoreApplication::translate("Command", "Log call")
                                 : QCoreApplication::translate("Command", "Log call %1").arg(subject);
    case TimelineKind::Email:
        return subject.isEmpty() ? QCoreApplication::translate("Command", "Log email")
                                 : QCoreApplication::translate("Command", "Log email %1").arg(subject);
    case TimelineKind::Meeting:
        return subject.isEmpty() ? QCoreApplication::translate("Command", "Log meeting")
                                 : QCoreApplication::translate("Command", "Log meeting %1").arg(subject);
    case TimelineKind::Task:
    case TimelineKind::Note:
        break;
    }
    return QCoreApplication::translate("Command", "Add task %1").arg(subject);
}
} // namespace

AddActivity::AddActivity(Workspace *workspace, Entity entity, qint64 recordId, const TimelineEntry &entry)
    : BatchCommand(workspace, label(entry))
    , m_entity(entity)
    , m_recordId(recordId)
    , m_entry(entry)
{
    m_entry.id = 0;
}

Result AddActivity::apply(QSqlDatabase db)
{
    if (m_entry.author.trimmed().isEmpty())
        m_entry.author = workspace()->author();
    return TimelineStore(db).addActivity(m_entity, m_recordId, m_entry);
}

} // namespace Kempt
