#include "commands/losedeal.h"
#include "stores/dealstore.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};
} // namespace

LoseDeal::LoseDeal(Workspace *workspace, const QList<qint64> &dealIds, const QString &reason)
    : BatchCommand(workspace, Tr::tr("Lose %Ln deal(s)", nullptr, int(dealIds.size())))
    , m_ids(dealIds)
    , m_reason(reason)
{
}

Result LoseDeal::apply(QSqlDatabase db)
{
    return DealStore(db).lose(m_ids, m_reason);
}

} // namespace Kempt
