#pragma once

#include "commands/batchcommand.h"

#include <QList>

namespace Kempt {

// Deletes tags together with their links to contacts and companies.
class DeleteTags : public BatchCommand
{
public:
    DeleteTags(Workspace *workspace, const QList<qint64> &tagIds);

protected:
    Result apply(QSqlDatabase db) override;

private:
    QList<qint64> m_tagIds;
};

} // namespace Kempt
