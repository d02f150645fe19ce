#include "cli/sampledatacommand.h"
#include "io/sampledata.h"
#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>

namespace Kempt {

namespace {

constexpr int kMaxContacts = 1000000;

qint64 countOf(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace

QString SampleDataCommand::synopsis() const
{
    return QStringLiteral("sample-data [--contacts N]");
}

QString SampleDataCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Fill an empty workspace with invented companies, contacts and deals");
}

QList<QCommandLineOption> SampleDataCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("contacts"),
                               QCoreApplication::translate("Cli", "How many contacts to invent (default %1).").arg(SampleData::defaultContacts),
                               QStringLiteral("N"), QString::number(SampleData::defaultContacts))};
}

int SampleDataCommand::run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context)
{
    if (!arguments.isEmpty())
        return fail(context, QCoreApplication::translate("Cli", "sample-data takes no file name; name the workspace with --db FILE."),
                    UsageError);
    bool ok = false;
    const QString text = parser.value(QStringLiteral("contacts"));
    const int contacts = text.toInt(&ok);
    if (!ok || contacts < 1 || contacts > kMaxContacts)
        return fail(context, QCoreApplication::translate("Cli", "--contacts needs a whole number from 1 to %1, not \"%2\".")
                                 .arg(kMaxContacts)
                                 .arg(text),
                    UsageError);
    Workspace workspace;
    Result r = openWorkspace(workspace, context);
    if (!r)
        return fail(context, r.message());
    if (countOf(workspace.db(), QStringLiteral("contacts")) > 0)
        return fail(context, QCoreApplication::translate("Cli", "%1 already holds contacts, and the sample data goes into an empty "
                                                                "workspace. Create one with \"kempt-cli init NEW.sqlite\", then run "
                                                                "\"kempt-cli --db NEW.sqlite sample-data\".")
                                 .arg(QDir::toNativeSeparators(workspace.path())));
    if (!(r = SampleData::load(&workspace, contacts)))
        return fail(context, r.message());
    context.out << QCoreApplication::translate("Cli", "Loaded the sample data into %1: %2 contacts, %3 companies, %4 deals.")
                       .arg(QDir::toNativeSeparators(workspace.path()))
                       .arg(countOf(workspace.db(), QStringLiteral("contacts")))
                       .arg(countOf(workspace.db(), QStringLiteral("companies")))
                       .arg(countOf(workspace.db(), QStringLiteral("deals")))
                << Qt::endl;
    return Success;
}

} // namespace Kempt
