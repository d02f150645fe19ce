// Times an import into a workspace, phase by phase: looking for duplicates (reading the
// file, the file's own groups, the check against the workspace) and the import itself,
// with CPU time, peak memory and the machine's load average, since wall time on a shared
// machine means little without them.
//
//   bench_import --db WORKSPACE --file CONTACTS.csv [--on-duplicate create|skip|update|merge]
//                [--dry-run] [--keep-original] [--create] [--search-only]
//
// Typical use with make-contacts (/work/shared/tools/make-contacts N --seed S > file.csv):
// a big workspace is filled once (--create ... --on-duplicate create), then a smaller file
// goes in with a duplicate check. The workspace is opened as kempt-cli opens it (with the
// data-quality and duplicate-index observers).

#include "processstats.h"

#include "audit/attachquality.h"
#include "audit/progresssink.h"
#include "dedup/attachdedup.h"
#include "import/importduplicates.h"
#include "import/importer.h"
#include "import/sourcefactory.h"
#include "io/tablesource.h"
#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace Kempt;

namespace {

using Bench::procStatus;
using Bench::loadAverage;
using Bench::cpuSeconds;

QTextStream out(stdout);

// Notes when the duplicate search passes from one phase to the next (0-400 reading,
// 400-550 the file's own groups, 550-1000 the workspace).
class PhaseClock : public ProgressSink
{
public:
    PhaseClock() { m_timer.start(); }
    bool progress(qint64 done, qint64) override
    {
        if (done >= 400 && m_read < 0)
            m_read = m_timer.elapsed();
        if (done >= 550 && m_file < 0)
            m_file = m_timer.elapsed();
        return true;
    }
    qint64 m_read = -1;
    qint64 m_file = -1;

private:
    QElapsedTimer m_timer;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("db"), QStringLiteral("The workspace."), QStringLiteral("FILE")},
                       {QStringLiteral("file"), QStringLiteral("The file to import."), QStringLiteral("FILE")},
                       {QStringLiteral("on-duplicate"), QStringLiteral("create, skip, update, overwrite or merge."), QStringLiteral("A"),
                        QStringLiteral("create")},
                       {QStringLiteral("dry-run"), QStringLiteral("Roll the import back.")},
                       {QStringLiteral("search-only"), QStringLiteral("Stop after the duplicate search: the wizard's duplicate preview.")},
                       {QStringLiteral("keep-original"), QStringLiteral("Skip the style guide's fixes.")},
                       {QStringLiteral("create"), QStringLiteral("Create the workspace first.")}});
    parser.process(app);
    ImportOptions options;
    if (!DuplicateActions::fromName(parser.value(QStringLiteral("on-duplicate")), &options.onDuplicate)) {
        out << "unknown --on-duplicate" << Qt::endl;
        return 2;
    }
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (parser.isSet(QStringLiteral("keep-original")))
        options.cleanup = ImportOptions::Cleanup::KeepOriginal;

    Workspace workspace;
    attachQuality(&workspace);
    attachDedup(&workspace);
    const QString db = parser.value(QStringLiteral("db"));
    Result r = parser.isSet(QStringLiteral("create")) ? workspace.create(db) : workspace.open(db);
    if (!r) {
        out << r.message() << Qt::endl;
        return 1;
    }
    out << "load average before: " << loadAverage() << Qt::endl;
    std::unique_ptr<TableSource> source;
    if (!(r = SourceFactory::open(parser.value(QStringLiteral("file")), options.source, &source))) {
        out << r.message() << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuSeconds();
    if (options.onDuplicate != DuplicateAction::Create) {
        PhaseClock clock;
        if (!(r = ImportDuplicates(workspace.db()).find(*source, options, &options.duplicates, &clock))) {
            out << r.message() << Qt::endl;
            return 1;
        }
        options.duplicatesFound = true;
        const qint64 ms = timer.restart();
        out << "duplicate search: " << ms << " ms wall (reading " << clock.m_read << ", groups in the file "
            << clock.m_file - clock.m_read << ", against the workspace " << ms - clock.m_file << "), "
            << QString::number(cpuSeconds() - cpu, 'f', 2) << " s CPU, " << options.duplicates.size() << " groups" << Qt::endl;
        cpu = cpuSeconds();
        if (parser.isSet(QStringLiteral("search-only"))) {
            out << "peak RSS (VmHWM): " << procStatus("VmHWM") << Qt::endl;
            return 0;
        }
    }
    Importer importer(workspace.db(), workspace.batchObservers());
    ImportSummary summary;
    if (!(r = importer.run(*source, options, &summary))) {
        out << r.message() << Qt::endl;
        return 1;
    }
    const qint64 ms = timer.elapsed();
    out << "import: " << summary.rows << " rows in " << ms << " ms wall, " << QString::number(cpuSeconds() - cpu, 'f', 2) << " s CPU ("
        << (ms > 0 ? summary.rows * 1000 / ms : 0) << " rows/s); created " << summary.created << ", updated " << summary.updated
        << ", merged " << summary.merged << ", skipped " << summary.skipped << ", rejected " << summary.rejected << Qt::endl;
    out << "peak RSS (VmHWM): " << procStatus("VmHWM") << Qt::endl;
    out << "load average after: " << loadAverage() << Qt::endl;
    return 0;
}
