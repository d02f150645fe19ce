// Times what the data-quality dashboard reads when it opens, on a large audited
// workspace, and what a click on a problem costs in the contacts table:
//
//   bench_qualitydashboard --db /tmp/audit-1m.sqlite [--runs K] [--rule contact.owner.required]
//
// The file is opened read-only (nothing is migrated or written). Figures: median of K runs.
//   overview      QualityOverview::load (scores, trend, per-rule counts from the snapshot)
//   countsByRule  QualityIssueStore::countsByRule (re-counting quality_issues, for comparison)
//   filter count  the HasIssue filter's count, as the contacts table runs it
//   filter page   its first page of 256 rows in id order

#include "audit/qualityoverview.h"
#include "domain/fieldcatalog.h"
#include "itemmodels/qualitycolumn.h"
#include "itemmodels/recordquery.h"
#include "stores/qualityissuestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <algorithm>
#include <functional>

using namespace Kempt;

namespace {

QTextStream out(stdout);

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double time(int runs, const std::function<void()> &fn)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        ms << t.nsecsElapsed() / 1e6;
    }
    return median(ms);
}

qint64 run(QSqlDatabase db, const RecordQuery::Statement &s, int *rows = nullptr)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(s.sql);
    for (const QVariant &b : s.binds)
        q.addBindValue(b);
    if (!q.exec()) {
        out << "query failed: " << q.lastError().text() << '\n';
        return -1;
    }
    int n = 0;
    qint64 first = 0;
    while (q.next()) {
        if (n == 0)
            first = q.value(0).toLongLong();
        ++n;
    }
    if (rows)
        *rows = n;
    return first;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("Audited workspace."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per figure."), QStringLiteral("K"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("rule"), QStringLiteral("Rule to filter by."), QStringLiteral("ID"),
                      QStringLiteral("contact.owner.required")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    db.setDatabaseName(parser.value(QStringLiteral("db")));
    if (!db.open()) {
        out << "cannot open: " << db.lastError().text() << '\n';
        return 1;
    }

    QualityOverview overview;
    const double load = time(runs, [&] { QualityOverview::load(db, 60, &overview); });
    out << "records in the stored audit: " << overview.latest().records << ", problems: " << overview.problems().size()
        << ", trend points: " << overview.trend().size() << '\n';
    out << QStringLiteral("overview (dashboard open)   %1 ms\n").arg(load, 8, 'f', 1);

    QList<QualityIssueStore::RuleIssues> counts;
    const double recount = time(std::min(runs, 2), [&] { QualityIssueStore(db).countsByRule(&counts); });
    out << QStringLiteral("countsByRule (re-count)     %1 ms\n").arg(recount, 8, 'f', 1);

    const QString rule = parser.value(QStringLiteral("rule"));
    const Filter filter = QualityColumn::filter(Entity::Contact, rule);
    QList<FieldDef> fields = FieldCatalog::builtIn(Entity::Contact);
    fields << QualityColumn::field(Entity::Contact);
    const RecordQuery query(EntityTableSpec::of(Entity::Contact), filter, fields);
    qint64 matches = 0;
    const double count = time(runs, [&] {
        QSqlQuery q(db);
        const RecordQuery::Statement s = query.count(true);
        q.prepare(s.sql);
        for (const QVariant &b : s.binds)
            q.addBindValue(b);
        if (q.exec() && q.next())
            matches = q.value(0).toLongLong();
    });
    out << QStringLiteral("filter count (%1)  %2 ms, %3 contacts\n").arg(rule).arg(count, 8, 'f', 1).arg(matches);
    RecordQuery::Page page;
    page.columns = {QStringLiteral("t.display_name"), QualityColumn::field(Entity::Contact).select};
    page.limit = 256;
    int rows = 0;
    const double first = time(runs, [&] { run(db, query.page(page), &rows); });
    out << QStringLiteral("filter first page           %1 ms, %2 rows\n").arg(first, 8, 'f', 1).arg(rows);
    return 0;
}
