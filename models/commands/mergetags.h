#pragma once

#include "commands/batchcommand.h"

namespace Kempt {

// Folds one tag into another: its records carry the surviving tag and it is deleted.
class MergeTags : public BatchCommand
{
public:
    MergeTags(Workspace *workspace, qint64 fromTagId, qint64 intoTagId);

protected:
    Result apply(QSqlDatabase db) override;

private:
    qint64 m_fromTagId;
    qint64 m_intoTagId;
};

} // namespace Kempt
