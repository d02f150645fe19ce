#include "cli/dealsreportcommand.h"
#include "reports/dealreportcsv.h"
#include "reports/dealreports.h"
#include "storage/workspace.h"
#include "stores/pipelinestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QStringList reportKeys()
{
    QStringList keys;
    for (DealReports::Report r : DealReportCsv::exported())
        keys << DealReportCsv::key(r);
    return keys;
}

QString title(DealReports::Report report)
{
    switch (report) {
    case DealReports::Report::Forecast: return Tr::tr("Forecast: open deals by month of expected close");
    case DealReports::Report::WinRate:
    case DealReports::Report::WinRateByMonth: return Tr::tr("Win rate: won against won and lost, by month of closing");
    case DealReports::Report::CycleLength:
    case DealReports::Report::CycleLengthByMonth: return Tr::tr("Sales cycle: days from creation to won, by month won");
    case DealReports::Report::TimeInStage: return Tr::tr("Time in stage: average days of a finished stay");
    case DealReports::Report::Outcomes: return Tr::tr("Won and lost deals by month of closing");
    }
    return QString();
}

// The pipeline named by id or by name (any case); the message lists the pipelines.
Result findPipeline(QSqlDatabase db, const QString &wanted, qint64 *id)
{
    const QList<Pipeline> pipelines = PipelineStore(db).pipelines();
    QStringList names;
    for (const Pipeline &p : pipelines) {
        if (QString::number(p.id) == wanted || p.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            *id = p.id;
            return Result::success();
        }
        names << p.name;
    }
    if (names.isEmpty())
        return Result::failure(Tr::tr("There is no pipeline \"%1\": the workspace has no pipelines yet.").arg(wanted));
    return Result::failure(Tr::tr("There is no pipeline \"%1\". Use one of: %2.").arg(wanted, names.join(QStringLiteral(", "))));
}

Result findOwner(const DealReports &reports, const QString &wanted, qint64 *id)
{
    QList<DealReports::Owner> owners;
    if (const Result r = reports.owners(&owners); !r)
        return r;
    QStringList names;
    for (const DealReports::Owner &o : std::as_const(owners)) {
        if (o.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            *id = o.id;
            return Result::success();
        }
        names << o.name;
    }
    if (names.isEmpty())
        return Result::failure(Tr::tr("No deal has an owner, so there is no owner \"%1\" to report on.").arg(wanted));
    return Result::failure(Tr::tr("No deal belongs to \"%1\". Owners of deals: %2.").arg(wanted, names.join(QStringLiteral(", "))));
}

bool readDate(const QCommandLineParser &parser, const QString &option, QDate *date, QString *message)
{
    if (!parser.isSet(option))
        return true;
    const QString text = parser.value(option).trimmed();
    *date = QDate::fromString(text, Qt::ISODate);
    if (!date->isValid())
        *message = Tr::tr("--%1: \"%2\" is not a date; write it as YYYY-MM-DD, e.g. 2025-01-31.").arg(option, text);
    return date->isValid();
}

void writeTable(const QList<QStringList> &rows, QTextStream &out)
{
    QList<int> widths;
    for (const QStringList &row : rows)
        for (int c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths << 0;
            widths[c] = qMax(widths.at(c), int(row.at(c).size()));
        }
    for (const QStringList &row : rows) {
        QStringList cells;
        for (int c = 0; c < row.size(); ++c)
            cells << (c == 0 ? row.at(c).leftJustified(widths.at(c)) : row.at(c).rightJustified(widths.at(c)));
        out << QStringLiteral("  ") << cells.join(QStringLiteral("  ")) << '\n';
    }
}

} // namespace

QString DealsReportCommand::synopsis() const
{
    return QStringLiteral("deals report %1 [--pipeline P] [--owner NAME] [--from DATE] [--to DATE] [--csv FILE]")
        .arg(reportKeys().join(QLatin1Char('|')));
}

