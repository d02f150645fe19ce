#include "commands/tagrecords.h"
#include "stores/tagstore.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
QString label(Entity entity, const QStringList &tagNames, qint64 count)
{
    const QString tags = tagNames.join(QStringLiteral(", "));
    const int n = int(count);
    if (entity == Entity::Company)
        return count == 1 ? QCoreApplication::translate("Command", "Tag 1 company with %1").arg(tags)
                          : QCoreApplication::translate("Command", "Tag %Ln companies with %1", nullptr, n).arg(tags);
    return count == 1 ? QCoreApplication::translate("Command", "Tag 1 contact with %1").arg(tags)
                      : QCoreApplication::translate("Command", "Tag %Ln contacts with %1", nullptr, n).arg(tags);
}
} // namespace

TagRecords::TagRecords(Workspace *workspace, Entity entity, const RecordSelection &selection,
                       const QStringList &tagNames, qint64 recordCount)
    : BatchCommand(workspace, label(entity, tagNames, recordCount), recordCount == 1 ? BatchKind::Edit : BatchKind::Bulk)
    , m_entity(entity)
    , m_selection(selection)
    , m_tagNames(tagNames)
{
}

Result TagRecords::apply(QSqlDatabase db)
{
    return TagStore(db).addToSelection(m_entity, m_selection, m_tagNames);
}

} // namespace Kempt
