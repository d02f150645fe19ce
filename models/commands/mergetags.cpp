#include "commands/mergetags.h"
#include "storage/workspace.h"
#include "stores/tagstore.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
QString label(Workspace *workspace, qint64 fromTagId, qint64 intoTagId)
{
    QString from, into;
    if (workspace) {
        const TagStore store(workspace->db());
        from = store.find(fromTagId).name;
        into = store.find(intoTagId).name;
    }
    return QCoreApplication::translate("Command", "Merge tag %1 into %2").arg(from, into);
}
} // namespace

MergeTags::MergeTags(Workspace *workspace, qint64 fromTagId, qint64 intoTagId)
    : BatchCommand(workspace, label(workspace, fromTagId, intoTagId), BatchKind::Merge)
    , m_fromTagId(fromTagId)
    , m_intoTagId(intoTagId)
{
}

Result MergeTags::apply(QSqlDatabase db)
{
    return TagStore(db).merge(m_fromTagId, m_intoTagId);
}

} // namespace Kempt
