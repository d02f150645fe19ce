#include "mergefixture.h"
#include "testworkspace.h"
#include "commands/mergecontacts.h"
#include "merge/mergegrouppreview.h"
#include "merge/mergestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUndoStack>

using namespace Kempt;
using Kempt::Test::MergeFixture;
using Kempt::Test::TestWorkspace;

// MergeContacts: what a merge writes, and that the undo stack takes it back exactly.
class TestMergeContacts : public QObject
{
    Q_OBJECT

private:
    static MergePlan defaultPlan(TestWorkspace &ws, const QList<qint64> &ids)
    {
        MergeGroupPreview preview;
        const Result r = MergeGroupPreview::load(ws->db(), ids, SurvivorshipRules(), &preview);
        if (!r)
            qWarning("%s", qPrintable(r.message()));
        return preview.plan();
    }

    static QList<qint64> ids(TestWorkspace &ws, const QString &sql, const QVariantList &binds = {})
    {
        QList<qint64> list;
        QSqlQuery q(ws->db());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        q.exec();
        while (q.next())
            list << q.value(0).toLongLong();
        return list;
    }

    static QStringList texts(TestWorkspace &ws, const QString &sql, const QVariantList &binds = {})
    {
        QStringList list;
        QSqlQuery q(ws->db());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        q.exec();
        while (q.next())
            list << q.value(0).toString();
        return list;
    }

private Q_SLOTS:
    void mergeMovesEveryKindOfLinkToTheSurvivor()
    {
        TestWorkspace ws;
        MergeFixture f;
        QVERIFY(buildMergeFixture(ws.get(), &f));
        const QList<qint64> annaEmails = ids(ws, QStringLiteral("SELECT id FROM contact_emails WHERE contact_id = ? ORDER BY id"), {f.anna});
        auto *merge = new MergeContacts(ws.get(), defaultPlan(ws, {f.ann, f.anna}));
        const int index = ws->undoStack()->index();
        ws->undoStack()->push(merge);
        QVERIFY2(ws->undoStack()->index() == index + 1, "the merge failed; see the workspace error above");
        QCOMPARE(merge->survivorId(), f.ann);

        // Chosen values: Anna's newer job, company, first name, birthday and shoe size.
        QCOMPARE(ws.scalar(QStringLiteral("SELECT job_title FROM contacts WHERE id = ?"), {f.ann}).toString(), QStringLiteral("CTO"));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT company_name FROM contacts WHERE id = ?"), {f.ann}).toString(), QStringLiteral("Acme Holdings"));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT display_name FROM contacts WHERE id = ?"), {f.ann}).toString(), QStringLiteral("Anna Lee"));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT birthday FROM contacts WHERE id = ?"), {f.ann}).toString(), QStringLiteral("1985-04-03"));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT city FROM contacts WHERE id = ?"), {f.ann}).toString(), QStringLiteral("Berlin"));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT value FROM custom_values WHERE field_id = ? AND entity_id = ?"), {f.shoeField, f.ann}).toString(),
                 QStringLiteral("39"));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT last_contacted_at FROM contacts WHERE id = ?"), {f.ann}).toString(),
                 QStringLiteral("2024-02-01T09:00:00Z"));

        // E-mails and phones: every distinct value on the survivor; the row of Anna's
        // copy of Ann's address stays with Anna.
        QCOMPARE(texts(ws, QStringLiteral("SELECT address FROM contact_emails WHERE contact_id = ? ORDER BY position"), {f.ann}),
                 (QStringList{QStringLiteral("ann@acme.example"), QStringLiteral("anna.lee@home.example")}));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT primary_email FROM contacts WHERE id = ?"), {f.ann}).toString(), QStringLiteral("ann@acme.example"));
        QVERIFY(ids(ws, QStringLiteral("SELECT id FROM contact_emails WHERE contact_id = ?"), {f.ann}).contains(annaEmails.at(1)));
        QCOMPARE(ids(ws, QStringLiteral("SELECT id FROM contact_emails WHERE contact_id = ?"), {f.anna}), QList<qint64>{annaEmails.at(0)});
        QCOMPARE(texts(ws, QStringLiteral("SELECT number FROM contact_phones WHERE contact_id = ? ORDER BY position"), {f.ann}),
                 (QStringList{QStringLiteral("+49 30 1234567"), QStringLiteral("+49 171 2345678")}));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM contact_phones WHERE contact_id = ? AND is_primary = 1"), {f.ann}).toInt(), 1);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM social_profiles WHERE contact_id = ?"), {f.ann}).toInt(), 1);

        // Tags united; notes, activities and deals follow.
        QCOMPARE(texts(ws, QStringLiteral("SELECT g.name FROM contact_tags l JOIN tags g ON g.id = l.tag_id WHERE l.contact_id = ? ORDER BY g.name"), {f.ann}),
                 (QStringList{QStringLiteral("Partner"), QStringLiteral("VIP")}));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT contact_id FROM notes WHERE id = ?"), {f.noteOfAnna}).toLongLong(), f.ann);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT contact_id FROM activities WHERE id = ?"), {f.callOfAnna}).toLongLong(), f.ann);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT contact_id FROM deals WHERE id = ?"), {f.dealOfAnna}).toLongLong(), f.ann);
        QCOMPARE(ids(ws, QStringLiteral("SELECT deal_id FROM deal_contacts WHERE contact_id = ?"), {f.ann}), QList<qint64>{f.dealOfAnn});
        // Bob's note and Annie's links are none of this merge's business.
        QCOMPARE(ws.scalar(QStringLiteral("SELECT contact_id FROM notes WHERE id = ?"), {f.noteOfBob}).toLongLong(), f.bob);
        QCOMPARE(ids(ws, QStringLiteral("SELECT deal_id FROM deal_contacts WHERE contact_id = ?"), {f.annie}), QList<qint64>{f.dealOfAnna});

        // The merged record is in the trash; the merge is in the history.
        QVERIFY(!ws.scalar(QStringLiteral("SELECT deleted_at FROM contacts WHERE id = ?"), {f.anna}).isNull());
        QVERIFY(ws.scalar(QStringLiteral("SELECT deleted_at FROM contacts WHERE id = ?"), {f.ann}).isNull());
        QVERIFY(merge->mergeId() > 0);
        const std::optional<MergeEntry> entry = MergeStore(ws->db()).find(merge->mergeId());
        QVERIFY(entry);
        QCOMPARE(entry->survivorId, f.ann);
        QCOMPARE(entry->mergedIds, QList<qint64>{f.anna});
        QCOMPARE(entry->batchId, merge->batchId());
        QCOMPARE(entry->survivorName, QStringLiteral("Anna Lee"));
        QVERIFY(!entry->isUndone());
        QCOMPARE(ws.scalar(QStringLiteral("SELECT merged_ids FROM merges WHERE id = ?"), {merge->mergeId()}).toString(),
                 QStringLiteral("[%1]").arg(f.anna));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT kind FROM change_batches WHERE id = ?"), {merge->batchId()}).toString(), QStringLiteral("merge"));
    }

    void aPickedValueWinsOverTheDefault()
    {
        TestWorkspace ws;
        MergeFixture f;
        QVERIFY(buildMergeFixture(ws.get(), &f));
        MergePlan plan = defaultPlan(ws, {f.ann, f.anna});
        QVERIFY(plan.choose(QStringLiteral("job_title"), f.ann));
        QVERIFY(plan.choose(QStringLiteral("email"), f.anna));
        QVERIFY(plan.choose(QStringLiteral("custom.shoe_size"), f.ann));
        auto *merge = new MergeContacts(ws.get(), plan);
        const int index = ws->undoStack()->index();
        ws->undoStack()->push(merge);
        QVERIFY2(ws->undoStack()->index() == index + 1, "the merge failed; see the workspace error above");
        QCOMPARE(ws.scalar(QStringLiteral("SELECT job_title FROM contacts WHERE id = ?"), {f.ann}).toString(), QStringLiteral("Engineer"));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT value FROM custom_values WHERE field_id = ? AND entity_id = ?"), {f.shoeField, f.ann}).toString(),
                 QStringLiteral("38"));
    }

    void undoAndRedoThroughTheStackRestoreEveryTableExactly()
    {
        TestWorkspace ws;
        MergeFixture f;
        QVERIFY(buildMergeFixture(ws.get(), &f));
        const QStringList tables = Test::mergeTables() << QStringLiteral("merges");
        const Test::CellDump before = Test::cellDump(ws->db(), tables);
        ws->undoStack()->push(new MergeContacts(ws.get(), defaultPlan(ws, {f.ann, f.anna, f.annie})));
        const Test::CellDump merged = Test::cellDump(ws->db(), tables);
        QVERIFY(merged != before);
        ws->undoStack()->undo();
        QVERIFY2(Test::cellDump(ws->db(), tables) == before, qPrintable(Test::cellDifferences(before, Test::cellDump(ws->db(), tables))));
        ws->undoStack()->redo();
        QVERIFY2(Test::cellDump(ws->db(), tables) == merged, qPrintable(Test::cellDifferences(merged, Test::cellDump(ws->db(), tables))));
        ws->undoStack()->undo();
        QVERIFY2(Test::cellDump(ws->db(), tables) == before, qPrintable(Test::cellDifferences(before, Test::cellDump(ws->db(), tables))));
    }

    void aGroupOfThreeBecomesOneRecord()
    {
        TestWorkspace ws;
        MergeFixture f;
        QVERIFY(buildMergeFixture(ws.get(), &f));
        auto *merge = new MergeContacts(ws.get(), defaultPlan(ws, {f.annie, f.anna, f.ann}));
        QCOMPARE(merge->text(), QStringLiteral("Merge 3 contacts"));
        const int index = ws->undoStack()->index();
        ws->undoStack()->push(merge);
        QVERIFY2(ws->undoStack()->index() == index + 1, "the merge failed; see the workspace error above");
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL AND last_name = 'Lee'")).toInt(), 1);
        QCOMPARE(texts(ws, QStringLiteral("SELECT address FROM contact_emails WHERE contact_id = ? ORDER BY position"), {f.ann}),
                 (QStringList{QStringLiteral("ann@acme.example"), QStringLiteral("annie@lee.example"), QStringLiteral("anna.lee@home.example")}));
        QCOMPARE(texts(ws, QStringLiteral("SELECT g.name FROM contact_tags l JOIN tags g ON g.id = l.tag_id WHERE l.contact_id = ? ORDER BY g.name"), {f.ann}),
                 (QStringList{QStringLiteral("Newsletter"), QStringLiteral("Partner"), QStringLiteral("VIP")}));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT do_not_email FROM contacts WHERE id = ?"), {f.ann}).toInt(), 1); // Annie's opt-out
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM notes WHERE contact_id = ?"), {f.ann}).toInt(), 3);
        QCOMPARE(ids(ws, QStringLiteral("SELECT deal_id FROM deal_contacts WHERE contact_id = ? ORDER BY deal_id"), {f.ann}),
                 (QList<qint64>{f.dealOfAnna, f.dealOfAnn}));
        QCOMPARE(ids(ws, QStringLiteral("SELECT id FROM deals WHERE contact_id = ? ORDER BY id"), {f.ann}), (QList<qint64>{f.dealOfAnna, f.dealOfAnn}));
        const QJsonArray merged = QJsonDocument::fromJson(
            ws.scalar(QStringLiteral("SELECT merged_ids FROM merges WHERE id = ?"), {merge->mergeId()}).toByteArray()).array();
        QCOMPARE(merged, (QJsonArray{f.annie, f.anna}));
    }

    void mergingARecordAlreadyInTheTrashFailsAndChangesNothing()
    {
        TestWorkspace ws;
        MergeFixture f;
        QVERIFY(buildMergeFixture(ws.get(), &f));
        const MergePlan plan = defaultPlan(ws, {f.ann, f.anna});
        QVERIFY(ws->write(BatchKind::Edit, QStringLiteral("trash"), [&](QSqlDatabase db) {
            return ContactStore(db).moveToTrash(RecordSelection::ofId(f.anna));
        }));
        const Test::CellDump before = Test::cellDump(ws->db());
        MergeContacts merge(ws.get(), plan);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("workspace error: .*trash")));
        merge.redo();
        QVERIFY(!merge.lastResult());
        const QString message = merge.lastResult().message();
        QVERIFY2(message.contains(QStringLiteral("Contact %1").arg(f.anna)) && message.contains(QLatin1String("Anna Lee"))
                     && message.contains(QLatin1String("in the trash")) && message.contains(QLatin1String("Restore it first")),
                 qPrintable(message));
        // On the stack, the failed merge leaves no undo step.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("workspace error: .*trash")));
        ws->undoStack()->push(new MergeContacts(ws.get(), plan));
        QCOMPARE(ws->undoStack()->count(), 0);
        QCOMPARE(Test::cellDump(ws->db()), before);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM merges")).toInt(), 0);
    }

    void aPlanForOtherRecordsIsRefused()
    {
        TestWorkspace ws;
        MergeFixture f;
        QVERIFY(buildMergeFixture(ws.get(), &f));
        MergeContacts merge(ws.get(), MergePlan({f.ann}, f.ann));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("workspace error: .*two or more")));
        merge.redo();
        QVERIFY(!merge.lastResult());
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM merges")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMergeContacts)
#include "tst_mergecontacts.moc"
