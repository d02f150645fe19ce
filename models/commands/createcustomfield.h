#pragma once

#include "commands/batchcommand.h"
#include "domain/customfielddef.h"

namespace Kempt {

class CreateCustomField : public BatchCommand
{
public:
    CreateCustomField(Workspace *workspace, const CustomFieldDef &def);

    // The field as created (id and key assigned) once the command has run.
    CustomFieldDef field() const { return m_def; }

protected:
    Result apply(QSqlDatabase db) override;

private:
    CustomFieldDef m_def;
};

} // namespace Kempt
