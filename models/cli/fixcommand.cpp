#include "cli/fixcommand.h"
#include "audit/fixplanner.h"
#include "audit/guideenginecache.h"
#include "commands/applyfixes.h"
#include "quality/qualityrecord.h"
#include "quality/styleguiderule.h"
#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// "contact.phone" -> "Contact phone"
QString fieldLabel(const QString &entityField)
{
    const QString entityName = entityField.section(QLatin1Char('.'), 0, 0);
    const QString key = entityField.section(QLatin1Char('.'), 1);
    Entity entity = Entity::Contact;
    StyleGuideRule::entityFromName(entityName, &entity);
    const QString kind = entity == Entity::Company ? Tr::tr("Company") : Tr::tr("Contact");
    if (key == QLatin1String("phone_e164"))
        return Tr::tr("%1 phone, stored E.164 form").arg(kind);
    const QualityField field = QualityRecord::fieldForKey(entity, key);
    return Tr::tr("%1 %2").arg(kind, field == QualityField::Count ? key : QualityRecord::labelOf(field).toLower());
}

void print(QTextStream &out, const FixSummary &summary)
{
    int width = 0;
    for (auto it = summary.fields.cbegin(); it != summary.fields.cend(); ++it)
        width = qMax(width, int(fieldLabel(it.key()).size()));
    for (auto it = summary.fields.cbegin(); it != summary.fields.cend(); ++it) {
        out << QStringLiteral("  %1 ").arg(fieldLabel(it.key()), -width) << QCoreApplication::translate("Cli", "%Ln record(s)", nullptr, int(it.value())) << '\n';
        const QString entityName = it.key().section(QLatin1Char('.'), 0, 0);
        const QString key = it.key().section(QLatin1Char('.'), 1);
        for (const FixSummary::Sample &s : summary.samples)
            if (s.field == key && StyleGuideRule::entityName(s.entity) == entityName)
                out << QStringLiteral("      %1 (%2 %3): \u201C%4\u201D \u2192 \u201C%5\u201D\n")
                           .arg(s.name, entityName)
                           .arg(s.id)
                           .arg(s.before, s.after);
    }
}

} // namespace

QString FixCommand::synopsis() const
{
    return QStringLiteral("fix [--rule RULE] [--dry-run] [--json]");
}

QString FixCommand::summary() const
{
    return Tr::tr("Apply the style guide's fixes to every record as one change that can be undone (--dry-run: only show them)");
}

QList<QCommandLineOption> FixCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("rule"), Tr::tr("Apply only this rule's fixes (an id from \"kempt-cli audit\")."),
                               QStringLiteral("RULE")),
            QCommandLineOption(QStringLiteral("dry-run"), Tr::tr("Show what would change; write nothing.")),
            QCommandLineOption(QStringLiteral("json"), Tr::tr("Print JSON instead of text."))};
}

int FixCommand::run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context)
{
    if (!arguments.isEmpty())
        return fail(context, Tr::tr("fix takes no file name; name the workspace with --db FILE."), UsageError);
    const QString ruleId = parser.value(QStringLiteral("rule")).trimmed();
    if (parser.isSet(QStringLiteral("rule")) && ruleId.isEmpty())
        return fail(context, Tr::tr("--rule needs the id of a rule, e.g. --rule contact.phone.format."), UsageError);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    Workspace workspace;
    Result r = openWorkspace(workspace, context);
    if (!r)
        return fail(context, r.message());

    FixSummary summary;
    qint64 batchId = 0;
    if (dryRun) {
        StyleGuide guide;
        if (!(r = FixPlanner::guideFor(workspace.db(), ruleId, &guide)))
            return fail(context, r.message());
        const RuleEngine engine(guide, QString(), GuideEngineCache::auditMoment());
        if (!(r = FixPlanner(workspace.db(), engine).preview(&summary)))
            return fail(context, r.message());
    } else {
        // Run directly rather than through an undo stack: the batch in change_log is what
        // the app's history and undo work from.
        ApplyFixes command(&workspace, ruleId);
        command.redo();
        if (!command.lastResult())
            return fail(context, command.lastResult().message());
        summary = command.summary();
        batchId = command.batchId();
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = summary.toJson();
        json.insert(QStringLiteral("dryRun"), dryRun);
        json.insert(QStringLiteral("rule"), ruleId);
        json.insert(QStringLiteral("batchId"), batchId);
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        context.out.flush();
        return Success;
    }
    QTextStream &out = context.out;
    const QString what = ruleId.isEmpty() ? Tr::tr("the style guide's fixes") : Tr::tr("the fixes of rule %1").arg(ruleId);
    if (summary.isEmpty())
        out << Tr::tr("Nothing to fix: every record already follows %1.").arg(what) << '\n';
    else if (dryRun)
        out << Tr::tr("Dry run: %1 would change %2 records (%3 values). Nothing was written.")
                   .arg(what).arg(summary.records).arg(summary.values) << '\n';
    else
        out << Tr::tr("Applied %1 to %2 records (%3 values) of %4 as one change (batch %5).")
                   .arg(what).arg(summary.records).arg(summary.values)
                   .arg(QDir::toNativeSeparators(workspace.path())).arg(batchId) << '\n';
    print(out, summary);
    out.flush();
    return Success;
}

} // namespace Kempt
