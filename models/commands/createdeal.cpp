#include "commands/createdeal.h"
#include "stores/dealstore.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};
} // namespace

CreateDeal::CreateDeal(Workspace *workspace, const Deal &deal)
    : BatchCommand(workspace, Tr::tr("Create deal %1").arg(deal.title.simplified()))
    , m_deal(deal)
{
}

Result CreateDeal::apply(QSqlDatabase db)
{
    return DealStore(db).insert(m_deal);
}

} // namespace Kempt
