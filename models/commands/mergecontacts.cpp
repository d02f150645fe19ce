#include "commands/mergecontacts.h"
#include "merge/mergewriter.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};
} // namespace

MergeContacts::MergeContacts(Workspace *workspace, const MergePlan &plan)
    : BatchCommand(workspace, Tr::tr("Merge %Ln contacts", nullptr, int(plan.recordIds().size())), BatchKind::Merge)
    , m_plan(plan)
{
}

Result MergeContacts::apply(QSqlDatabase db)
{
    return MergeWriter(db).merge(m_plan, &m_mergeId);
}

} // namespace Kempt
