#include "commands/deletedeals.h"
#include "stores/dealstore.h"
#include "stores/recordselection.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};
} // namespace

DeleteDeals::DeleteDeals(Workspace *workspace, const QList<qint64> &dealIds)
    : BatchCommand(workspace, Tr::tr("Move %Ln deal(s) to the trash", nullptr, int(dealIds.size())))
    , m_ids(dealIds)
{
}

Result DeleteDeals::apply(QSqlDatabase db)
{
    return DealStore(db).moveToTrash(RecordSelection::ofIds(m_ids));
}

} // namespace Kempt
