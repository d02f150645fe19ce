#include "domain/fieldcatalog.h"
#include "itemmodels/recordquery.h"
#include "testworkspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Kempt;
using Op = FilterCondition::Operator;

Q_DECLARE_METATYPE(Kempt::Filter)

namespace {

// The query plan SQLite chooses, one line per step.
QStringList plan(Workspace *ws, const RecordQuery::Statement &s)
{
    QSqlQuery q(ws->db());
    if (!q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + s.sql))
        qFatal("%s", qPrintable(q.lastError().text() + QStringLiteral(" in ") + s.sql));
    for (const QVariant &b : s.binds)
        q.addBindValue(b);
    q.exec();
    QStringList lines;
    while (q.next())
        lines << q.value(3).toString();
    return lines;
}

qint64 run(Workspace *ws, const RecordQuery::Statement &s)
{
    QSqlQuery q(ws->db());
    q.prepare(s.sql);
    for (const QVariant &b : s.binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        qFatal("%s", qPrintable(q.lastError().text() + QStringLiteral(" in ") + s.sql));
    return q.value(0).toLongLong();
}

void fill(Test::TestWorkspace &ws)
{
    QSqlQuery q(ws->db());
    // Plain SQL is enough here: the triggers keep the search index in step.
    QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) "
                                  "INSERT INTO contacts(first_name, last_name, display_name, city) "
                                  "SELECT 'Ann' || i, 'Lee' || (i % 7), 'Ann' || i || ' Lee', "
                                  "CASE WHEN i % 3 = 0 THEN 'Berlin' ELSE 'Paris' END FROM n")));
    QVERIFY(q.exec(QStringLiteral("UPDATE contacts SET deleted_at = '2024-01-01T00:00:00Z' WHERE id % 10 = 0")));
    QVERIFY(q.exec(QStringLiteral("ANALYZE")));
}

RecordQuery queryFor(Test::TestWorkspace &ws, const Filter &f)
{
    return RecordQuery(EntityTableSpec::of(f.entity()), f, FieldCatalog::fields(f.entity(), ws->db()));
}

} // namespace

class TestRecordQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countingLiveRowsScansThePartialIndex()
    {
        Test::TestWorkspace ws;
        fill(ws);
        const RecordQuery q = queryFor(ws, Filter());
        QVERIFY(plan(ws.get(), q.count()).join(QLatin1Char('\n')).contains(QStringLiteral("contacts_country")));
        QCOMPARE(run(ws.get(), q.count()), qint64(450));
        QCOMPARE(run(ws.get(), q.count(false)), qint64(450));
    }

    void keysetPagesSeekTheSortIndex_data()
    {
        QTest::addColumn<bool>("descending");
        QTest::newRow("ascending") << false;
        QTest::newRow("descending") << true;
    }

    void keysetPagesSeekTheSortIndex()
    {
        QFETCH(bool, descending);
        Test::TestWorkspace ws;
        fill(ws);
        const RecordQuery q = queryFor(ws, Filter());
        RecordQuery::Page page;
        page.sortKey = QStringLiteral("t.last_name COLLATE NOCASE");
        page.descending = descending;
        page.hasBoundary = true;
        page.boundaryKey = QStringLiteral("Lee3");
        page.boundaryId = 100;
        const QStringList steps = plan(ws.get(), q.page(page));
        QVERIFY2(steps.join(QLatin1Char('\n')).contains(QStringLiteral("SEARCH t USING INDEX contacts_last (last_name")),
                 qPrintable(steps.join(QLatin1Char('\n'))));
        QVERIFY(!steps.join(QLatin1Char('\n')).contains(QStringLiteral("TEMP B-TREE")));

        // A jump skips its OFFSET along the index alone; only the page's rows are sorted again.
        page.hasBoundary = false;
        page.offset = 100;
        const QString jump = plan(ws.get(), q.page(page)).join(QLatin1Char('\n'));
        QVERIFY2(jump.contains(QStringLiteral("CO-ROUTINE")) && jump.contains(QStringLiteral("INDEX contacts_last")), qPrintable(jump));
        QCOMPARE(jump.count(QStringLiteral("TEMP B-TREE")), 1);
    }

    void searchesDriveFromTheFullTextIndex()
    {
        Test::TestWorkspace ws;
        fill(ws);
        Filter f;
        f.search = QStringLiteral("ann1");
        const RecordQuery q = queryFor(ws, f);
        RecordQuery::Page page;
        const QStringList steps = plan(ws.get(), q.page(page));
        QVERIFY2(steps.first().contains(QStringLiteral("VIRTUAL TABLE")), qPrintable(steps.join(QLatin1Char('\n'))));
        // In id order the matches stream: nothing is collected and sorted first.
        QVERIFY(!steps.join(QLatin1Char('\n')).contains(QStringLiteral("TEMP B-TREE")));
        QVERIFY(!steps.join(QLatin1Char('\n')).contains(QStringLiteral("LIST SUBQUERY")));
    }

    void aSortedSearchPicksItsPlanByTheNumberOfMatches_data()
    {
        QTest::addColumn<qint64>("matches");
        QTest::addColumn<QString>("first");
        QTest::newRow("few matches: from the search index") << qint64(20) << QStringLiteral("VIRTUAL TABLE");
        QTest::newRow("many matches: along the sort index") << qint64(400) << QStringLiteral("contacts_last");
    }

    void aSortedSearchPicksItsPlanByTheNumberOfMatches()
    {
        QFETCH(qint64, matches);
        QFETCH(QString, first);
        Test::TestWorkspace ws;
        fill(ws);
        Filter f;
        f.search = QStringLiteral("ann");
        const RecordQuery q = queryFor(ws, f);
        RecordQuery::Page page;
        page.sortKey = QStringLiteral("t.last_name COLLATE NOCASE");
        page.limit = 50;
        page.matches = matches;
        page.tableRows = 500;
        const QStringList steps = plan(ws.get(), q.page(page));
        const QString text = steps.join(QLatin1Char('\n'));
        // The inner step that finds the page's ids comes first.
        QVERIFY2(steps.size() > 1 && text.indexOf(first) >= 0, qPrintable(text));
        for (const QString &step : steps)
            if (step.contains(QStringLiteral("VIRTUAL TABLE")) || step.contains(QStringLiteral("contacts_last"))) {
                QVERIFY2(step.contains(first), qPrintable(text));
                break;
            }
        // Both plans return the same rows.
        page.matches = matches == 20 ? 400 : 20;
        QSqlQuery a(ws->db()), b(ws->db());
        for (auto [query, statement] : {std::pair{&a, q.page(page)}, std::pair{&b, queryFor(ws, f).page([&] {
                                             RecordQuery::Page other = page;
                                             other.matches = matches;
                                             return other;
                                         }())}}) {
            query->prepare(statement.sql);
            for (const QVariant &v : statement.binds)
                query->addBindValue(v);
            QVERIFY(query->exec());
        }
        int rows = 0;
        while (a.next()) {
            QVERIFY(b.next());
            QCOMPARE(a.value(0), b.value(0));
            ++rows;
        }
        QVERIFY(!b.next());
        QCOMPARE(rows, 50);
    }

    void everyCountShapeAgreesWithThePlainForm_data()
    {
        QTest::addColumn<Filter>("filter");
        Filter live;
        QTest::newRow("live") << live;
        Filter search;
        search.search = QStringLiteral("ann1");
        QTest::newRow("search, with trashed matches") << search;
        Filter trash = search;
        trash.trash = true;
        QTest::newRow("search in the trash") << trash;
        Filter both = search;
        both.conditions = {FilterCondition{QStringLiteral("city"), Op::Equals, QStringLiteral("berlin")}};
        QTest::newRow("search and a condition") << both;
        Filter none;
        none.search = QStringLiteral("nobody");
        QTest::newRow("no match") << none;
    }

    void everyCountShapeAgreesWithThePlainForm()
    {
        QFETCH(Filter, filter);
        Test::TestWorkspace ws;
        fill(ws);
        const RecordQuery q = queryFor(ws, filter);
        const qint64 fast = run(ws.get(), q.count(true));
        QCOMPARE(fast, run(ws.get(), q.count(false)));
        // And with the selection commands use.
        const RecordSelection s = q.selection();
        QCOMPARE(fast, run(ws.get(), {QStringLiteral("SELECT count(*) FROM contacts t WHERE ") + s.where, s.binds}));
    }

    void anEmptyTrashSkipsTheTrashCheck()
    {
        Test::TestWorkspace ws;
        fill(ws);
        QSqlQuery(ws->db()).exec(QStringLiteral("UPDATE contacts SET deleted_at = NULL"));
        Filter f;
        f.search = QStringLiteral("lee");
        QCOMPARE(run(ws.get(), queryFor(ws, f).count()), qint64(500));
    }
};

QTEST_GUILESS_MAIN(TestRecordQuery)
#include "tst_recordquery.moc"
