#include "cli/importcommand.h"
#include "import/importduplicates.h"
#include "import/importer.h"
#include "import/mappingprofilestore.h"
#include "import/sourcefactory.h"
#include "io/delimitedsource.h"
#include "io/encodingdetector.h"
#include "io/preambledetector.h"
#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

constexpr int kShownGroups = 20;

// Null for "auto" or nothing: detected.
QChar delimiterFrom(const QString &text, bool *ok)
{
    *ok = true;
    if (text.isEmpty() || text == QLatin1String("auto"))
        return QChar();
    if (text == QLatin1String("tab") || text == QLatin1String("\\t") || text == QLatin1String("\t"))
        return QLatin1Char('\t');
    if (text == QLatin1String("comma"))
        return QLatin1Char(',');
    if (text == QLatin1String("semicolon"))
        return QLatin1Char(';');
    if (text == QLatin1String("pipe"))
        return QLatin1Char('|');
    if (text.size() == 1 && !text.at(0).isLetterOrNumber() && text.at(0) != QLatin1Char('"') && text.at(0) != QLatin1Char('\''))
        return text.at(0);
    *ok = false;
    return QChar();
}

// The mapping --mapping names: a JSON file (as saved with --json), else a saved profile.
Result mappingFrom(QSqlDatabase db, const QString &value, const QStringList &headers, ImportMapping *mapping)
{
    if (QFileInfo(value).isFile()) {
        QFile file(value);
        if (!file.open(QIODevice::ReadOnly))
            return Result::failure(Tr::tr("The mapping %1 cannot be read: %2.").arg(value, file.errorString()));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (!doc.isObject())
            return Result::failure(Tr::tr("The mapping %1 is not valid JSON (%2).").arg(value, error.errorString()));
        QJsonObject object = doc.object();
        if (object.contains(QStringLiteral("mapping")))
            object = object.value(QStringLiteral("mapping")).toObject();
        return ImportMapping::fromJson(object, headers, mapping);
    }
    const MappingProfileStore store(db);
    if (const std::optional<MappingProfile> profile = store.find(value))
        return MappingProfileStore::apply(*profile, headers, mapping);
    QStringList names;
    for (const MappingProfile &p : store.list())
        names << p.name;
    return Result::failure(names.isEmpty()
                               ? Tr::tr("There is no saved mapping or mapping file \"%1\", and no mapping is saved yet. Use --mapping auto, "
                                        "and --save-mapping NAME to keep one.").arg(value)
                               : Tr::tr("There is no saved mapping or mapping file \"%1\". Saved mappings: %2.")
                                     .arg(value, names.join(QStringLiteral(", "))));
}

QJsonObject sourceJson(const TableSource &source, SourceFactory::Format format)
{
    QJsonObject o{{QStringLiteral("format"), SourceFactory::formatName(format)},
                  {QStringLiteral("sheet"), source.sheets().value(source.currentSheet()).name}};
    if (const auto *text = dynamic_cast<const DelimitedSource *>(&source)) {
        o.insert(QStringLiteral("encoding"), QString::fromLatin1(text->detected().encoding));
        o.insert(QStringLiteral("encoding_confidence"), text->detected().encodingConfidence);
        o.insert(QStringLiteral("delimiter"), QString(text->detected().delimiter));
        o.insert(QStringLiteral("quote"), QString(text->detected().quote));
    }
    return o;
}

QString shownDelimiter(QChar c)
{
    return c == QLatin1Char('\t') ? Tr::tr("tab") : QString(c);
}

} // namespace

QString ImportCommand::synopsis() const
{
    return QStringLiteral("import FILE [--sheet S] [--encoding E] [--delimiter C] [--quote Q] [--header-row N|auto] "
                          "[--mapping auto|NAME|FILE] [--save-mapping NAME] [--on-duplicate create|skip|update|overwrite|merge] "
                          "[--keep-original] [--skip-invalid] [--dry-run] [--report REJECTED.csv] [--json]");
}

QString ImportCommand::summary() const
{
    return Tr::tr("Import contacts from a CSV, XLSX, ODS or vCard file, cleaned by the style guide, as one change that can be undone");
}

