#include "cli/dealscommand.h"
#include "cli/dealsreportcommand.h"
#include "domain/money.h"
#include "reports/dealreports.h"
#include "storage/workspace.h"
#include "stores/pipelinestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

struct Overview
{
    QList<Pipeline> pipelines;
    QList<QList<DealReports::StageSummary>> stages; // per pipeline
    DealReports::WinRate winRate;
    QList<DealReports::ForecastMonth> forecast;
    QString currency;
};

Result collect(QSqlDatabase db, Overview *o)
{
    DealReports reports(db);
    o->currency = reports.currency();
    o->pipelines = PipelineStore(db).pipelines();
    Result r;
    for (const Pipeline &p : std::as_const(o->pipelines)) {
        reports.setPipeline(p.id);
        QList<DealReports::StageSummary> stages;
        if (!(r = reports.stageSummary(&stages)))
            return r;
        o->stages << stages;
    }
    reports.setPipeline(0);
    if (!(r = reports.winRate(&o->winRate)))
        return r;
    return reports.forecast(&o->forecast);
}

QJsonObject toJson(const Overview &o)
{
    QJsonArray pipelines;
    for (int i = 0; i < o.pipelines.size(); ++i) {
        QJsonArray stages;
        for (const DealReports::StageSummary &s : o.stages.at(i))
            stages.append(QJsonObject{{QStringLiteral("id"), s.stageId}, {QStringLiteral("name"), s.stage},
                                      {QStringLiteral("probability"), s.probability}, {QStringLiteral("deals"), s.deals},
                                      {QStringLiteral("totalMinor"), s.totalMinor}, {QStringLiteral("weightedMinor"), s.weightedMinor},
                                      {QStringLiteral("otherCurrency"), s.otherCurrency}});
        pipelines.append(QJsonObject{{QStringLiteral("id"), o.pipelines.at(i).id}, {QStringLiteral("name"), o.pipelines.at(i).name},
                                     {QStringLiteral("stages"), stages}});
    }
    QJsonArray forecast;
    for (const DealReports::ForecastMonth &m : o.forecast)
        forecast.append(QJsonObject{{QStringLiteral("month"), m.month.toString(QStringLiteral("yyyy-MM"))},
                                    {QStringLiteral("deals"), m.deals}, {QStringLiteral("totalMinor"), m.totalMinor},
                                    {QStringLiteral("weightedMinor"), m.weightedMinor}});
    const DealReports::WinRate &w = o.winRate;
    return {{QStringLiteral("currency"), o.currency},
            {QStringLiteral("minorDigits"), Money::minorDigits(o.currency)},
            {QStringLiteral("pipelines"), pipelines},
            {QStringLiteral("won"), QJsonObject{{QStringLiteral("deals"), w.won}, {QStringLiteral("valueMinor"), w.wonMinor}}},
            {QStringLiteral("lost"), QJsonObject{{QStringLiteral("deals"), w.lost}, {QStringLiteral("valueMinor"), w.lostMinor}}},
            {QStringLiteral("winRate"), w.byCount()},
            {QStringLiteral("forecast"), forecast}};
}

void writeText(const Overview &o, QTextStream &out)
{
    const QLocale locale;
    const auto money = [&](qint64 minor) { return Money::format(minor, o.currency, locale); };
    if (o.pipelines.isEmpty()) {
        out << Tr::tr("There are no pipelines yet. The first deal creates the \"Sales\" pipeline.") << '\n';
        return;
    }
    for (int i = 0; i < o.pipelines.size(); ++i) {
        out << Tr::tr("Pipeline: %1").arg(o.pipelines.at(i).name) << '\n';
        int width = 5;
        for (const DealReports::StageSummary &s : o.stages.at(i))
            width = qMax(width, int(s.stage.size()));
        out << QStringLiteral("  %1 %2 %3 %4 %5\n")
                   .arg(Tr::tr("Stage"), -width)
                   .arg(Tr::tr("Prob."), 6)
                   .arg(Tr::tr("Deals"), 6)
                   .arg(Tr::tr("Total"), 18)
                   .arg(Tr::tr("Weighted"), 18);
        for (const DealReports::StageSummary &s : o.stages.at(i)) {
            out << QStringLiteral("  %1 %2 %3 %4 %5")
                       .arg(s.stage, -width)
                       .arg(QStringLiteral("%1%").arg(qRound(s.probability * 100)), 6)
                       .arg(s.deals, 6)
                       .arg(money(s.totalMinor), 18)
                       .arg(money(s.weightedMinor), 18);
            if (s.otherCurrency > 0)
                out << QStringLiteral("  ") << Tr::tr("(+%Ln deal(s) in other currencies)", nullptr, s.otherCurrency);
            out << '\n';
        }
        out << '\n';
    }
    const DealReports::WinRate &w = o.winRate;
    out << Tr::tr("Won: %1 deal(s), %2").arg(w.won).arg(money(w.wonMinor)) << '\n'
        << Tr::tr("Lost: %1 deal(s), %2").arg(w.lost).arg(money(w.lostMinor)) << '\n'
        << Tr::tr("Win rate: %1%").arg(locale.toString(w.byCount() * 100, 'f', 1)) << "\n\n"
        << Tr::tr("Forecast (weighted value by expected close month):") << '\n';
    if (o.forecast.isEmpty())
        out << QStringLiteral("  ") << Tr::tr("No open deal has an expected close date.") << '\n';
    for (const DealReports::ForecastMonth &m : o.forecast)
        out << QStringLiteral("  %1 %2 %3\n")
                   .arg(m.month.toString(QStringLiteral("yyyy-MM")))
                   .arg(Tr::tr("%Ln deal(s)", nullptr, m.deals), 12)
                   .arg(money(m.weightedMinor), 18);
}

} // namespace

QString DealsCommand::synopsis() const
{
    return QStringLiteral("deals [--json]");
}

QList<std::pair<QString, QString>> DealsCommand::usageEntries() const
{
    const DealsReportCommand report;
    return {{synopsis(), summary()}, {report.synopsis(), report.summary()}};
}

QString DealsCommand::summary() const
{
    return Tr::tr("List the pipelines and stages with their open deals, totals and weighted values, and the forecast");
}

QList<QCommandLineOption> DealsCommand::options() const
{
    return QList<QCommandLineOption>{QCommandLineOption(QStringLiteral("json"), Tr::tr("Print JSON instead of text (amounts in minor units)."))}
    + DealsReportCommand().options();
}

int DealsCommand::run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context)
{
    if (arguments.value(0) == QLatin1String("report"))
        return DealsReportCommand().run(parser, arguments.mid(1), context);
    if (!arguments.isEmpty())
        return fail(context, Tr::tr("deals takes no file name; name the workspace with --db FILE."), UsageError);
    Workspace workspace;
    Result r = openWorkspace(workspace, context);
    if (!r)
        return fail(context, r.message());
    Overview overview;
    if (!(r = collect(workspace.db(), &overview)))
        return fail(context, r.message());
    if (parser.isSet(QStringLiteral("json")))
        context.out << QString::fromUtf8(QJsonDocument(toJson(overview)).toJson(QJsonDocument::Indented));
    else
        writeText(overview, context.out);
    context.out.flush();
    return Success;
}

} // namespace Kempt
