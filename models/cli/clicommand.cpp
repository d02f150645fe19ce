#include "cli/clicommand.h"
#include "audit/attachquality.h"
#include "dedup/attachdedup.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Kempt {

Result CliCommand::openWorkspace(Workspace &workspace, const CliContext &context)
{
    const QString name = QDir::toNativeSeparators(context.dbPath);
    if (!QFileInfo::exists(context.dbPath)) {
        if (!context.dbGiven)
            return Result::failure(QCoreApplication::translate("Cli", "There is no workspace at %1 yet. Create it with "
                                                                      "\"kempt-cli init\", or name another file with --db FILE.")
                                       .arg(name));
        return Result::failure(QCoreApplication::translate("Cli", "%1 does not exist. Create a workspace there with "
                                                                  "\"kempt-cli init %1\", or check the file name.")
                                   .arg(name));
    }
    // Every command that writes keeps the data-quality findings current.
    attachQuality(&workspace);
    attachDedup(&workspace);
    return workspace.open(context.dbPath);
}

int CliCommand::fail(CliContext &context, const QString &message, int code)
{
    context.err << QStringLiteral("kempt-cli: ") << message << Qt::endl;
    return code;
}

} // namespace Kempt
