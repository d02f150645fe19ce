#include "cli/importcommand.h"
#include "import/importer.h"
#include "import/sourcefactory.h"
#include "io/tablesource.h"
#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QChar delimiterFrom(const QString &text, bool *ok)
{
    *ok = true;
    if (text.isEmpty() || text == QLatin1String(","))
        return QLatin1Char(',');
    if (text == QLatin1String("tab") || text == QLatin1String("\\t") || text == QLatin1String("\t"))
        return QLatin1Char('\t');
    if (text == QLatin1String("semicolon"))
        return QLatin1Char(';');
    if (text == QLatin1String("pipe"))
        return QLatin1Char('|');
    if (text.size() == 1 && !text.at(0).isLetterOrNumber() && text.at(0) != QLatin1Char('"'))
        return text.at(0);
    *ok = false;
    return QChar();
}

Result mappingFrom(const QString &value, const QStringList &headers, ImportMapping *mapping)
{
    if (value.isEmpty() || value == QLatin1String("auto"))
        return Result::success();
    QFile file(value);
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(Tr::tr("The mapping %1 cannot be read: %2. Give a mapping file saved with --json, or \"auto\".")
                                   .arg(value, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return Result::failure(Tr::tr("The mapping %1 is not valid JSON (%2).").arg(value, error.errorString()));
    QJsonObject object = doc.object();
    if (object.contains(QStringLiteral("mapping")))
        object = object.value(QStringLiteral("mapping")).toObject();
    return ImportMapping::fromJson(object, headers, mapping);
}

} // namespace

QString ImportCommand::synopsis() const
{
    return QStringLiteral("import FILE [--sheet S] [--delimiter C] [--header-row N] [--mapping auto|FILE] [--keep-original] "
                          "[--skip-invalid] [--dry-run] [--report REJECTED.csv] [--json]");
}

QString ImportCommand::summary() const
{
    return Tr::tr("Import contacts from a CSV, XLSX or ODS file, cleaned by the style guide, as one change that can be undone");
}

QList<QCommandLineOption> ImportCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("sheet"), Tr::tr("The sheet of a workbook to read (default: the first visible one)."),
                               QStringLiteral("S")),
            QCommandLineOption(QStringLiteral("delimiter"), Tr::tr("The delimiter of a text file: , ; | or tab (default ,)."),
                               QStringLiteral("C")),
            QCommandLineOption(QStringLiteral("header-row"), Tr::tr("Which row holds the headers, counting rows with values (default 1; 0: none)."),
                               QStringLiteral("N")),
            QCommandLineOption(QStringLiteral("mapping"), Tr::tr("\"auto\" (default) or a JSON file with the column mapping."),
                               QStringLiteral("auto|FILE")),
            QCommandLineOption(QStringLiteral("keep-original"), Tr::tr("Store values as the file has them instead of applying the style guide's fixes.")),
            QCommandLineOption(QStringLiteral("skip-invalid"), Tr::tr("Reject rows with an error the style guide blocks saving for.")),
            QCommandLineOption(QStringLiteral("dry-run"), Tr::tr("Check and count everything; keep nothing.")),
            QCommandLineOption(QStringLiteral("report"), Tr::tr("Write the rejected rows and their reasons to this CSV file."),
                               QStringLiteral("REJECTED.csv")),
            QCommandLineOption(QStringLiteral("json"), Tr::tr("Print JSON instead of text."))};
}

int ImportCommand::run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context)
{
    if (arguments.size() != 1)
        return fail(context, Tr::tr("import needs exactly one file, e.g. kempt-cli import contacts.csv."), UsageError);
    bool ok = false;
    const QChar delimiter = delimiterFrom(parser.value(QStringLiteral("delimiter")), &ok);
    if (!ok)
        return fail(context, Tr::tr("--delimiter must be one character such as , ; | or the word tab."), UsageError);
    ImportOptions options;
    if (parser.isSet(QStringLiteral("header-row"))) {
        options.headerRow = parser.value(QStringLiteral("header-row")).toInt(&ok);
        if (!ok || options.headerRow < 0)
            return fail(context, Tr::tr("--header-row needs a number: 1 for the first row with values, 0 for no header."), UsageError);
    }
    options.cleanup = parser.isSet(QStringLiteral("keep-original")) ? ImportOptions::Cleanup::KeepOriginal
                                                                    : ImportOptions::Cleanup::ApplyFixes;
    options.skipInvalidRows = parser.isSet(QStringLiteral("skip-invalid"));
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.rejectedReport = parser.value(QStringLiteral("report"));

    Workspace workspace;
    Result r = openWorkspace(workspace, context);
    if (!r)
        return fail(context, r.message());
    const QString path = arguments.first();
    std::unique_ptr<TableSource> source;
    if (!(r = SourceFactory::open(path, delimiter, parser.value(QStringLiteral("sheet")), &source)))
        return fail(context, r.message());
    if (parser.isSet(QStringLiteral("mapping"))) {
        QStringList headers;
        if (!(r = Importer::readHeaders(*source, options.headerRow, &headers))
            || !(r = mappingFrom(parser.value(QStringLiteral("mapping")), headers, &options.mapping))
            || !(r = source->selectSheet(source->currentSheet())))
            return fail(context, r.message());
    }
    Importer importer(workspace.db(), workspace.batchObservers());
    importer.setAuthor(workspace.author());
    ImportSummary summary;
    if (!(r = importer.run(*source, options, &summary)))
        return fail(context, r.message());

    if (parser.isSet(QStringLiteral("json"))) {
        context.out << QString::fromUtf8(QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented));
        context.out.flush();
        return Success;
    }
    QTextStream &out = context.out;
    if (options.dryRun)
        out << Tr::tr("Dry run of %1: nothing was written.").arg(QDir::toNativeSeparators(path)) << '\n';
    else
        out << Tr::tr("Imported %1 into %2 as import %3; undo it with \"kempt-cli undo-import %3\".")
                   .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(workspace.path()))
                   .arg(summary.importId)
            << '\n';
    out << Tr::tr("  rows read      %1").arg(summary.rows) << '\n'
        << Tr::tr("  created        %1").arg(summary.created) << '\n'
        << Tr::tr("  rejected       %1").arg(summary.rejected) << '\n'
        << Tr::tr("  values fixed   %1").arg(summary.fixedValues) << '\n';
    if (!summary.issues.isEmpty()) {
        out << Tr::tr("Rows with issues after cleanup, by rule:") << '\n';
        for (auto it = summary.issues.cbegin(); it != summary.issues.cend(); ++it)
            out << QStringLiteral("  %1 %2\n").arg(it.key(), -34).arg(it.value());
    }
    for (const ImportSummary::Rejected &rejected : std::as_const(summary.firstRejected).mid(0, 10))
        out << Tr::tr("  row %1 rejected: %2").arg(rejected.row).arg(rejected.reason) << '\n';
    if (!options.rejectedReport.isEmpty() && summary.rejected > 0)
        out << Tr::tr("The rejected rows are in %1.").arg(QDir::toNativeSeparators(options.rejectedReport)) << '\n';
    out.flush();
    return Success;
}

} // namespace Kempt
