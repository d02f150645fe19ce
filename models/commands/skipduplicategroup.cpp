#include "commands/skipduplicategroup.h"

#include "dedup/duplicategroupstore.h"
#include "storage/workspace.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};
} // namespace

SkipDuplicateGroup::SkipDuplicateGroup(Workspace *workspace, qint64 groupId, const QString &groupName)
    : m_workspace(workspace)
    , m_groupId(groupId)
{
    setText(Tr::tr("Skip the duplicates of %1").arg(groupName));
}

void SkipDuplicateGroup::set(bool skipped)
{
    if (!m_workspace)
        return;
    const qint64 id = m_groupId;
    m_result = m_workspace->write(BatchKind::Edit, text(),
                                  [id, skipped](QSqlDatabase db) { return DuplicateGroupStore(db).setSkipped(id, skipped); });
    if (!m_result) {
        setObsolete(true);
        Q_EMIT m_workspace->errorOccurred(m_result.message());
    }
}

void SkipDuplicateGroup::redo()
{
    set(true);
}

void SkipDuplicateGroup::undo()
{
    set(false);
}

} // namespace Kempt
