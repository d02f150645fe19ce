#include "commands/applyfixes.h"
#include "audit/fixplanner.h"
#include "audit/guideenginecache.h"

#include <QCoreApplication>

namespace Kempt {

namespace {
QString label(const QString &ruleId)
{
    if (ruleId.isEmpty())
        return QCoreApplication::translate("Command", "Apply the style guide's fixes");
    return QCoreApplication::translate("Command", "Apply the fixes of rule %1").arg(ruleId);
}
} // namespace

ApplyFixes::ApplyFixes(Workspace *workspace, const QString &ruleId)
    : BatchCommand(workspace, label(ruleId), BatchKind::Fix)
    , m_ruleId(ruleId)
{
}

Result ApplyFixes::apply(QSqlDatabase db)
{
    StyleGuide guide;
    const Result r = FixPlanner::guideFor(db, m_ruleId, &guide);
    if (!r)
        return r;
    // The same moment as the audit's, so a fix and the findings it answers agree.
    const RuleEngine engine(guide, QString(), GuideEngineCache::auditMoment());
    return FixPlanner(db, engine).apply(&m_summary);
}

} // namespace Kempt
