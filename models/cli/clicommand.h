#pragma once

#include "cli/clicontext.h"
#include "core/result.h"

#include <QCommandLineOption>
#include <QList>
#include <QStringList>
#include <utility>

class QCommandLineParser;

namespace Kempt {

class Workspace;

// One subcommand of kempt-cli: its name, its options and what it does.
class CliCommand
{
public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    // "export [--format csv] ... OUT", shown in the usage text.
    virtual QString synopsis() const = 0;
    virtual QString summary() const = 0;
    // The lines of the usage text, synopsis then summary: one pair, or one for each form
    // of a command that hands some of its arguments to another ("deals report ...").
    virtual QList<std::pair<QString, QString>> usageEntries() const { return {{synopsis(), summary()}}; }
    virtual QList<QCommandLineOption> options() const { return {}; }
    // arguments are the positional arguments after the command's name.
    virtual int run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context) = 0;

protected:
    // Opens an existing workspace and never creates one; the message says how to make one.
    static Result openWorkspace(Workspace &workspace, const CliContext &context);
    static int fail(CliContext &context, const QString &message, int code = Failure);
};

} // namespace Kempt
