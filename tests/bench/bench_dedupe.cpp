// Duplicate detection at 10,000, 100,000 and 1,000,000 contacts: the full scan of a
// workspace (read, block, fit, score, group) with its time and peak memory, and the
// incremental check of one record and of a batch of 10,000 against the largest workspace.
//
// Usage: bench_dedupe [--csv FILE] [--rows N]... [--checks N] [--batch N]
// FILE is a make-contacts spreadsheet (default /tmp/contacts-1m.csv, made with
// shared/tools/make-contacts 1000000 --seed 7). Figures only; it never fails on time.

#include "processstats.h"

#include "dedup/contactrecordreader.h"
#include "dedup/dedupkeyindex.h"
#include "dedup/duplicatechecker.h"
#include "dedup/duplicatefinder.h"
#include "dedup/spreadsheetrecordreader.h"
#include "makecontactsloader.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Kempt;

namespace {

using Bench::resetPeak;

// Peak resident memory since the last reset, in MiB (Linux: VmHWM).
double peakMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QList<DupRecord> sampleRecords(const QString &csv, int count, int every)
{
    QList<DupRecord> records;
    SpreadsheetRecordReader reader;
    if (!reader.open(csv))
        return records;
    DupRecord r;
    for (int i = 0; records.size() < count && reader.next(&r); ++i)
        if (i % every == 0) {
            r.id.clear(); // a new record, not an edit of the stored one
            records << r;
        }
    return records;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString csv = QStringLiteral("/tmp/contacts-1m.csv");
    QList<qint64> sizes;
    int checks = 200;
    int batch = 10000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--csv"))
            csv = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--rows"))
            sizes << args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--checks"))
            checks = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--batch"))
            batch = args.at(i + 1).toInt();
    }
    if (sizes.isEmpty())
        sizes = {10000, 100000, 1000000};
    if (!QFile::exists(csv)) {
        print(QStringLiteral("%1 does not exist: make it with shared/tools/make-contacts 1000000 --seed 7 > %1").arg(csv));
        return 1;
    }
    QTemporaryDir dir;
    for (int s = 0; s < sizes.size(); ++s) {
        const qint64 rows = sizes.at(s);
        const QString path = dir.filePath(QStringLiteral("bench-%1.sqlite").arg(rows));
        Workspace ws;
        Result r = ws.create(path);
        QElapsedTimer timer;
        timer.start();
        if (r)
            r = Bench::loadMakeContacts(ws, csv, rows);
        if (!r) {
            print(r.message());
            return 1;
        }
        print(QStringLiteral("%1 contacts loaded in %2 s").arg(rows).arg(timer.elapsed() / 1000.0, 0, 'f', 1));

        resetPeak();
        timer.restart();
        ContactRecordReader reader;
        DuplicateFinder finder;
        r = reader.open(ws.db());
        if (r)
            r = finder.run(reader);
        if (!r) {
            print(r.message());
            return 1;
        }
        const DuplicateFinder::Stats &st = finder.stats();
        int sure = 0;
        for (const DuplicateGroup &g : finder.groups())
            sure += g.band == MatchBand::Sure;
        print(QStringLiteral("scan %1: %2 s, peak %3 MiB | read %4 s, block %5 s, fit %6 s, score %7 s, group %8 s | "
                             "%9 candidate pairs, %10 matched, %11 groups (%12 sure)")
                  .arg(rows)
                  .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
                  .arg(peakMiB(), 0, 'f', 0)
                  .arg(st.loadMs / 1000.0, 0, 'f', 2)
                  .arg(st.blockMs / 1000.0, 0, 'f', 2)
                  .arg(st.estimateMs / 1000.0, 0, 'f', 2)
                  .arg(st.scoreMs / 1000.0, 0, 'f', 2)
                  .arg(st.clusterMs / 1000.0, 0, 'f', 2)
                  .arg(st.candidatePairs)
                  .arg(finder.pairs().size())
                  .arg(finder.groups().size())
                  .arg(sure));
        if (s + 1 < sizes.size())
            continue;

        // The incremental check runs against the largest workspace.
        if (!(r = DedupKeyIndex::saveModel(ws.db(), finder.model(), finder.stats().records)))
            return 1;
        resetPeak();
        timer.restart();
        if (!(r = DedupKeyIndex::rebuild(ws.db()))) {
            print(r.message());
            return 1;
        }
        print(QStringLiteral("key index of %1 contacts built in %2 s, peak %3 MiB")
                  .arg(rows).arg(timer.elapsed() / 1000.0, 0, 'f', 1).arg(peakMiB(), 0, 'f', 0));
        DuplicateChecker checker(ws.db());
        if (!(r = checker.open()))
            return 1;
        const QList<DupRecord> singles = sampleRecords(csv, checks, qMax<int>(1, int(rows / checks)));
        QList<double> ms;
        int found = 0;
        for (const DupRecord &record : singles) {
            QElapsedTimer t;
            t.start();
            QList<DuplicateChecker::Match> matches;
            if (!(r = checker.check(record, &matches)))
                return 1;
            ms << t.nsecsElapsed() / 1e6;
            found += matches.isEmpty() ? 0 : 1;
        }
        std::sort(ms.begin(), ms.end());
        double sum = 0;
        for (double v : ms)
            sum += v;
        if (!ms.isEmpty())
            print(QStringLiteral("single check against %1: mean %2 ms, median %3 ms, p95 %4 ms, max %5 ms (%6 of %7 found their stored twin)")
                      .arg(rows)
                      .arg(sum / ms.size(), 0, 'f', 2)
                      .arg(ms.at(ms.size() / 2), 0, 'f', 2)
                      .arg(ms.at(ms.size() * 95 / 100), 0, 'f', 2)
                      .arg(ms.last(), 0, 'f', 2)
                      .arg(found)
                      .arg(ms.size()));
        const QList<DupRecord> many = sampleRecords(csv, batch, qMax<int>(1, int(rows / batch)));
        timer.restart();
        QList<QList<DuplicateChecker::Match>> results;
        if (!(r = checker.checkBatch(many, &results)))
            return 1;
        print(QStringLiteral("batch check of %1 records against %2: %3 s").arg(many.size()).arg(rows).arg(timer.elapsed() / 1000.0, 0, 'f', 2));
    }
    return 0;
}
