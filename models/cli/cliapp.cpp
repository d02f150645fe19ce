#include "cli/cliapp.h"
#include "cli/auditcommand.h"
#include "cli/checkcommand.h"
#include "cli/clicommand.h"
#include "cli/dedupecommand.h"
#include "cli/dealscommand.h"
#include "cli/exportcommand.h"
#include "cli/fixcommand.h"
#include "cli/importcommand.h"
#include "cli/importscommand.h"
#include "cli/infocommand.h"
#include "cli/initcommand.h"
#include "cli/mappingscommand.h"
#include "cli/mergescommand.h"
#include "cli/sampledatacommand.h"
#include "cli/styleguidecommand.h"
#include "cli/undoimportcommand.h"
#include "cli/unmergecommand.h"
#include "storage/workspacelocator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace Kempt {

namespace {

QList<QCommandLineOption> globalOptions()
{
    return {
        QCommandLineOption(QStringLiteral("db"), QCoreApplication::translate("Cli", "The workspace file."), QStringLiteral("FILE")),
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("Cli", "Show this help.")),
        QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")}, QCoreApplication::translate("Cli", "Show the version.")),
    };
}

// The first argument that is neither an option nor the value of --db names the command,
// so that global options may come before or after it.
QString findCommand(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--db")) {
            ++i;
            continue;
        }
        if (a == QLatin1String("--"))
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (!a.startsWith(QLatin1Char('-')))
            return a;
    }
    return QString();
}

} // namespace

CliApp::CliApp(QTextStream &out, QTextStream &err, QIODevice *rawOut)
    : m_out(out)
    , m_err(err)
    , m_rawOut(rawOut)
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<InfoCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<SampleDataCommand>());
    m_commands.push_back(std::make_unique<StyleGuideCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<AuditCommand>());
    m_commands.push_back(std::make_unique<FixCommand>());
    m_commands.push_back(std::make_unique<DedupeCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ImportsCommand>());
    m_commands.push_back(std::make_unique<UndoImportCommand>());
    m_commands.push_back(std::make_unique<MappingsCommand>());
    m_commands.push_back(std::make_unique<DealsCommand>());
    m_commands.push_back(std::make_unique<MergesCommand>());
    m_commands.push_back(std::make_unique<UnmergeCommand>());
}

CliApp::~CliApp() = default;

CliCommand *CliApp::command(const QString &name) const
{
    for (const auto &c : m_commands)
        if (c->name() == name)
            return c.get();
    return nullptr;
}

QString CliApp::usage() const
{
    QString text = QCoreApplication::translate("Cli", "Usage: kempt-cli [--db FILE] COMMAND [options]") + QStringLiteral("\n\n")
        + QCoreApplication::translate("Cli", "Creates, inspects and exports Kempt workspaces.") + QStringLiteral("\n\n") + QCoreApplication::translate("Cli", "Commands:") + QLatin1Char('\n');
    for (const auto &c : m_commands)
        for (const auto &[synopsis, summary] : c->usageEntries())
            text += QStringLiteral("  %1\n      %2\n").arg(synopsis, summary);
    text += QLatin1Char('\n') + QCoreApplication::translate("Cli", "Options:") + QLatin1Char('\n')
        + QStringLiteral("  --db FILE      %1\n").arg(QCoreApplication::translate("Cli", "The workspace file (default: %1)").arg(QDir::toNativeSeparators(WorkspaceLocator::defaultPath())))
        + QStringLiteral("  -h, --help     %1\n").arg(QCoreApplication::translate("Cli", "Show this help"))
        + QStringLiteral("  -v, --version  %1\n").arg(QCoreApplication::translate("Cli", "Show the version"));
    return text;
}

int CliApp::run(const QStringList &arguments)
{
    const QString name = findCommand(arguments);
    CliCommand *cmd = command(name);

    QCommandLineParser parser;
    parser.addOptions(globalOptions());
    if (cmd)
        parser.addOptions(cmd->options());
    if (!parser.parse(arguments)) {
        m_err << QStringLiteral("kempt-cli: ") << parser.errorText() << QStringLiteral("\n\n") << usage();
        m_err.flush();
        return CliCommand::UsageError;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << QStringLiteral("kempt-cli %1").arg(QStringLiteral(KEMPT_VERSION)) << Qt::endl;
        return CliCommand::Success;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << usage();
        m_out.flush();
        return CliCommand::Success;
    }
    if (!cmd) {
        if (!name.isEmpty())
            m_err << QStringLiteral("kempt-cli: ") << QCoreApplication::translate("Cli", "\"%1\" is not a command.").arg(name) << QStringLiteral("\n\n");
        m_err << usage();
        m_err.flush();
        return CliCommand::UsageError;
    }

    CliContext context{m_out, m_err, m_rawOut, parser.value(QStringLiteral("db")), parser.isSet(QStringLiteral("db"))};
    if (!context.dbGiven)
        context.dbPath = WorkspaceLocator::defaultPath();
    else if (context.dbPath.isEmpty()) {
        m_err << QStringLiteral("kempt-cli: ") << QCoreApplication::translate("Cli", "--db needs the name of a workspace file.") << Qt::endl;
        return CliCommand::UsageError;
    }
    QStringList positional = parser.positionalArguments();
    positional.removeFirst(); // the command's name
    return cmd->run(parser, positional, context);
}

} // namespace Kempt
