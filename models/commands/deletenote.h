#pragma once

#include "commands/batchcommand.h"

namespace Kempt {

class DeleteNote : public BatchCommand
{
public:
    DeleteNote(Workspace *workspace, qint64 noteId);

protected:
    Result apply(QSqlDatabase db) override;

private:
    qint64 m_noteId;
};

} // namespace Kempt
