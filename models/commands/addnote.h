#pragma once

#include "commands/batchcommand.h"
#include "domain/fieldtype.h"

namespace Kempt {

// A note on a contact, company or deal, signed with the workspace's author.
class AddNote : public BatchCommand
{
public:
    AddNote(Workspace *workspace, Entity entity, qint64 recordId, const QString &body);

    qint64 noteId() const { return m_noteId; }

protected:
    Result apply(QSqlDatabase db) override;

private:
    Entity m_entity;
    qint64 m_recordId;
    QString m_body;
    qint64 m_noteId = 0;
};

} // namespace Kempt
