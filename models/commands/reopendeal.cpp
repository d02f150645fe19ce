#include "commands/reopendeal.h"
#include "stores/dealstore.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};
} // namespace

ReopenDeal::ReopenDeal(Workspace *workspace, const QList<qint64> &dealIds)
    : BatchCommand(workspace, Tr::tr("Reopen %Ln deal(s)", nullptr, int(dealIds.size())))
    , m_ids(dealIds)
{
}

Result ReopenDeal::apply(QSqlDatabase db)
{
    return DealStore(db).reopen(m_ids);
}

} // namespace Kempt
