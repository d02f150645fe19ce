#pragma once

#include "commands/batchcommand.h"

#include <QList>

namespace Kempt {

// Marks open deals lost for a reason from LostReasons::of().
class LoseDeal : public BatchCommand
{
public:
    LoseDeal(Workspace *workspace, const QList<qint64> &dealIds, const QString &reason);

protected:
    Result apply(QSqlDatabase db) override;

private:
    QList<qint64> m_ids;
    QString m_reason;
};

} // namespace Kempt
