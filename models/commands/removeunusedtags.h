#pragma once

#include "commands/batchcommand.h"

namespace Kempt {

// Deletes every tag that no live contact or company carries.
class RemoveUnusedTags : public BatchCommand
{
public:
    explicit RemoveUnusedTags(Workspace *workspace);

    qint64 removedCount() const { return m_removed; }

protected:
    Result apply(QSqlDatabase db) override;

private:
    qint64 m_removed = 0;
};

} // namespace Kempt
