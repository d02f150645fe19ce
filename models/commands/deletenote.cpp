#include "commands/deletenote.h"
#include "stores/timelinestore.h"

#include <QCoreApplication>

namespace Kempt {

DeleteNote::DeleteNote(Workspace *workspace, qint64 noteId)
    : BatchCommand(workspace, QCoreApplication::translate("Command", "Delete note"))
    , m_noteId(noteId)
{
}

Result DeleteNote::apply(QSqlDatabase db)
{
    return TimelineStore(db).removeNote(m_noteId);
}

} // namespace Kempt
