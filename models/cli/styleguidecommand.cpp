#include "cli/styleguidecommand.h"
#include "quality/styleguide.h"
#include "storage/workspace.h"
#include "stores/styleguidestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

QString StyleGuideCommand::synopsis() const
{
    return QStringLiteral("style-guide export FILE | import FILE [--comment TEXT] | history");
}

QString StyleGuideCommand::summary() const
{
    return Tr::tr("Write the active style guide to FILE as JSON, store FILE as the next version, or list the versions "
              "(\"-\" for standard output or input)");
}

QList<QCommandLineOption> StyleGuideCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("comment"), Tr::tr("Why the rules change; stored with the imported version."),
                               QStringLiteral("TEXT"))};
}

int StyleGuideCommand::run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("history") && arguments.size() == 1)
        return history(context);
    if ((action == QLatin1String("export") || action == QLatin1String("import")) && arguments.size() == 2) {
        if (action == QLatin1String("export"))
            return exportGuide(arguments.at(1), context);
        return importGuide(arguments.at(1), parser.value(QStringLiteral("comment")), context);
    }
    return fail(context, Tr::tr("Use \"style-guide export FILE\", \"style-guide import FILE\" or \"style-guide history\"."), UsageError);
}

int StyleGuideCommand::exportGuide(const QString &target, CliContext &context)
{
    Workspace workspace;
    Result r = openWorkspace(workspace, context);
    if (!r)
        return fail(context, r.message());
    const StyleGuide guide = StyleGuideStore(workspace.db()).active();
    const QByteArray json = guide.toJson();
    if (target == QLatin1String("-")) {
        context.out.flush();
        if (context.rawOut->write(json) != json.size())
            return fail(context, Tr::tr("The style guide could not be written to standard output."));
        return Success;
    }
    const QString name = QDir::toNativeSeparators(target);
    if (QFileInfo(target).absoluteFilePath() == workspace.path())
        return fail(context, Tr::tr("%1 is the workspace itself; choose another file name for the style guide.").arg(name));
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return fail(context, Tr::tr("%1 cannot be written: %2. Choose a folder you can write to.").arg(name, file.errorString()));
    context.out << (guide.version() > 0 ? Tr::tr("Style guide version %1 (%2 rules) written to %3.").arg(guide.version()).arg(guide.rules().size()).arg(name)
                                        : Tr::tr("The default style guide (%1 rules) written to %2.").arg(guide.rules().size()).arg(name))
                << Qt::endl;
    return Success;
}

int StyleGuideCommand::importGuide(const QString &source, const QString &comment, CliContext &context)
{
    const bool fromStdin = source == QLatin1String("-");
    const QString name = fromStdin ? Tr::tr("standard input") : QDir::toNativeSeparators(source);
    QFile file;
    const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(source), file.open(QIODevice::ReadOnly));
    if (!opened)
        return fail(context, Tr::tr("%1 cannot be read: %2. Check the file name.").arg(name, file.errorString()));
    StyleGuide guide;
    Result r = StyleGuide::fromJson(file.readAll(), &guide);
    if (!r)
        return fail(context, Tr::tr("%1 was not imported. %2").arg(name, r.message()));

    Workspace workspace;
    if (!(r = openWorkspace(workspace, context)))
        return fail(context, r.message());
    const QString why = comment.trimmed().isEmpty() ? Tr::tr("Imported from %1").arg(fromStdin ? name : QFileInfo(source).fileName())
                                                    : comment.trimmed();
    qint64 version = 0;
    r = workspace.write(BatchKind::Edit, QCoreApplication::translate("Command", "Save style guide"), [&](QSqlDatabase db) {
        return StyleGuideStore(db, workspace.author()).save(guide, why, &version);
    });
    if (!r)
        return fail(context, Tr::tr("%1 was not imported: %2").arg(name, r.message()));
    context.out << Tr::tr("Style guide version %1 stored: %2 rules from %3.").arg(version).arg(guide.rules().size()).arg(name) << Qt::endl;
    return Success;
}

int StyleGuideCommand::history(CliContext &context)
{
    Workspace workspace;
    const Result r = openWorkspace(workspace, context);
    if (!r)
        return fail(context, r.message());
    const QList<StyleGuideVersion> versions = StyleGuideStore(workspace.db()).history();
    if (versions.isEmpty()) {
        context.out << Tr::tr("No style guide is stored; the default guide applies.") << Qt::endl;
        return Success;
    }
    for (const StyleGuideVersion &v : versions)
        context.out << QStringLiteral("%1\t%2\t%3\t%4\n").arg(v.version).arg(v.createdAt, v.author, v.comment);
    context.out.flush();
    return Success;
}

} // namespace Kempt
