#pragma once

#include "commands/batchcommand.h"

namespace Kempt {

class RenameTag : public BatchCommand
{
public:
    RenameTag(Workspace *workspace, qint64 tagId, const QString &newName);

protected:
    Result apply(QSqlDatabase db) override;

private:
    qint64 m_tagId;
    QString m_newName;
};

} // namespace Kempt
