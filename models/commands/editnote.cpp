#include "commands/editnote.h"
#include "stores/timelinestore.h"

#include <QCoreApplication>

namespace Kempt {

EditNote::EditNote(Workspace *workspace, qint64 noteId, const QString &body)
    : BatchCommand(workspace, QCoreApplication::translate("Command", "Edit note"))
    , m_noteId(noteId)
    , m_body(body)
{
}

Result EditNote::apply(QSqlDatabase db)
{
    return TimelineStore(db).editNote(m_noteId, m_body);
}

} // namespace Kempt
