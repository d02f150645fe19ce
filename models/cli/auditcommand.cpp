#include "cli/auditcommand.h"
#include "audit/auditor.h"
#include "dedup/duplicategroupstore.h"
#include "quality/styleguiderule.h"
#include "storage/workspace.h"
#include "stores/qualityissuestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString score(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

QString AuditCommand::synopsis() const
{
    return QStringLiteral("audit [--json] [--top N]");
}

QString AuditCommand::summary() const
{
    return Tr::tr("Check every record against the style guide: scores, findings per rule, the records with most to do");
}

QList<QCommandLineOption> AuditCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("json"), Tr::tr("Print JSON instead of text.")),
            QCommandLineOption(QStringLiteral("top"), Tr::tr("How many of the records with most to do to list (default 10)."),
                               QStringLiteral("N"), QStringLiteral("10"))};
}

int AuditCommand::run(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context)
{
    if (!arguments.isEmpty())
        return fail(context, Tr::tr("audit takes no file name; name the workspace with --db FILE."), UsageError);
    bool ok = false;
    const int top = parser.value(QStringLiteral("top")).toInt(&ok);
    if (!ok || top < 0 || top > 10000)
        return fail(context, Tr::tr("--top needs a whole number from 0 to 10000, not \"%1\".").arg(parser.value(QStringLiteral("top"))),
                    UsageError);
    Workspace workspace;
    Result r = openWorkspace(workspace, context);
    if (!r)
        return fail(context, r.message());
    QElapsedTimer timer;
    timer.start();
    AuditResult result;
    Auditor auditor(workspace.db());
    auditor.setWorstKept(top);
    if (!(r = auditor.run(nullptr, &result)))
        return fail(context, r.message());
    const qint64 ms = timer.elapsed();
    // Counted while auditing: counting 4 million stored findings again took as long again.
    const QList<RuleFindings> &rules = result.rules;
    const QList<RecordFindings> &worst = result.worst;
    // Where the uniqueness score's duplicates come from: the kept groups of the last scan
    // (the same count the audit read), or shared keys before any scan.
    const DuplicateGroupStore groupStore(workspace.db());
    const bool scanned = groupStore.lastScan().isValid();
    DuplicateGroupStore::Summary groups;
    if (scanned && !(r = groupStore.summary(&groups)))
        return fail(context, r.message());
    const qint64 duplicateContacts =
        result.details.value(QStringLiteral("duplicates")).toObject().value(QStringLiteral("contact")).toInteger();

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray ruleList;
        for (const auto &rule : rules)
            ruleList.append(QJsonObject{{QStringLiteral("rule"), rule.rule}, {QStringLiteral("records"), rule.records},
                                        {QStringLiteral("error"), rule.errors}, {QStringLiteral("warning"), rule.warnings},
                                        {QStringLiteral("fix"), rule.fixes}});
        QJsonArray worstList;
        for (const auto &rec : worst)
            worstList.append(QJsonObject{{QStringLiteral("entity"), StyleGuideRule::entityName(rec.entity)},
                                         {QStringLiteral("id"), rec.id}, {QStringLiteral("name"), rec.name},
                                         {QStringLiteral("errors"), rec.errors}, {QStringLiteral("warnings"), rec.warnings},
                                         {QStringLiteral("fixes"), rec.fixes}, {QStringLiteral("issues"), rec.total()}});
        const QJsonObject json{{QStringLiteral("workspace"), workspace.path()},
                               {QStringLiteral("guideVersion"), result.guideVersion},
                               {QStringLiteral("records"), result.records()},
                               {QStringLiteral("contacts"), result.contacts},
                               {QStringLiteral("companies"), result.companies},
                               {QStringLiteral("issues"), result.issues},
                               {QStringLiteral("snapshotId"), result.snapshotId},
                               {QStringLiteral("milliseconds"), ms},
                               {QStringLiteral("scores"), result.scores.toJson()},
                               {QStringLiteral("rules"), ruleList},
                               {QStringLiteral("worstRecords"), worstList},
                               {QStringLiteral("details"), result.details},
                               {QStringLiteral("duplicates"),
                                QJsonObject{{QStringLiteral("source"), scanned ? QStringLiteral("scan") : QStringLiteral("sharedKeys")},
                                            {QStringLiteral("contacts"), duplicateContacts},
                                            {QStringLiteral("groups"), groups.groups},
                                            {QStringLiteral("pendingGroups"), groups.pendingGroups()},
                                            {QStringLiteral("pendingContacts"), groups.pendingRecords()},
                                            {QStringLiteral("skippedGroups"), groups.skipped}}}};
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        context.out.flush();
        return Success;
    }

    QTextStream &out = context.out;
    out << Tr::tr("Audited %1 records (%2 contacts, %3 companies) of %4 in %5 s with %6: %7 findings.")
               .arg(result.records())
               .arg(result.contacts)
               .arg(result.companies)
               .arg(QDir::toNativeSeparators(workspace.path()))
               .arg(QString::number(ms / 1000.0, 'f', 1))
               .arg(result.guideVersion > 0 ? Tr::tr("style guide version %1").arg(result.guideVersion) : Tr::tr("the default style guide"))
               .arg(result.issues)
        << "\n\n"
        << Tr::tr("Scores (0 to 100, higher is better):") << '\n';
    const AuditScores &s = result.scores;
    const QList<std::pair<QString, double>> scores = {
        {Tr::tr("Overall"), s.overall},         {Tr::tr("Completeness"), s.completeness}, {Tr::tr("Validity"), s.validity},
        {Tr::tr("Consistency"), s.consistency}, {Tr::tr("Uniqueness"), s.uniqueness},     {Tr::tr("Freshness"), s.freshness}};
    for (const auto &[label, value] : scores)
        out << QStringLiteral("  %1 %2\n").arg(label, -14).arg(score(value), 6);
    if (scanned)
        out << '\n'
            << Tr::tr("Uniqueness counts %1 contacts in %2 duplicate groups of the last scan; %3 groups (%4 contacts) wait for "
                      "review in Duplicates.")
                   .arg(duplicateContacts)
                   .arg(groups.groups)
                   .arg(groups.pendingGroups())
                   .arg(groups.pendingRecords())
            << '\n';
    else
        out << '\n'
            << Tr::tr("Uniqueness counts %1 contacts sharing an e-mail address or phone number with another; "
                      "\"kempt-cli dedupe\" finds the real duplicate groups.")
                   .arg(duplicateContacts)
            << '\n';

    out << '\n' << Tr::tr("Findings per rule (records, errors, warnings, fixes):") << '\n';
    if (rules.isEmpty())
        out << "  " << Tr::tr("none") << '\n';
    int width = 0;
    for (const auto &rule : rules)
        width = qMax(width, int(rule.rule.size()));
    for (const auto &rule : rules)
        out << QStringLiteral("  %1 %2 %3 %4 %5\n")
                   .arg(rule.rule, -width)
                   .arg(rule.records, 9)
                   .arg(rule.errors, 8)
                   .arg(rule.warnings, 8)
                   .arg(rule.fixes, 8);

    if (top > 0) {
        out << '\n' << Tr::tr("Records with most to do:") << '\n';
        if (worst.isEmpty())
            out << "  " << Tr::tr("none") << '\n';
        for (const auto &rec : worst)
            out << QStringLiteral("  %1 %2  %3  ").arg(StyleGuideRule::entityName(rec.entity), -7).arg(rec.id, 8).arg(rec.name)
                << Tr::tr("%1 errors, %2 warnings, %3 fixes").arg(rec.errors).arg(rec.warnings).arg(rec.fixes) << '\n';
    }
    out.flush();
    return Success;
}

} // namespace Kempt
