#pragma once

#include "commands/batchcommand.h"
#include "stores/savedviewstore.h"

namespace Kempt {

class DeleteView : public BatchCommand
{
public:
    DeleteView(Workspace *workspace, const SavedView &view);

protected:
    Result apply(QSqlDatabase db) override;

private:
    qint64 m_viewId;
};

} // namespace Kempt
