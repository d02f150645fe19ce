#include "cli/exportcommand.h"
#include "io/recordexporter.h"
#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Kempt {

QString ExportCommand::synopsis() const
{
    return QStringLiteral("export [--format csv|xlsx|vcf] [--vcard-version 3.0|4.0] [--entity contacts|companies] [--bom] OUT");
}

QString ExportCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Write the records to OUT as CSV, Excel or vCard (\"-\" for standard output)");
}

QList<QCommandLineOption> ExportCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("format"), QCoreApplication::translate("Cli", "The file format: csv (the default), xlsx or vcf."),
                           QStringLiteral("FORMAT"), QStringLiteral("csv")),
        QCommandLineOption(QStringLiteral("vcard-version"), QCoreApplication::translate("Cli", "The vCard version for --format vcf: 3.0 (the default) or 4.0."),
                           QStringLiteral("VERSION"), QStringLiteral("3.0")),
        QCommandLineOption(QStringLiteral("entity"), QCoreApplication::translate("Cli", "What to export: contacts (the default) or companies."),
                           QStringLiteral("ENTITY"), QStringLiteral("contacts")),
        QCommandLineOption(QStringLiteral("bom"), QCoreApplication::translate("Cli", "Start the file with a UTF-8 byte order mark, for Excel on Windows.")),
    };
}

int ExportCommand::run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context)
{
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx") && format != QLatin1String("vcf"))
        return fail(context, QCoreApplication::translate("Cli", "\"%1\" is not an export format kempt-cli knows. Use --format csv, xlsx or vcf.").arg(format),
                    UsageError);
    const QString vcardVersion = parser.value(QStringLiteral("vcard-version"));
    if (vcardVersion != QLatin1String("3.0") && vcardVersion != QLatin1String("4.0"))
        return fail(context, QCoreApplication::translate("Cli", "\"%1\" is not a vCard version kempt-cli writes. Use --vcard-version 3.0 or 4.0.").arg(vcardVersion),
                    UsageError);
    const VCardWriter::Version version = vcardVersion == QLatin1String("4.0") ? VCardWriter::Version::V40 : VCardWriter::Version::V30;
    auto write = [&format, version](const RecordExporter &exporter, QIODevice *device, qint64 *rows) {
        if (format == QLatin1String("xlsx"))
            return exporter.writeXlsx(device, rows);
        if (format == QLatin1String("vcf"))
            return exporter.writeVCard(device, version, rows);
        return exporter.writeCsv(device, rows);
    };
    const QString entityName = parser.value(QStringLiteral("entity")).toLower();
    Entity entity;
    if (entityName == QLatin1String("contacts") || entityName == QLatin1String("contact"))
        entity = Entity::Contact;
    else if (entityName == QLatin1String("companies") || entityName == QLatin1String("company"))
        entity = Entity::Company;
    else
        return fail(context, QCoreApplication::translate("Cli", "\"%1\" cannot be exported. Use --entity contacts or --entity companies.").arg(entityName),
                    UsageError);
    if (arguments.size() != 1)
        return fail(context, QCoreApplication::translate("Cli", "Name the file to write, or \"-\" for standard output: kempt-cli export --format csv OUT"),
                    UsageError);
    const QString target = arguments.first();

    Workspace workspace;
    Result r = openWorkspace(workspace, context);
    if (!r)
        return fail(context, r.message());
    RecordExporter exporter(workspace.db(), entity);
    exporter.setByteOrderMark(parser.isSet(QStringLiteral("bom")));
    qint64 rows = 0;

    if (target == QLatin1String("-")) {
        context.out.flush();
        r = write(exporter, context.rawOut, &rows);
        if (!r)
            return fail(context, r.message());
        return Success;
    }

    const QString name = QDir::toNativeSeparators(target);
    if (QFileInfo(target).absoluteFilePath() == workspace.path())
        return fail(context, QCoreApplication::translate("Cli", "%1 is the workspace itself; choose another file name for the export.").arg(name));
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return fail(context, QCoreApplication::translate("Cli", "%1 cannot be written: %2. Choose a folder you can write to.").arg(name, file.errorString()));
    r = write(exporter, &file, &rows);
    if (!r) {
        file.cancelWriting();
        return fail(context, QCoreApplication::translate("Cli", "%1 was not written: %2").arg(name, r.message()));
    }
    if (!file.commit())
        return fail(context, QCoreApplication::translate("Cli", "%1 cannot be written: %2. Check the free disk space and the folder's permissions.")
                                 .arg(name, file.errorString()));
    context.out << QCoreApplication::translate("Cli", "Records exported to %1: %2.").arg(name).arg(rows) << Qt::endl;
    return Success;
}

} // namespace Kempt
