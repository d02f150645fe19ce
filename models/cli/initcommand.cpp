#include "cli/initcommand.h"
#include "storage/database.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Kempt {

QString InitCommand::synopsis() const
{
    return QStringLiteral("init [FILE]");
}

QString InitCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Create a new, empty workspace (FILE defaults to the --db file)");
}

int InitCommand::run(const QCommandLineParser &, const QStringList &arguments, CliContext &context)
{
    if (arguments.size() > 1)
        return fail(context, QCoreApplication::translate("Cli", "init takes one file name. Usage: kempt-cli init [FILE]"), UsageError);
    const QString path = arguments.isEmpty() ? context.dbPath : arguments.first();
    const QString name = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path))
        return fail(context, QCoreApplication::translate("Cli", "%1 already exists; init only creates new workspaces and leaves "
                                                                "existing files alone. Choose another file name, or use the "
                                                                "existing workspace with --db %1.")
                                 .arg(name));
    Workspace workspace;
    const Result r = workspace.create(path);
    if (!r)
        return fail(context, r.message());
    context.out << QCoreApplication::translate("Cli", "Created the workspace %1 (format version %2).")
                       .arg(QDir::toNativeSeparators(workspace.path()))
                       .arg(Database::userVersion(workspace.db()))
                << Qt::endl;
    return Success;
}

} // namespace Kempt
