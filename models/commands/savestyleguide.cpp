#include "commands/savestyleguide.h"
#include "stores/styleguidestore.h"

#include <QCoreApplication>

namespace Kempt {

SaveStyleGuide::SaveStyleGuide(Workspace *workspace, const StyleGuide &guide, const QString &comment)
    : BatchCommand(workspace, QCoreApplication::translate("Command", "Save style guide"))
    , m_guide(guide)
    , m_comment(comment)
{
}

Result SaveStyleGuide::apply(QSqlDatabase db)
{
    return StyleGuideStore(db, workspace()->author()).save(m_guide, m_comment, &m_version);
}

} // namespace Kempt