QList<QCommandLineOption> ImportCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("sheet"), Tr::tr("The sheet of a workbook to read (default: the first visible one)."),
                               QStringLiteral("S")),
            QCommandLineOption(QStringLiteral("encoding"), Tr::tr("The encoding of a text file, such as UTF-8, windows-1251 or KOI8-R "
                                                                  "(default: detected)."),
                               QStringLiteral("E")),
            QCommandLineOption(QStringLiteral("delimiter"), Tr::tr("The delimiter of a text file: , ; | or tab (default: detected)."),
                               QStringLiteral("C")),
            QCommandLineOption(QStringLiteral("quote"), Tr::tr("The quote character of a text file: \" or ' (default: detected)."),
                               QStringLiteral("Q")),
            QCommandLineOption(QStringLiteral("header-row"),
                               Tr::tr("Which row holds the headers, counting rows with values (default: detected; 0: none)."),
                               QStringLiteral("N|auto")),
            QCommandLineOption(QStringLiteral("mapping"), Tr::tr("\"auto\" (default), the name of a saved mapping, or a JSON file "
                                                                 "with the column mapping."),
                               QStringLiteral("auto|NAME|FILE")),
            QCommandLineOption(QStringLiteral("save-mapping"), Tr::tr("Save the mapping used under this name, for files with the same "
                                                                      "headers."),
                               QStringLiteral("NAME")),
            QCommandLineOption(QStringLiteral("on-duplicate"),
                               Tr::tr("Look for duplicates in the file and in the workspace, and do this with every group: create "
                                      "(default, no search), skip, update (fill empty fields), overwrite, or merge."),
                               QStringLiteral("ACTION")),
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
    const QString path = arguments.first();
    ImportOptions options;
    bool ok = false;
    options.source.sheet = parser.value(QStringLiteral("sheet"));
    options.source.delimiter = delimiterFrom(parser.value(QStringLiteral("delimiter")), &ok);
    if (!ok)
        return fail(context, Tr::tr("--delimiter must be one character such as , ; | or the word tab."), UsageError);
    const QString quote = parser.value(QStringLiteral("quote"));
    if (!quote.isEmpty() && quote != QLatin1String("auto")) {
        if (quote != QLatin1String("\"") && quote != QLatin1String("'"))
            return fail(context, Tr::tr("--quote must be \" or '."), UsageError);
        options.source.quote = quote.at(0);
    }
    const QString encoding = parser.value(QStringLiteral("encoding"));
    if (!encoding.isEmpty() && encoding != QLatin1String("auto")) {
        if (Result r = EncodingDetector::checkName(encoding, QStringLiteral("--encoding")); !r)
            return fail(context, r.message(), UsageError);
        options.source.encoding = encoding.toLatin1();
    }
    const QString headerRow = parser.value(QStringLiteral("header-row"));
    if (!headerRow.isEmpty() && headerRow != QLatin1String("auto")) {
        options.headerRow = headerRow.toInt(&ok);
        if (!ok || options.headerRow < 0)
            return fail(context, Tr::tr("--header-row needs a number (1 for the first row with values, 0 for no header) or auto."),
                        UsageError);
    }
    if (parser.isSet(QStringLiteral("on-duplicate"))
        && !DuplicateActions::fromName(parser.value(QStringLiteral("on-duplicate")), &options.onDuplicate))
        return fail(context, Tr::tr("--on-duplicate must be one of: %1.").arg(DuplicateActions::names().join(QStringLiteral(", "))),
                    UsageError);
    options.cleanup = parser.isSet(QStringLiteral("keep-original")) ? ImportOptions::Cleanup::KeepOriginal
                                                                    : ImportOptions::Cleanup::ApplyFixes;
    options.skipInvalidRows = parser.isSet(QStringLiteral("skip-invalid"));
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.rejectedReport = parser.value(QStringLiteral("report"));
    const bool asJson = parser.isSet(QStringLiteral("json"));
    const QString saveAs = parser.value(QStringLiteral("save-mapping"));

    Workspace workspace;
    Result r = openWorkspace(workspace, context);
    if (!r)
        return fail(context, r.message());
    std::unique_ptr<TableSource> source;
    SourceFactory::Format format = SourceFactory::Format::Delimited;
    if (!(r = SourceFactory::open(path, options.source, &source, &format)))
        return fail(context, r.message());

    // The headers decide which saved mappings fit; a given mapping is checked against them.
    if (options.headerRow < 0)
        options.headerRow = PreambleDetector::headerRow(*source);
    QStringList headers;
    if (!(r = Importer::readHeaders(*source, options.headerRow, &headers)) || !(r = source->selectSheet(source->currentSheet())))
        return fail(context, r.message());
    const QString mappingName = parser.value(QStringLiteral("mapping"));
    if (!mappingName.isEmpty() && mappingName != QLatin1String("auto")
        && !(r = mappingFrom(workspace.db(), mappingName, headers, &options.mapping)))
        return fail(context, r.message());
    QStringList fitting;
    if (mappingName.isEmpty())
        for (const MappingProfile &p : MappingProfileStore(workspace.db()).forHeaders(headers))
            fitting << p.name;

    if (options.onDuplicate != DuplicateAction::Create) {
        if (!(r = ImportDuplicates(workspace.db()).find(*source, options, &options.duplicates)))
            return fail(context, r.message());
        options.duplicatesFound = true;
    }
    Importer importer(workspace.db(), workspace.batchObservers());
    importer.setAuthor(workspace.author());
    ImportSummary summary;
    if (!(r = importer.run(*source, options, &summary)))
        return fail(context, r.message());

    if (!saveAs.isEmpty() && !options.dryRun) {
        MappingProfile profile;
        profile.name = saveAs;
        profile.mapping = options.mapping.size() > 0 ? options.mapping : ImportMapping::guess(summary.headers);
        r = workspace.write(BatchKind::Edit, Tr::tr("Save mapping %1").arg(saveAs.simplified()),
                            [&profile](QSqlDatabase db) { return MappingProfileStore(db).save(profile); });
        if (!r)
            return fail(context, Tr::tr("The import is done (import %1), but the mapping was not saved: %2").arg(summary.importId).arg(r.message()));
    }

    if (asJson) {
        QJsonObject json = summary.toJson();
        json.insert(QStringLiteral("source"), sourceJson(*source, format));
        QJsonArray groups;
        for (const ImportDuplicateGroup &g : std::as_const(options.duplicates))
            groups.append(g.toJson());
        json.insert(QStringLiteral("duplicates"), groups);
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
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
    if (const auto *text = dynamic_cast<const DelimitedSource *>(source.get()))
        out << Tr::tr("  read as %1 text, delimiter %2, quote %3, headers in row %4")
                   .arg(QString::fromLatin1(text->detected().encoding), shownDelimiter(text->detected().delimiter))
                   .arg(text->detected().quote)
                   .arg(summary.headerRow)
            << '\n';
    out << Tr::tr("  rows read      %1").arg(summary.rows) << '\n'
        << Tr::tr("  created        %1").arg(summary.created) << '\n'
        << Tr::tr("  updated        %1").arg(summary.updated) << '\n'
        << Tr::tr("  merged         %1").arg(summary.merged) << '\n'
        << Tr::tr("  skipped        %1").arg(summary.skipped) << '\n'
        << Tr::tr("  rejected       %1").arg(summary.rejected) << '\n'
        << Tr::tr("  values fixed   %1").arg(summary.fixedValues) << '\n';
    if (!options.duplicates.isEmpty()) {
        out << Tr::tr("Groups of duplicates: %1").arg(options.duplicates.size()) << '\n';
        for (const ImportDuplicateGroup &g : std::as_const(options.duplicates).mid(0, kShownGroups))
            out << QStringLiteral("  ") << g.toText() << '\n';
    }
    if (!summary.issues.isEmpty()) {
        out << Tr::tr("Rows with issues after cleanup, by rule:") << '\n';
        for (auto it = summary.issues.cbegin(); it != summary.issues.cend(); ++it)
            out << QStringLiteral("  %1 %2\n").arg(it.key(), -34).arg(it.value());
    }
    for (const QString &note : std::as_const(summary.notes))
        out << QStringLiteral("  ") << note << '\n';
    for (const ImportSummary::Rejected &rejected : std::as_const(summary.firstRejected).mid(0, 10))
        out << Tr::tr("  row %1 rejected: %2").arg(rejected.row).arg(rejected.reason) << '\n';
    if (!options.rejectedReport.isEmpty() && summary.rejected > 0)
        out << Tr::tr("The rejected rows are in %1.").arg(QDir::toNativeSeparators(options.rejectedReport)) << '\n';
    if (!fitting.isEmpty())
        out << Tr::tr("Saved mappings made for these headers: %1 (use --mapping NAME).").arg(fitting.join(QStringLiteral(", "))) << '\n';
    if (!saveAs.isEmpty() && !options.dryRun)
        out << Tr::tr("The mapping was saved as \"%1\".").arg(saveAs.simplified()) << '\n';
    out.flush();
    return Success;
}

} // namespace Kempt
