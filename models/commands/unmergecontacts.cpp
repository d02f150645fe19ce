#include "commands/unmergecontacts.h"
#include "merge/unmergewriter.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};
} // namespace

UnmergeContacts::UnmergeContacts(Workspace *workspace, qint64 mergeId)
    : BatchCommand(workspace, Tr::tr("Unmerge merge %1").arg(mergeId), BatchKind::Unmerge)
    , m_mergeId(mergeId)
{
}

Result UnmergeContacts::apply(QSqlDatabase db)
{
    return UnmergeWriter(db).unmerge(m_mergeId, &m_report);
}

} // namespace Kempt
