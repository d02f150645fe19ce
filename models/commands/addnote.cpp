#include "commands/addnote.h"
#include "storage/workspace.h"
#include "stores/timelinestore.h"

#include <QCoreApplication>

namespace Kempt {

AddNote::AddNote(Workspace *workspace, Entity entity, qint64 recordId, const QString &body)
    : BatchCommand(workspace, QCoreApplication::translate("Command", "Add note"))
    , m_entity(entity)
    , m_recordId(recordId)
    , m_body(body)
{
}

Result AddNote::apply(QSqlDatabase db)
{
    return TimelineStore(db).addNote(m_entity, m_recordId, m_body, workspace()->author(), &m_noteId);
}

} // namespace Kempt
