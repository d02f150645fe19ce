#include "cli/mergescommand.h"
#include "merge/mergestore.h"
#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Kempt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

QString MergesCommand::synopsis() const
{
    return QStringLiteral("merges [--json]");
}

QString MergesCommand::summary() const
{
    return Tr::tr("List the merges of the workspace, newest first, with the ids \"unmerge\" takes");
}

QList<QCommandLineOption> MergesCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("json"), Tr::tr("Print JSON instead of text."))};
}

int MergesCommand::run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context)
{
    if (!arguments.isEmpty())
        return fail(context, Tr::tr("merges takes no arguments; name the workspace with --db FILE."), UsageError);
    Workspace workspace;
    const Result r = openWorkspace(workspace, context);
    if (!r)
        return fail(context, r.message());
    const QList<MergeEntry> merges = MergeStore(workspace.db()).list();

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const MergeEntry &m : merges)
            array.append(m.toJson());
        context.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("merges"), array}}).toJson(QJsonDocument::Indented));
        context.out.flush();
        return Success;
    }
    if (merges.isEmpty()) {
        context.out << Tr::tr("No merges yet.") << '\n';
        context.out.flush();
        return Success;
    }
    for (const MergeEntry &m : merges) {
        QStringList merged;
        for (int i = 0; i < m.mergedIds.size(); ++i)
            merged << QStringLiteral("%1 \u201C%2\u201D").arg(m.mergedIds.at(i)).arg(m.mergedNames.value(i));
        const QString state = m.isUndone() ? Tr::tr("undone on %1").arg(m.undoneAt) : Tr::tr("standing");
        context.out << Tr::tr("Merge %1 on %2 by %3 (%4): kept %5 \u201C%6\u201D, merged %7")
                           .arg(m.id)
                           .arg(m.at, m.author.isEmpty() ? Tr::tr("unknown") : m.author, state)
                           .arg(m.survivorId)
                           .arg(m.survivorName, merged.join(QStringLiteral(", ")))
                    << '\n';
    }
    context.out.flush();
    return Success;
}

} // namespace Kempt
