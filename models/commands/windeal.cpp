#include "commands/windeal.h"
#include "stores/dealstore.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};
} // namespace

WinDeal::WinDeal(Workspace *workspace, const QList<qint64> &dealIds)
    : BatchCommand(workspace, Tr::tr("Win %Ln deal(s)", nullptr, int(dealIds.size())))
    , m_ids(dealIds)
{
}

Result WinDeal::apply(QSqlDatabase db)
{
    return DealStore(db).win(m_ids);
}

} // namespace Kempt
