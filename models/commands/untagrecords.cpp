#include "commands/untagrecords.h"
#include "stores/tagstore.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
QString label(Entity entity, const QStringList &tagNames, qint64 count)
{
    const QString tags = tagNames.join(QStringLiteral(", "));
    const int n = int(count);
    if (entity == Entity::Company)
        return count == 1 ? QCoreApplication::translate("Command", "Remove %1 from 1 company").arg(tags)
                          : QCoreApplication::translate("Command", "Remove %1 from %Ln companies", nullptr, n).arg(tags);
    return count == 1 ? QCoreApplication::translate("Command", "Remove %1 from 1 contact").arg(tags)
                      : QCoreApplication::translate("Command", "Remove %1 from %Ln contacts", nullptr, n).arg(tags);
}
} // namespace

UntagRecords::UntagRecords(Workspace *workspace, Entity entity, const RecordSelection &selection,
                           const QStringList &tagNames, qint64 recordCount)
    : BatchCommand(workspace, label(entity, tagNames, recordCount), recordCount == 1 ? BatchKind::Edit : BatchKind::Bulk)
    , m_entity(entity)
    , m_selection(selection)
    , m_tagNames(tagNames)
{
}

Result UntagRecords::apply(QSqlDatabase db)
{
    return TagStore(db).removeFromSelection(m_entity, m_selection, m_tagNames);
}

} // namespace Kempt
