#include "cli/dedupecommand.h"

#include "dedup/duplicatefinder.h"
#include "dedup/duplicatescanjob.h"
#include "dedup/spreadsheetrecordreader.h"
#include "io/csvwriter.h"
#include "storage/database.h"
#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

constexpr int SampleGroups = 5;
constexpr int SampleLinks = 3;

Result writeCsv(const QString &path, const QStringList &header, const std::function<bool(CsvWriter &)> &rows)
{
    QSaveFile file(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result::failure(Tr::tr("%1 cannot be written: %2. Choose another file or folder.").arg(name, file.errorString()));
    CsvWriter writer(&file);
    if (!writer.writeRow(header) || !rows(writer) || !writer.flush() || !file.commit())
        return Result::failure(Tr::tr("%1 could not be written completely: %2. Check the free space and try again.")
                                   .arg(name, file.errorString()));
    return Result::success();
}

// The strongest scored pairs inside a group, for its explanation.
QList<DuplicatePair> linksOf(const DuplicateFinder &finder, const DuplicateGroup &group)
{
    QList<DuplicatePair> links;
    const auto &pairs = finder.pairs();
    for (qint32 a : group.rows) {
        auto it = std::lower_bound(pairs.begin(), pairs.end(), a, [](const DuplicatePair &p, qint32 row) { return p.a < row; });
        for (; it != pairs.end() && it->a == a; ++it)
            if (group.rows.contains(it->b))
                links << *it;
    }
    std::sort(links.begin(), links.end(), [](const DuplicatePair &x, const DuplicatePair &y) { return x.score > y.score; });
    return links.mid(0, SampleLinks);
}

} // namespace

QString DedupeCommand::synopsis() const
{
    return QStringLiteral("dedupe [--json] [--file INPUT.csv --id-column COL] [--pairs-out P.csv] [--clusters-out C.csv]");
}

QString DedupeCommand::summary() const
{
    return Tr::tr("Find duplicate contacts in the workspace or in a spreadsheet, explain why they match, write pairs and groups");
}

QList<QCommandLineOption> DedupeCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("json"), Tr::tr("Print JSON instead of text.")),
            QCommandLineOption(QStringLiteral("file"), Tr::tr("Scan this CSV spreadsheet instead of the workspace."),
                               QStringLiteral("INPUT")),
            QCommandLineOption(QStringLiteral("id-column"), Tr::tr("The spreadsheet column that holds record ids (default: row numbers)."),
                               QStringLiteral("COL")),
            QCommandLineOption(QStringLiteral("pairs-out"), Tr::tr("Write the matched pairs as CSV (id_a,id_b,score,band)."),
                               QStringLiteral("FILE")),
            QCommandLineOption(QStringLiteral("clusters-out"), Tr::tr("Write the duplicate groups as CSV (id,cluster_id)."),
                               QStringLiteral("FILE"))};
}

