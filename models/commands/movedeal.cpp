#include "commands/movedeal.h"
#include "stores/dealstore.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};
} // namespace

MoveDeal::MoveDeal(Workspace *workspace, const QList<qint64> &dealIds, qint64 stageId, qint64 beforeDealId)
    : BatchCommand(workspace, Tr::tr("Move %Ln deal(s)", nullptr, int(dealIds.size())))
    , m_ids(dealIds)
    , m_stageId(stageId)
    , m_beforeId(beforeDealId)
{
}

Result MoveDeal::apply(QSqlDatabase db)
{
    return DealStore(db).move(m_ids, m_stageId, m_beforeId);
}

} // namespace Kempt
