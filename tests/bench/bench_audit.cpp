// Times the full data-quality audit on a large workspace: records per second and peak
// memory, median of several runs.
//
//   make-contacts 1000000 --seed 7 > /tmp/contacts-1m.csv
//   bench_audit --csv /tmp/contacts-1m.csv --db /tmp/audit-1m.sqlite [--rows N] [--runs K]
//               [--evaluators E] [--block B] [--fresh]
//
// The workspace given with --db is loaded once (makecontactsloader.h) and reused later.
// A repeated audit writes only the findings that changed since the stored ones; --fresh
// empties quality_issues before each run (untimed) to measure a first audit instead.

#include "makecontactsloader.h"
#include "processstats.h"

#include "audit/auditor.h"
#include "stores/qualityissuestore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <ctime>

using namespace Kempt;

namespace {

using Bench::procStatus;
using Bench::resetPeak;

QTextStream out(stdout);

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 rows = 1000000;
    int runs = 3;
    int evaluators = 2;
    int block = 512;
    bool fresh = false;
    QString csv, dbPath;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args.at(i);
        const QString next = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (a == QLatin1String("--rows"))
            rows = next.toLongLong(), ++i;
        else if (a == QLatin1String("--runs"))
            runs = std::max(1, next.toInt()), ++i;
        else if (a == QLatin1String("--evaluators"))
            evaluators = std::max(1, next.toInt()), ++i;
        else if (a == QLatin1String("--block"))
            block = std::max(1, next.toInt()), ++i;
        else if (a == QLatin1String("--fresh"))
            fresh = true;
        else if (a == QLatin1String("--csv"))
            csv = next, ++i;
        else if (a == QLatin1String("--db"))
            dbPath = next, ++i;
        else {
            out << "usage: bench_audit [--rows N] [--csv FILE] [--db FILE] [--runs K] [--evaluators E] [--block B] [--fresh]" << Qt::endl;
            return 2;
        }
    }
    QTemporaryDir tmp;
    if (dbPath.isEmpty())
        dbPath = tmp.filePath(QStringLiteral("bench.sqlite"));
    out << "machine: " << QThread::idealThreadCount() << " cores" << Qt::endl;
    Workspace ws;
    if (!QFileInfo::exists(dbPath)) {
        if (csv.isEmpty()) {
            out << "error: " << dbPath << " does not exist; give --csv FILE (from make-contacts) to load it" << Qt::endl;
            return 2;
        }
        out << "loading up to " << rows << " rows of " << csv << " into " << dbPath << Qt::endl;
        QElapsedTimer t;
        t.start();
        Result r = ws.create(dbPath);
        if (r)
            r = Bench::loadMakeContacts(ws, csv, rows, [](const QString &line) { out << line << Qt::endl; });
        if (!r) {
            out << "error: " << r.message() << Qt::endl;
            return 1;
        }
        out << "  loaded in " << t.elapsed() / 1000.0 << " s" << Qt::endl;
    } else {
        out << "reusing " << dbPath << Qt::endl;
        const Result r = ws.open(dbPath);
        if (!r) {
            out << "error: " << r.message() << Qt::endl;
            return 1;
        }
    }
    out << "peak RSS before the audits: " << procStatus("VmHWM") << Qt::endl;
    QList<double> wall, cpu;
    AuditResult result;
    Result r;
    QString peak;
    for (int i = 0; i < runs; ++i) {
        if (fresh)
            QSqlQuery(ws.db()).exec(QStringLiteral("DELETE FROM quality_issues"));
        resetPeak();
        Auditor auditor(ws.db());
        auditor.setEvaluators(evaluators);
        auditor.setBlockSize(block);
        QElapsedTimer t;
        t.start();
        const double c0 = cpuMs();
        r = auditor.run(nullptr, &result);
        wall << t.nsecsElapsed() / 1e6;
        cpu << cpuMs() - c0;
        peak = procStatus("VmHWM");
        if (!r) {
            out << "error: " << r.message() << Qt::endl;
            return 1;
        }
        out << QStringLiteral("  run %1: %2 ms (cpu %3 ms), peak RSS %4").arg(i + 1).arg(wall.last(), 0, 'f', 0).arg(cpu.last(), 0, 'f', 0).arg(peak)
            << Qt::endl;
    }
    const double ms = median(wall);
    out << Qt::endl
        << (fresh ? "first " : "repeated ") << "full audit of " << result.records() << " records (" << result.contacts << " contacts, " << result.companies
        << " companies), " << result.issues << " findings, " << evaluators << " evaluator threads, blocks of " << block << Qt::endl
        << QStringLiteral("  median wall time  %1 s (target 10 s for 1M)").arg(ms / 1000.0, 0, 'f', 2) << Qt::endl
        << QStringLiteral("  median cpu time   %1 s").arg(median(cpu) / 1000.0, 0, 'f', 2) << Qt::endl
        << QStringLiteral("  records/s         %1").arg(qint64(result.records() * 1000.0 / std::max(ms, 1.0))) << Qt::endl
        << "  peak RSS (VmHWM)  " << peak << Qt::endl
        << "  scores            " << QString::fromUtf8(QJsonDocument(result.scores.toJson()).toJson(QJsonDocument::Compact)) << Qt::endl;
    QList<QualityIssueStore::RuleIssues> perRule;
    QualityIssueStore(ws.db()).countsByRule(&perRule);
    for (const auto &rule : perRule)
        out << QStringLiteral("    %1 %2 records").arg(rule.rule, -32).arg(rule.records) << Qt::endl;
    return 0;
}
