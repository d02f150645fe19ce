#include "audit/auditor.h"
#include "audit/progresssink.h"
#include "audit/qualityoverview.h"
#include "commands/marknotduplicate.h"
#include "commands/mergecontacts.h"
#include "commands/skipduplicategroup.h"
#include "dedup/attachdedup.h"
#include "dedup/dedupkeyindex.h"
#include "dedup/duplicategroupstore.h"
#include "dedup/duplicatescanjob.h"
#include "dedup/notduplicates.h"
#include "merge/mergegrouppreview.h"
#include "storage/sqlerror.h"
#include "duplicatefixture.h"
#include "testworkspace.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUndoStack>

using namespace Kempt;

namespace {

// Records every progress report; answers false from the first report at or past stopAt.
class RecordingSink : public ProgressSink
{
public:
    explicit RecordingSink(qint64 stopAt = -1) : m_stopAt(stopAt) {}
    bool progress(qint64 done, qint64 total) override
    {
        values << done;
        totals << total;
        return m_stopAt < 0 || done < m_stopAt;
    }
    QList<qint64> values;
    QList<qint64> totals;

private:
    qint64 m_stopAt;
};

} // namespace

// The scan the Duplicates section runs: off the GUI thread, with progress and cancel, and
// its groups kept in the file so they need no second scan; the kept groups follow merges,
// "not a duplicate", skips and edits, and their undos.
class TestDuplicateScanJob : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestWorkspace> m_ws;
    Test::DuplicateFixture m_f;

    Workspace *ws() { return m_ws->get(); }

    DuplicateScanJob::Summary scan()
    {
        DuplicateScanJob::Summary summary;
        const Result r = DuplicateScanJob::run(ws()->db(), nullptr, &summary, 2);
        if (!r)
            qWarning("scan failed: %s", qPrintable(r.message()));
        return summary;
    }

    QList<DuplicateGroupStore::Group> groups()
    {
        DuplicateGroupStore store(ws()->db());
        if (!store.refresh())
            qWarning("refresh failed");
        QList<DuplicateGroupStore::Group> list;
        if (!store.list(&list))
            qWarning("list failed");
        return list;
    }

    // The group holding exactly these contacts, or an invalid one.
    DuplicateGroupStore::Group groupOf(QList<qint64> ids)
    {
        std::sort(ids.begin(), ids.end());
        for (const DuplicateGroupStore::Group &g : groups())
            if (g.contactIds == ids)
                return g;
        return {};
    }

    // Everything a scan writes, as text, to tell "unchanged" exactly.
    QStringList storedScan()
    {
        QStringList rows;
        QSqlQuery q(ws()->db());
        for (const char *sql : {"SELECT id, entity, at, records, pairs, seen_batch, outdated FROM duplicate_scans ORDER BY id",
                                "SELECT id, scan_id, band, score, skipped FROM duplicate_groups ORDER BY id",
                                "SELECT group_id, contact_id, active FROM duplicate_group_members ORDER BY 1, 2",
                                "SELECT name, value FROM dedup_state WHERE name = 'model'"}) {
            q.exec(QString::fromLatin1(sql));
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < q.record().count(); ++i)
                    cells << q.value(i).toString();
                rows << cells.join(QLatin1Char('|'));
            }
        }
        return rows;
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<Test::TestWorkspace>();
        attachDedup(ws());
        m_f = Test::DuplicateFixture();
        const Result r = Test::buildDuplicateFixture(ws(), &m_f);
        QVERIFY2(r, qPrintable(r.message()));
    }

    void cleanup() { m_ws.reset(); }

    void aScanFindsTheGroupsAndKeepsThemForTheNextSession()
    {
        const DuplicateScanJob::Summary summary = scan();
        QCOMPARE(summary.records, qint64(37));
        QCOMPARE(summary.groups(), qint64(3));
        QCOMPARE(summary.groupedRecords, qint64(7));
        QVERIFY(!summary.cancelled);
        QVERIFY(DedupKeyIndex::isBuilt(ws()->db()));

        // Another session on the same file lists the same groups without scanning.
        Workspace later;
        QVERIFY(later.open(m_ws->path()).ok());
        DuplicateGroupStore store(later.db());
        QVERIFY(store.lastScan().isValid());
        QCOMPARE(store.lastScan().records, qint64(37));
        QList<DuplicateGroupStore::Group> list;
        QVERIFY(store.list(&list).ok());
        QCOMPARE(list.size(), 3);
        QList<QList<qint64>> members;
        for (const auto &g : list)
            members << g.contactIds;
        QVERIFY(members.contains(QList<qint64>{m_f.karen, m_f.karenTwin}));
        QVERIFY(members.contains(QList<qint64>{m_f.steven, m_f.steve}));
        QVERIFY(members.contains(m_f.ann));
        // Strongest first within a band, sure before possible.
        for (int i = 1; i < list.size(); ++i)
            QVERIFY(int(list.at(i - 1).band) > int(list.at(i).band)
                    || (list.at(i - 1).band == list.at(i).band && list.at(i - 1).score >= list.at(i).score));
        const auto karen = groupOf({m_f.karen, m_f.karenTwin});
        QCOMPARE(karen.names, (QStringList{QStringLiteral("Karen Gomez"), QStringLiteral("Karen Gomez")}));
    }

    void theScanReportsItsProgressUpToTheEnd()
    {
        RecordingSink sink;
        DuplicateScanJob::Summary summary;
        QVERIFY(DuplicateScanJob::run(ws()->db(), &sink, &summary, 1).ok());
        QVERIFY(sink.values.size() > 3);
        for (int i = 1; i < sink.values.size(); ++i)
            QVERIFY2(sink.values.at(i) >= sink.values.at(i - 1), "progress never goes back");
        QCOMPARE(sink.values.last(), DuplicateScanJob::ProgressTotal);
        for (qint64 total : std::as_const(sink.totals))
            QCOMPARE(total, DuplicateScanJob::ProgressTotal);
    }

    void aCancelledScanLeavesTheLastScanAsItWas_data()
    {
        QTest::addColumn<qint64>("stopAt");
        QTest::addColumn<bool>("withoutIndex");
        QTest::newRow("while reading the contacts") << qint64(1) << false;
        QTest::newRow("while comparing them") << qint64(400) << false;
        QTest::newRow("while building the index") << qint64(851) << true;
        QTest::newRow("right before keeping the groups") << qint64(960) << false;
    }

    void aCancelledScanLeavesTheLastScanAsItWas()
    {
        QFETCH(qint64, stopAt);
        QFETCH(bool, withoutIndex);
        QCOMPARE(scan().groups(), qint64(3));
        // A fourth pair that a finished scan would add.
        qint64 twin = 0;
        QVERIFY(ws()->write(BatchKind::Edit, QStringLiteral("add"), [&](QSqlDatabase db) {
            Contact c = Test::fixturePerson(QStringLiteral("Olivia"), QStringLiteral("Okafor"), QStringLiteral("olivia.okafor0@example.org"),
                                            QStringLiteral("+49 89 5550100"));
            const Result r = ContactStore(db).insert(c);
            twin = c.id;
            return r;
        }).ok());
        QVERIFY(twin > 0);
        if (withoutIndex) {
            QSqlQuery q(ws()->db());
            QVERIFY(exec(q, QStringLiteral("DELETE FROM dedup_state WHERE name = 'keys_built'")).ok());
        }
        const QStringList before = storedScan();
        QVERIFY(!before.isEmpty());

        RecordingSink sink(stopAt);
        DuplicateScanJob::Summary summary;
        const Result r = DuplicateScanJob::run(ws()->db(), &sink, &summary, 2);
        QVERIFY(!r.ok());
        QVERIFY(summary.cancelled);
        QVERIFY2(r.message().contains(QStringLiteral("cancelled")), qPrintable(r.message()));
        QCOMPARE(storedScan(), before);
        if (withoutIndex)
            QVERIFY(!DedupKeyIndex::isBuilt(ws()->db()));
        // The scan that runs to the end finds the new pair.
        QCOMPARE(scan().groups(), qint64(4));
    }

    void theJobScansOnAWorkerThreadAndSaysWhenItIsDone()
    {
        DuplicateScanJob job(m_ws->path());
        QSignalSpy progress(&job, &DuplicateScanJob::progress);
        QSignalSpy finished(&job, &DuplicateScanJob::finished);
        job.start();
        QVERIFY(job.isRunning() || finished.count() == 1 || finished.wait(60000));
        if (finished.isEmpty())
            QVERIFY(finished.wait(60000));
        QCOMPARE(finished.count(), 1);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const auto summary = finished.first().at(2).value<DuplicateScanJob::Summary>();
        QCOMPARE(summary.groups(), qint64(3));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), DuplicateScanJob::ProgressTotal);
        QCOMPARE(groups().size(), 3);
    }

    void aJobCancelledRightAwayKeepsNoGroups()
    {
        DuplicateScanJob job(m_ws->path());
        QSignalSpy finished(&job, &DuplicateScanJob::finished);
        job.start();
        job.cancel();
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(finished.first().at(2).value<DuplicateScanJob::Summary>().cancelled);
        QVERIFY(!DuplicateGroupStore(ws()->db()).lastScan().isValid());
    }

    void notADuplicateHidesTheGroupAndARescanRespectsIt()
    {
        scan();
        ws()->undoStack()->push(new MarkNotDuplicate(ws(), Entity::Contact, {m_f.karen, m_f.karenTwin}));
        QVERIFY(!groupOf({m_f.karen, m_f.karenTwin}).id);
        QCOMPARE(groups().size(), 2);
        QCOMPARE(scan().groups(), qint64(2));
        QVERIFY(!groupOf({m_f.karen, m_f.karenTwin}).id);
        // Undone after the rescan, the decision is gone, but the pair waits for the next scan.
        ws()->undoStack()->undo();
        QVERIFY(!NotDuplicates::contains(ws()->db(), m_f.karen, m_f.karenTwin));
        QCOMPARE(scan().groups(), qint64(3));
    }

    void aMergedGroupLeavesTheListAndUndoBringsItBack()
    {
        scan();
        const DuplicateGroupStore::Group karen = groupOf({m_f.karen, m_f.karenTwin});
        QVERIFY(karen.id);
        MergeGroupPreview preview;
        QVERIFY(MergeGroupPreview::load(ws()->db(), karen.contactIds, SurvivorshipRules(), &preview).ok());
        ws()->undoStack()->push(new MergeContacts(ws(), preview.plan()));
        QCOMPARE(groups().size(), 2);
        QVERIFY(!DuplicateGroupStore(ws()->db()).find(karen.id, nullptr));
        ws()->undoStack()->undo();
        DuplicateGroupStore::Group back;
        QVERIFY(DuplicateGroupStore(ws()->db()).find(karen.id, &back));
        QCOMPARE(back.contactIds, karen.contactIds);
        QCOMPARE(back.band, karen.band);
    }

    void anEditThatEndsTheMatchHidesTheGroupUntilItIsUndone()
    {
        scan();
        const DuplicateGroupStore::Group steven = groupOf({m_f.steven, m_f.steve});
        QVERIFY(steven.id);
        qint64 batch = 0;
        QVERIFY(ws()->write(BatchKind::Edit, QStringLiteral("another person"), [&](QSqlDatabase db) {
            QSqlQuery q(db);
            Result r = exec(q, QStringLiteral("UPDATE contacts SET first_name = 'Quentin', last_name = 'Zhao', display_name = 'Quentin Zhao', "
                                              "street = 'Am Markt 3', postcode = '04109', city = 'Leipzig' WHERE id = ?"), {m_f.steve});
            if (r)
                r = exec(q, QStringLiteral("UPDATE contact_phones SET number = '+49 341 1122334', e164 = '' WHERE contact_id = ?"), {m_f.steve});
            if (r)
                r = exec(q, QStringLiteral("UPDATE contact_emails SET address = 'q.zhao@example.net' WHERE contact_id = ?"), {m_f.steve});
            return r;
        }, &batch).ok());
        bool changed = false;
        QVERIFY(DuplicateGroupStore(ws()->db()).refresh(&changed).ok());
        QVERIFY(changed);
        QVERIFY(!groupOf({m_f.steven, m_f.steve}).id);
        QCOMPARE(groups().size(), 2);
        QVERIFY(ws()->revert(batch).ok());
        QCOMPARE(groupOf({m_f.steven, m_f.steve}).id, steven.id);
    }

    void aSkippedGroupWaitsAtTheEndAndUndoPutsItBack()
    {
        scan();
        const QList<DuplicateGroupStore::Group> before = groups();
        QCOMPARE(before.size(), 3);
        ws()->undoStack()->push(new SkipDuplicateGroup(ws(), before.first().id, QStringLiteral("first")));
        QList<DuplicateGroupStore::Group> after = groups();
        QCOMPARE(after.last().id, before.first().id);
        QVERIFY(after.last().skipped);
        QCOMPARE(after.first().id, before.at(1).id);
        ws()->undoStack()->undo();
        after = groups();
        QCOMPARE(after.first().id, before.first().id);
        QVERIFY(!after.first().skipped);
    }

    void theDashboardCountsTheGroupsOfTheLastScan()
    {
        const auto duplicatesLine = [this] {
            QualityOverview overview;
            if (!QualityOverview::load(ws()->db(), 0, &overview))
                qWarning("overview failed");
            for (const QualityProblem &p : overview.problems())
                if (p.isDuplicates() && p.entity == Entity::Contact)
                    return p;
            return QualityProblem();
        };
        scan();
        AuditResult result;
        QVERIFY(Auditor(ws()->db()).run(nullptr, &result).ok());
        // The audit's uniqueness counts the grouped contacts.
        QCOMPARE(result.details.value(QStringLiteral("duplicates")).toObject().value(QStringLiteral("contact")).toInteger(), qint64(7));
        QCOMPARE(result.scores.uniqueness, AuditScores::share(7, result.records()));
        QualityProblem line = duplicatesLine();
        QCOMPARE(line.title, QStringLiteral("3 duplicate groups"));
        QCOMPARE(line.records, qint64(7));
        // A decision shows at once, without another audit.
        ws()->undoStack()->push(new MarkNotDuplicate(ws(), Entity::Contact, {m_f.karen, m_f.karenTwin}));
        line = duplicatesLine();
        QCOMPARE(line.title, QStringLiteral("2 duplicate groups"));
        QCOMPARE(line.records, qint64(5));
    }

    void aRescanForgetsWhatWasSkipped()
    {
        scan();
        const qint64 first = groups().first().id;
        ws()->undoStack()->push(new SkipDuplicateGroup(ws(), first, QStringLiteral("first")));
        scan();
        for (const auto &g : groups())
            QVERIFY(!g.skipped);
    }
};

QTEST_GUILESS_MAIN(TestDuplicateScanJob)
#include "tst_duplicatescanjob.moc"
