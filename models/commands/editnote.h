#pragma once

#include "commands/batchcommand.h"

namespace Kempt {

class EditNote : public BatchCommand
{
public:
    EditNote(Workspace *workspace, qint64 noteId, const QString &body);

protected:
    Result apply(QSqlDatabase db) override;

private:
    qint64 m_noteId;
    QString m_body;
};

} // namespace Kempt
