#include "mergefixture.h"
#include "testworkspace.h"
#include "audit/attachquality.h"
#include "audit/auditor.h"
#include "commands/mergecontacts.h"
#include "commands/unmergecontacts.h"
#include "commands/updatefield.h"
#include "domain/fieldcatalog.h"
#include "io/sampledata.h"
#include "merge/mergegrouppreview.h"

#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace Kempt;
using Kempt::Test::MergeFixture;
using Kempt::Test::TestWorkspace;

// The data-quality findings follow merges and unmerges batch by batch (IncrementalAudit
// observes every Workspace write); after each step they must equal a full audit's.
class TestMergeIncrementalAudit : public QObject
{
    Q_OBJECT

private:
    static QStringList issueRows(QSqlDatabase db)
    {
        QStringList rows;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT entity, entity_id, rule, field, severity, message, suggestion FROM quality_issues"));
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < 7; ++i)
                cells << q.value(i).toString();
            rows << cells.join(QLatin1Char('\t'));
        }
        rows.sort();
        return rows;
    }

    static void compareWithFullAudit(Workspace *workspace, const QString &step)
    {
        const QStringList incremental = issueRows(workspace->db());
        QSqlQuery clear(workspace->db());
        QVERIFY(clear.exec(QStringLiteral("DELETE FROM quality_issues")));
        AuditResult result;
        const Result r = Auditor(workspace->db()).run(nullptr, &result);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        const QStringList full = issueRows(workspace->db());
        if (incremental != full) {
            QStringList onlyIncremental, onlyFull;
            for (const QString &row : incremental)
                if (!full.contains(row))
                    onlyIncremental << row;
            for (const QString &row : full)
                if (!incremental.contains(row))
                    onlyFull << row;
            QFAIL(qPrintable(QStringLiteral("after %1:\n only incremental:\n  %2\n only full audit:\n  %3")
                                 .arg(step, onlyIncremental.mid(0, 10).join(QStringLiteral("\n  ")),
                                      onlyFull.mid(0, 10).join(QStringLiteral("\n  ")))));
        }
    }

    static MergeContacts *merge(TestWorkspace &ws, const QList<qint64> &ids)
    {
        MergeGroupPreview preview;
        const Result r = MergeGroupPreview::load(ws->db(), ids, SurvivorshipRules(), &preview);
        if (!r)
            qWarning("%s", qPrintable(r.message()));
        // A failed command is deleted by push(); only a new step on the stack is usable.
        auto *command = new MergeContacts(ws.get(), preview.plan());
        const int index = ws->undoStack()->index();
        ws->undoStack()->push(command);
        return ws->undoStack()->index() == index + 1 ? command : nullptr;
    }

private Q_SLOTS:
    void findingsAgreeWithAFullAuditThroughMergeUnmergeUndoAndRedo()
    {
        TestWorkspace ws;
        attachQuality(ws.get());
        QVERIFY(SampleData::load(ws.get(), 60));
        MergeFixture f;
        QVERIFY(buildMergeFixture(ws.get(), &f));
        compareWithFullAudit(ws.get(), QStringLiteral("loading"));

        // Sample contacts with issues of their own, merged three at a time.
        QList<qint64> sample;
        QSqlQuery q(ws->db());
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT entity_id FROM quality_issues WHERE entity = 'contact' ORDER BY entity_id LIMIT 3")));
        while (q.next())
            sample << q.value(0).toLongLong();
        QCOMPARE(sample.size(), 3);

        MergeContacts *fixtureMerge = merge(ws, {f.ann, f.anna, f.annie});
        QVERIFY(fixtureMerge);
        compareWithFullAudit(ws.get(), QStringLiteral("merging the fixture"));
        MergeContacts *sampleMerge = merge(ws, sample);
        QVERIFY(sampleMerge);
        compareWithFullAudit(ws.get(), QStringLiteral("merging sample contacts"));

        // A later edit of the survivor, then the unmerge that keeps it.
        const FieldDef country = FieldCatalog::find(FieldCatalog::fields(Entity::Contact, ws->db()), QStringLiteral("country"));
        ws->undoStack()->push(new UpdateField(ws.get(), Entity::Contact, country, RecordSelection::ofId(f.ann), QStringLiteral("Germany"), 1));
        compareWithFullAudit(ws.get(), QStringLiteral("editing the survivor"));
        const qint64 fixtureMergeId = fixtureMerge->mergeId();
        const qint64 sampleMergeId = sampleMerge->mergeId();
        ws->undoStack()->push(new UnmergeContacts(ws.get(), fixtureMergeId));
        compareWithFullAudit(ws.get(), QStringLiteral("unmerging the fixture"));
        ws->undoStack()->push(new UnmergeContacts(ws.get(), sampleMergeId));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM merges WHERE undone_at <> ''")).toInt(), 2);
        compareWithFullAudit(ws.get(), QStringLiteral("unmerging the sample contacts"));

        for (int step = 0; step < 5; ++step) {
            ws->undoStack()->undo();
            compareWithFullAudit(ws.get(), QStringLiteral("undo %1").arg(step + 1));
        }
        for (int step = 0; step < 5; ++step) {
            ws->undoStack()->redo();
            compareWithFullAudit(ws.get(), QStringLiteral("redo %1").arg(step + 1));
        }
    }
};

QTEST_GUILESS_MAIN(TestMergeIncrementalAudit)
#include "tst_mergeincrementalaudit.moc"
