#pragma once

#include "commands/batchcommand.h"

namespace Kempt {

class CreateTag : public BatchCommand
{
public:
    CreateTag(Workspace *workspace, const QString &name, const QString &color = QString());

protected:
    Result apply(QSqlDatabase db) override;

private:
    QString m_name;
    QString m_color;
};

} // namespace Kempt
