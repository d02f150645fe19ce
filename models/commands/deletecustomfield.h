#pragma once

#include "commands/batchcommand.h"

namespace Kempt {

// Deletes a custom field with all its values; undo brings both back.
class DeleteCustomField : public BatchCommand
{
public:
    DeleteCustomField(Workspace *workspace, qint64 fieldId);

protected:
    Result apply(QSqlDatabase db) override;

private:
    qint64 m_fieldId;
};

} // namespace Kempt