QString DealsReportCommand::summary() const
{
    return Tr::tr("Print one deal report, or write it as CSV");
}

QList<QCommandLineOption> DealsReportCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("pipeline"), Tr::tr("deals report: only this pipeline (name or id)."), QStringLiteral("P")),
            QCommandLineOption(QStringLiteral("owner"), Tr::tr("deals report: only the deals of this owner."), QStringLiteral("NAME")),
            QCommandLineOption(QStringLiteral("from"), Tr::tr("deals report: the period's first day (YYYY-MM-DD)."), QStringLiteral("DATE")),
            QCommandLineOption(QStringLiteral("to"), Tr::tr("deals report: the period's last day (YYYY-MM-DD)."), QStringLiteral("DATE")),
            QCommandLineOption(QStringLiteral("currency"), Tr::tr("deals report: sum the amounts of this currency (default: the workspace's)."),
                               QStringLiteral("CODE")),
            QCommandLineOption(QStringLiteral("csv"), Tr::tr("deals report: write CSV to FILE, or \"-\" for standard output."),
                               QStringLiteral("FILE"))};
}

int DealsReportCommand::run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context)
{
    const std::optional<DealReports::Report> report = DealReportCsv::fromKey(arguments.value(0));
    if (arguments.size() != 1 || !report)
        return fail(context, Tr::tr("Name one report: kempt-cli deals report %1").arg(reportKeys().join(QLatin1Char('|'))), UsageError);
    QDate from, to;
    QString message;
    if (!readDate(parser, QStringLiteral("from"), &from, &message) || !readDate(parser, QStringLiteral("to"), &to, &message))
        return fail(context, message, UsageError);
    if (from.isValid() && to.isValid() && from > to)
        return fail(context, Tr::tr("--from %1 comes after --to %2; swap them.").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
                    UsageError);

    Workspace workspace;
    Result r = openWorkspace(workspace, context);
    if (!r)
        return fail(context, r.message());
    DealReports reports(workspace.db());
    reports.setPeriod(from, to);
    if (parser.isSet(QStringLiteral("currency")))
        reports.setCurrency(parser.value(QStringLiteral("currency")));
    qint64 id = 0;
    if (parser.isSet(QStringLiteral("pipeline"))) {
        if (!(r = findPipeline(workspace.db(), parser.value(QStringLiteral("pipeline")).trimmed(), &id)))
            return fail(context, r.message());
        reports.setPipeline(id);
    }
    if (parser.isSet(QStringLiteral("owner"))) {
        if (!(r = findOwner(reports, parser.value(QStringLiteral("owner")).trimmed(), &id)))
            return fail(context, r.message());
        reports.setOwner(id);
    }

    const QString target = parser.value(QStringLiteral("csv"));
    if (target == QLatin1String("-")) {
        context.out.flush();
        if (!(r = DealReportCsv::write(reports, *report, context.rawOut)))
            return fail(context, r.message());
        return Success;
    }
    if (!target.isEmpty()) {
        if (QFileInfo(target).absoluteFilePath() == workspace.path())
            return fail(context, Tr::tr("%1 is the workspace itself; choose another file name for the report.").arg(QDir::toNativeSeparators(target)));
        if (!(r = DealReportCsv::save(reports, *report, target)))
            return fail(context, r.message());
        context.out << Tr::tr("Report written to %1.").arg(QDir::toNativeSeparators(target)) << Qt::endl;
        return Success;
    }
    QList<QStringList> rows;
    if (!(r = DealReportCsv::rows(reports, *report, &rows)))
        return fail(context, r.message());
    context.out << title(*report) << '\n';
    writeTable(rows, context.out);
    if (rows.size() <= 1)
        context.out << QStringLiteral("  ") << Tr::tr("Nothing to report for these deals and dates.") << '\n';
    context.out.flush();
    return Success;
}

} // namespace Kempt