int DedupeCommand::run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context)
{
    if (!arguments.isEmpty())
        return fail(context, Tr::tr("dedupe takes no file name; scan a spreadsheet with --file INPUT.csv, the workspace with --db FILE."),
                    UsageError);
    const bool fileMode = parser.isSet(QStringLiteral("file"));
    if (parser.isSet(QStringLiteral("id-column")) && !fileMode)
        return fail(context, Tr::tr("--id-column only applies to a spreadsheet given with --file."), UsageError);
    if (fileMode && parser.value(QStringLiteral("file")).isEmpty())
        return fail(context, Tr::tr("--file needs the name of a CSV file."), UsageError);

    QElapsedTimer timer;
    timer.start();
    DuplicateFinder finder;
    Workspace workspace;
    QString source;
    Result r;
    if (fileMode) {
        SpreadsheetRecordReader reader;
        if (!(r = reader.open(parser.value(QStringLiteral("file")), parser.value(QStringLiteral("id-column")))))
            return fail(context, r.message());
        source = QDir::toNativeSeparators(reader.path());
        if (!(r = finder.run(reader)))
            return fail(context, r.message());
    } else {
        if (!(r = openWorkspace(workspace, context)))
            return fail(context, r.message());
        source = QDir::toNativeSeparators(workspace.path());
        // The scan the Duplicates section runs: its groups are kept for the review, the
        // dashboard and the audit's uniqueness score, its model for the checks of new contacts.
        DuplicateScanJob::Summary scanned;
        if (!(r = DuplicateScanJob::run(workspace.db(), nullptr, &scanned, 0, &finder)))
            return fail(context, r.message());
    }
    const qint64 ms = timer.elapsed();

    if (parser.isSet(QStringLiteral("pairs-out"))) {
        r = writeCsv(parser.value(QStringLiteral("pairs-out")),
                     {QStringLiteral("id_a"), QStringLiteral("id_b"), QStringLiteral("score"), QStringLiteral("band")},
                     [&finder](CsvWriter &w) {
                         for (const DuplicatePair &p : finder.pairs())
                             if (!w.writeRow({finder.id(p.a), finder.id(p.b), QString::number(p.probability, 'f', 6),
                                              MatchBands::name(p.band)}))
                                 return false;
                         return true;
                     });
        if (!r)
            return fail(context, r.message());
    }
    if (parser.isSet(QStringLiteral("clusters-out"))) {
        r = writeCsv(parser.value(QStringLiteral("clusters-out")), {QStringLiteral("id"), QStringLiteral("cluster_id")},
                     [&finder](CsvWriter &w) {
                         int number = 0;
                         for (const DuplicateGroup &g : finder.groups()) {
                             ++number;
                             for (qint32 row : g.rows)
                                 if (!w.writeRow({finder.id(row), QString::number(number)}))
                                     return false;
                         }
                         return true;
                     });
        if (!r)
            return fail(context, r.message());
    }

    int sure = 0;
    int possible = 0;
    qint64 grouped = 0;
    for (const DuplicateGroup &g : finder.groups()) {
        (g.band == MatchBand::Sure ? sure : possible) += 1;
        grouped += g.rows.size();
    }
    // Samples: the largest sure groups first, then possible ones, so both bands show.
    QList<int> samples;
    for (MatchBand band : {MatchBand::Sure, MatchBand::Possible})
        for (int i = 0; i < finder.groups().size() && samples.size() < (band == MatchBand::Sure ? 3 : SampleGroups); ++i)
            if (finder.groups().at(i).band == band)
                samples << i;

    const DuplicateFinder::Stats &stats = finder.stats();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray groups;
        int number = 0;
        for (const DuplicateGroup &g : finder.groups()) {
            QJsonArray ids;
            for (qint32 row : g.rows)
                ids.append(finder.id(row));
            groups.append(QJsonObject{{QStringLiteral("cluster_id"), ++number}, {QStringLiteral("band"), MatchBands::name(g.band)},
                                      {QStringLiteral("score"), qRound(g.score * 100) / 100.0}, {QStringLiteral("ids"), ids}});
        }
        QJsonArray sampleList;
        for (int i : samples) {
            QJsonArray explanations;
            for (const DuplicatePair &p : linksOf(finder, finder.groups().at(i)))
                explanations.append(finder.explain(p.a, p.b).toJson());
            sampleList.append(QJsonObject{{QStringLiteral("cluster_id"), i + 1}, {QStringLiteral("explanations"), explanations}});
        }
        const QJsonObject json{{QStringLiteral("source"), source},
                               {QStringLiteral("records"), stats.records},
                               {QStringLiteral("candidatePairs"), stats.candidatePairs},
                               {QStringLiteral("pairs"), qint64(finder.pairs().size())},
                               {QStringLiteral("groupCount"), QJsonObject{{QStringLiteral("sure"), sure}, {QStringLiteral("possible"), possible}}},
                               {QStringLiteral("groupedRecords"), grouped},
                               {QStringLiteral("milliseconds"), ms},
                               {QStringLiteral("stages"), QJsonObject{{QStringLiteral("readMs"), stats.loadMs},
                                                                     {QStringLiteral("blockMs"), stats.blockMs},
                                                                     {QStringLiteral("fitMs"), stats.estimateMs},
                                                                     {QStringLiteral("scoreMs"), stats.scoreMs},
                                                                     {QStringLiteral("groupMs"), stats.clusterMs}}},
                               {QStringLiteral("model"), finder.model().toJson()},
                               {QStringLiteral("groups"), groups},
                               {QStringLiteral("samples"), sampleList}};
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        context.out.flush();
        return Success;
    }

    QTextStream &out = context.out;
    out << Tr::tr("Scanned %1 records of %2 in %3 s: %4 candidate pairs compared, %5 matched.")
               .arg(stats.records)
               .arg(source)
               .arg(QString::number(ms / 1000.0, 'f', 1))
               .arg(stats.candidatePairs)
               .arg(finder.pairs().size())
        << '\n'
        << Tr::tr("Duplicate groups: %1 sure, %2 possible (%3 records).").arg(sure).arg(possible).arg(grouped) << '\n';
    if (!fileMode)
        out << Tr::tr("The groups are kept in the workspace for the Duplicates section and the audit's uniqueness score.") << '\n';
    for (int i : samples) {
        const DuplicateGroup &g = finder.groups().at(i);
        QStringList ids;
        for (qint32 row : g.rows)
            ids << finder.id(row);
        out << '\n'
            << Tr::tr("Group %1 (%2, %3 records): %4").arg(i + 1).arg(MatchBands::name(g.band)).arg(g.rows.size()).arg(ids.join(QStringLiteral(", ")))
            << '\n';
        for (const DuplicatePair &p : linksOf(finder, g)) {
            out << QStringLiteral("  %1 ~ %2\n").arg(finder.id(p.a), finder.id(p.b));
            out << finder.explain(p.a, p.b).toText(QStringLiteral("    "));
        }
    }
    out.flush();
    return Success;
}

} // namespace Kempt
