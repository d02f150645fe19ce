#include "commands/editdeal.h"
#include "stores/dealstore.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};
} // namespace

EditDeal::EditDeal(Workspace *workspace, const Deal &deal)
    : BatchCommand(workspace, Tr::tr("Edit deal %1").arg(deal.title.simplified()))
    , m_deal(deal)
{
}

Result EditDeal::apply(QSqlDatabase db)
{
    return DealStore(db).update(m_deal);
}

} // namespace Kempt
