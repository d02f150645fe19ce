// The Duplicates section and the editor's warning at scale: the scan job (read, compare,
// group, index, keep the groups), then what a person waits for afterwards - opening the
// section (the kept groups), the dashboard's count, catching up after an edit of a grouped
// contact, showing one group side by side with its explanation, and the editor's check of
// a typed contact.
//
// Usage: bench_duplicatereview [--csv FILE] [--rows N] [--samples N]
// FILE is a make-contacts spreadsheet (default /tmp/contacts-1m.csv). Figures only.

#include "dedup/contactduprecord.h"
#include "dedup/duplicatechecker.h"
#include "dedup/duplicategroupstore.h"
#include "dedup/duplicatescanjob.h"
#include "dedup/spreadsheetrecordreader.h"
#include "dedup/attachdedup.h"
#include "makecontactsloader.h"
#include "merge/mergegrouppreview.h"
#include "storage/workspace.h"
#include "stores/contactstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Kempt;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString spread(QList<double> ms)
{
    if (ms.isEmpty())
        return QStringLiteral("-");
    std::sort(ms.begin(), ms.end());
    double sum = 0;
    for (double v : ms)
        sum += v;
    return QStringLiteral("mean %1 ms, median %2 ms, p95 %3 ms, max %4 ms")
        .arg(sum / ms.size(), 0, 'f', 2)
        .arg(ms.at(ms.size() / 2), 0, 'f', 2)
        .arg(ms.at(ms.size() * 95 / 100), 0, 'f', 2)
        .arg(ms.last(), 0, 'f', 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString csv = QStringLiteral("/tmp/contacts-1m.csv");
    qint64 rows = 100000;
    int samples = 50;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--csv"))
            csv = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--rows"))
            rows = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--samples"))
            samples = args.at(i + 1).toInt();
    }
    QTemporaryDir dir;
    Workspace ws;
    Result r = ws.create(dir.filePath(QStringLiteral("bench.sqlite")));
    QElapsedTimer timer;
    timer.start();
    if (r)
        r = Bench::loadMakeContacts(ws, csv, rows);
    if (!r) {
        print(r.message());
        return 1;
    }
    attachDedup(&ws);
    print(QStringLiteral("%1 contacts loaded in %2 s").arg(rows).arg(timer.elapsed() / 1000.0, 0, 'f', 1));

    timer.restart();
    DuplicateScanJob::Summary summary;
    if (!(r = DuplicateScanJob::run(ws.db(), nullptr, &summary))) {
        print(r.message());
        return 1;
    }
    print(QStringLiteral("scan job (index built on the way): %1 s, %2 groups (%3 sure), %4 records grouped")
              .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
              .arg(summary.groups())
              .arg(summary.sure)
              .arg(summary.groupedRecords));

    DuplicateGroupStore store(ws.db());
    QList<DuplicateGroupStore::Group> groups;
    timer.restart();
    if (!(r = store.list(&groups)))
        return 1;
    print(QStringLiteral("opening the section (list of %1 groups): %2 ms").arg(groups.size()).arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1));
    DuplicateGroupStore::Summary counts;
    timer.restart();
    if (!(r = store.summary(&counts)))
        return 1;
    print(QStringLiteral("dashboard count: %1 ms").arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1));
    if (groups.isEmpty())
        return 0;

    QList<double> show;
    QList<double> refresh;
    const int step = qMax<int>(1, int(groups.size() / samples));
    for (int i = 0; i < groups.size() && show.size() < samples; i += step) {
        const DuplicateGroupStore::Group &g = groups.at(i);
        QElapsedTimer t;
        t.start();
        MergeGroupPreview preview;
        QList<PairExplanation> pairs;
        DuplicateChecker checker(ws.db());
        if (!MergeGroupPreview::load(ws.db(), g.contactIds, SurvivorshipRules::fromSettings(ws.db()), &preview) || !checker.explainPairs(g.contactIds, &pairs))
            return 1;
        show << t.nsecsElapsed() / 1e6;
        // An edit of one of its records, then the catch-up the section does.
        if (!ws.write(BatchKind::Edit, QStringLiteral("edit"), [&g](QSqlDatabase db) {
                QSqlQuery q(db);
                return exec(q, QStringLiteral("UPDATE contacts SET job_title = 'Edited' WHERE id = ?"), {g.contactIds.first()});
            }))
            return 1;
        t.restart();
        if (!store.refresh() || !store.list(&groups))
            return 1;
        refresh << t.nsecsElapsed() / 1e6;
    }
    print(QStringLiteral("one group side by side with its explanation: %1").arg(spread(show)));
    print(QStringLiteral("an edit of a grouped contact, caught up and listed again: %1").arg(spread(refresh)));

    // The editor: a typed contact checked, and the name of its match read.
    DuplicateChecker checker(ws.db());
    if (!checker.open())
        return 1;
    QList<double> check;
    SpreadsheetRecordReader reader;
    if (!reader.open(csv))
        return 1;
    DupRecord record;
    const int every = qMax<int>(1, int(rows / samples));
    for (int i = 0; check.size() < samples && reader.next(&record); ++i) {
        if (i % every)
            continue;
        record.id.clear();
        QElapsedTimer t;
        t.start();
        QList<DuplicateChecker::Match> matches;
        if (!checker.check(record, &matches))
            return 1;
        if (!matches.isEmpty())
            ContactStore(ws.db()).load(matches.first().contactId);
        check << t.nsecsElapsed() / 1e6;
    }
    print(QStringLiteral("editor check of a typed contact against %1: %2").arg(rows).arg(spread(check)));
    return 0;
}
