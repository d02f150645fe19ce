#include "cli/undoimportcommand.h"
#include "commands/undoimport.h"
#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

QString UndoImportCommand::synopsis() const
{
    return QStringLiteral("undo-import ID");
}

QString UndoImportCommand::summary() const
{
    return Tr::tr("Take an import back exactly, even after later edits of other records (ids from \"kempt-cli imports\")");
}

QList<QCommandLineOption> UndoImportCommand::options() const
{
    return {};
}

int UndoImportCommand::run(const QCommandLineParser &, const QStringList &arguments, CliContext &context)
{
    bool ok = false;
    const qint64 id = arguments.value(0).toLongLong(&ok);
    if (arguments.size() != 1 || !ok || id <= 0)
        return fail(context, Tr::tr("undo-import needs the number of an import, e.g. kempt-cli undo-import 3 (see kempt-cli imports)."),
                    UsageError);
    Workspace workspace;
    const Result r = openWorkspace(workspace, context);
    if (!r)
        return fail(context, r.message());
    UndoImport command(&workspace, id);
    command.redo();
    if (!command.succeeded())
        return fail(context, command.lastResult().message());
    context.out << Tr::tr("%1: done.").arg(command.text()) << Qt::endl;
    return Success;
}

} // namespace Kempt
