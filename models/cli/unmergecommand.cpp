#include "cli/unmergecommand.h"
#include "commands/unmergecontacts.h"
#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace Kempt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

QString UnmergeCommand::synopsis() const
{
    return QStringLiteral("unmerge MERGE_ID [--json]");
}

QString UnmergeCommand::summary() const
{
    return Tr::tr("Take a merge back: the merged contacts return with their ids, fields and links (ids from \"merges\")");
}

QList<QCommandLineOption> UnmergeCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("json"), Tr::tr("Print JSON instead of text."))};
}

int UnmergeCommand::run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context)
{
    if (arguments.size() != 1)
        return fail(context, Tr::tr("unmerge needs exactly one merge id, e.g. \"kempt-cli unmerge 3\"; \"kempt-cli merges\" lists them."),
                    UsageError);
    bool ok = false;
    const qint64 mergeId = arguments.first().toLongLong(&ok);
    if (!ok || mergeId <= 0)
        return fail(context, Tr::tr("\u201C%1\u201D is not a merge id; use a number from \"kempt-cli merges\".").arg(arguments.first()),
                    UsageError);
    Workspace workspace;
    const Result r = openWorkspace(workspace, context);
    if (!r)
        return fail(context, r.message());
    // Run directly rather than through an undo stack: the batch in change_log is what the
    // app's history and undo work from.
    UnmergeContacts command(&workspace, mergeId);
    command.redo();
    if (!command.lastResult())
        return fail(context, command.lastResult().message());
    const UnmergeReport &report = command.report();

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = report.toJson();
        json.insert(QStringLiteral("batchId"), command.batchId());
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        context.out.flush();
        return Success;
    }
    QStringList restored;
    for (qint64 id : report.restoredIds)
        restored << QString::number(id);
    context.out << Tr::tr("Merge %1 undone: contacts %2 are back beside contact %3 (change %4).")
                       .arg(mergeId)
                       .arg(restored.join(QStringLiteral(", ")))
                       .arg(report.survivorId)
                       .arg(command.batchId())
                << '\n';
    if (!report.keptEdits.isEmpty()) {
        context.out << Tr::tr("Kept %Ln later edit(s):", nullptr, int(report.keptEdits.size())) << '\n';
        for (const UnmergeReport::KeptEdit &k : report.keptEdits)
            context.out << QStringLiteral("  ") << k.sentence() << '\n';
    }
    context.out.flush();
    return Success;
}

} // namespace Kempt
