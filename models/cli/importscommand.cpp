#include "cli/importscommand.h"
#include "storage/sqlerror.h"
#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

QString ImportsCommand::synopsis() const
{
    return QStringLiteral("imports [--json]");
}

QString ImportsCommand::summary() const
{
    return Tr::tr("List the imports, newest first, with what each one did");
}

QList<QCommandLineOption> ImportsCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("json"), Tr::tr("Print JSON instead of text."))};
}

int ImportsCommand::run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context)
{
    if (!arguments.isEmpty())
        return fail(context, Tr::tr("imports takes no arguments."), UsageError);
    Workspace workspace;
    Result r = openWorkspace(workspace, context);
    if (!r)
        return fail(context, r.message());
    QSqlQuery q(workspace.db());
    if (!(r = exec(q, QStringLiteral("SELECT id, file_name, started_at, status, counts FROM import_batches ORDER BY id DESC"))))
        return fail(context, r.message());
    QJsonArray list;
    while (q.next()) {
        const QJsonObject counts = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        list.append(QJsonObject{{QStringLiteral("id"), q.value(0).toLongLong()},
                                {QStringLiteral("file"), q.value(1).toString()},
                                {QStringLiteral("started"), q.value(2).toString()},
                                {QStringLiteral("status"), q.value(3).toString()},
                                {QStringLiteral("created"), counts.value(QStringLiteral("created")).toInteger()},
                                {QStringLiteral("updated"), counts.value(QStringLiteral("updated")).toInteger()},
                                {QStringLiteral("merged"), counts.value(QStringLiteral("merged")).toInteger()},
                                {QStringLiteral("skipped"), counts.value(QStringLiteral("skipped")).toInteger()},
                                {QStringLiteral("rejected"), counts.value(QStringLiteral("rejected")).toInteger()}});
    }
    if (parser.isSet(QStringLiteral("json"))) {
        context.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        context.out.flush();
        return Success;
    }
    if (list.isEmpty())
        context.out << Tr::tr("No imports yet.") << '\n';
    for (const QJsonValue &v : std::as_const(list)) {
        const QJsonObject o = v.toObject();
        context.out << Tr::tr("%1  %2  %3  %4: %5 created, %6 updated, %7 merged, %8 skipped, %9 rejected")
                           .arg(o.value(QStringLiteral("id")).toInteger(), 4)
                           .arg(o.value(QStringLiteral("started")).toString(), o.value(QStringLiteral("status")).toString(),
                                o.value(QStringLiteral("file")).toString())
                           .arg(o.value(QStringLiteral("created")).toInteger())
                           .arg(o.value(QStringLiteral("updated")).toInteger())
                           .arg(o.value(QStringLiteral("merged")).toInteger())
                           .arg(o.value(QStringLiteral("skipped")).toInteger())
                           .arg(o.value(QStringLiteral("rejected")).toInteger())
                    << '\n';
    }
    context.out.flush();
    return Success;
}

} // namespace Kempt
