#include "cli/infocommand.h"
#include "storage/workspace.h"
#include "storage/workspaceinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>

namespace Kempt {

QString InfoCommand::synopsis() const
{
    return QStringLiteral("info [--json]");
}

QString InfoCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Show the workspace's format version and the rows in each table");
}

QList<QCommandLineOption> InfoCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON instead of text."))};
}

int InfoCommand::run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context)
{
    if (!arguments.isEmpty())
        return fail(context, QCoreApplication::translate("Cli", "info takes no file name; name the workspace with --db FILE."),
                    UsageError);
    Workspace workspace;
    Result r = openWorkspace(workspace, context);
    if (!r)
        return fail(context, r.message());
    WorkspaceInfo info;
    if (!(r = WorkspaceInfo::read(workspace.db(), workspace.path(), &info)))
        return fail(context, r.message());

    if (parser.isSet(QStringLiteral("json"))) {
        context.out << QString::fromUtf8(QJsonDocument(info.toJson()).toJson(QJsonDocument::Indented));
        context.out.flush();
        return Success;
    }
    context.out << QCoreApplication::translate("Cli", "Workspace: %1").arg(QDir::toNativeSeparators(info.path())) << '\n'
                << QCoreApplication::translate("Cli", "Schema version: %1 (this Kempt reads up to %2)")
                       .arg(info.schemaVersion())
                       .arg(info.latestSchemaVersion())
                << '\n'
                << QCoreApplication::translate("Cli", "Kempt version: %1").arg(QStringLiteral(KEMPT_VERSION)) << '\n'
                << QCoreApplication::translate("Cli", "File size: %1 bytes").arg(info.fileSize()) << '\n'
                << QCoreApplication::translate("Cli", "Rows per table:") << '\n';
    int width = 0;
    for (const WorkspaceInfo::Table &t : info.tables())
        width = qMax(width, int(t.name.size()));
    for (const WorkspaceInfo::Table &t : info.tables())
        context.out << QStringLiteral("  %1 %2\n").arg(t.name, -width).arg(t.rows, 10);
    context.out.flush();
    return Success;
}

} // namespace Kempt
