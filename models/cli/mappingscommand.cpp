#include "cli/mappingscommand.h"
#include "import/mappingprofilestore.h"
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

QString MappingsCommand::synopsis() const
{
    return QStringLiteral("mappings [--delete NAME] [--json]");
}

QString MappingsCommand::summary() const
{
    return Tr::tr("List the saved column mappings of imports, or delete one");
}

QList<QCommandLineOption> MappingsCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("delete"), Tr::tr("Delete the saved mapping of this name."), QStringLiteral("NAME")),
            QCommandLineOption(QStringLiteral("json"), Tr::tr("Print JSON instead of text."))};
}

int MappingsCommand::run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context)
{
    if (!arguments.isEmpty())
        return fail(context, Tr::tr("mappings takes no arguments; give the name to delete with --delete NAME."), UsageError);
    Workspace workspace;
    Result r = openWorkspace(workspace, context);
    if (!r)
        return fail(context, r.message());
    if (parser.isSet(QStringLiteral("delete"))) {
        const QString name = parser.value(QStringLiteral("delete"));
        r = workspace.write(BatchKind::Edit, Tr::tr("Delete mapping %1").arg(name.simplified()),
                            [&name](QSqlDatabase db) { return MappingProfileStore(db).remove(name); });
        if (!r)
            return fail(context, r.message());
        context.out << Tr::tr("The mapping \"%1\" was deleted.").arg(name.simplified()) << '\n';
        context.out.flush();
        return Success;
    }
    const QList<MappingProfile> profiles = MappingProfileStore(workspace.db()).list();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const MappingProfile &p : profiles)
            list.append(p.toJson());
        context.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        context.out.flush();
        return Success;
    }
    if (profiles.isEmpty())
        context.out << Tr::tr("No saved mappings yet; save one with kempt-cli import FILE --save-mapping NAME.") << '\n';
    for (const MappingProfile &p : profiles)
        context.out << Tr::tr("%1  (%2 columns, saved %3): %4")
                           .arg(p.name)
                           .arg(p.mapping.size())
                           .arg(p.updatedAt, p.mapping.headers().join(QStringLiteral(", ")))
                    << '\n';
    context.out.flush();
    return Success;
}

} // namespace Kempt
