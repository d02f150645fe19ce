#include "mergefixture.h"
#include "testworkspace.h"
#include "commands/addnote.h"
#include "commands/deletenote.h"
#include "commands/editcontact.h"
#include "commands/mergecontacts.h"
#include "commands/purgerecords.h"
#include "commands/deleterecords.h"
#include "commands/tagrecords.h"
#include "commands/unmergecontacts.h"
#include "commands/updatefield.h"
#include "domain/fieldcatalog.h"
#include "merge/mergegrouppreview.h"
#include "merge/mergestore.h"

#include <QRegularExpression>
#include <QTest>
#include <QUndoStack>

using namespace Kempt;
using Kempt::Test::CellDump;
using Kempt::Test::MergeFixture;
using Kempt::Test::TestWorkspace;

// UnmergeContacts: a merge taken back long after it happened, around later edits.
class TestUnmergeContacts : public QObject
{
    Q_OBJECT

private:
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

    static UnmergeContacts *unmerge(TestWorkspace &ws, qint64 mergeId)
    {
        auto *command = new UnmergeContacts(ws.get(), mergeId);
        const int index = ws->undoStack()->index();
        ws->undoStack()->push(command);
        return ws->undoStack()->index() == index + 1 ? command : nullptr;
    }

    static void setField(TestWorkspace &ws, qint64 id, const QString &key, const QVariant &value)
    {
        const FieldDef field = FieldCatalog::find(FieldCatalog::fields(Entity::Contact, ws->db()), key);
        ws->undoStack()->push(new UpdateField(ws.get(), Entity::Contact, field, RecordSelection::ofId(id), value, 1));
    }

    static void compareCells(const CellDump &expected, const CellDump &actual)
    {
        QVERIFY2(expected == actual, qPrintable(Test::cellDifferences(expected, actual)));
    }

private Q_SLOTS:
    void unmergeRestoresTheRecordsTheirIdsFieldsAndLinks()
    {
        TestWorkspace ws;
        MergeFixture f;
        QVERIFY(buildMergeFixture(ws.get(), &f));
        const CellDump before = Test::cellDump(ws->db());
        MergeContacts *merged = merge(ws, {f.ann, f.anna, f.annie});
        QVERIFY(merged);
        UnmergeContacts *command = unmerge(ws, merged->mergeId());
        QVERIFY(command);
        compareCells(before, Test::cellDump(ws->db()));
        QCOMPARE(command->report().restoredIds, (QList<qint64>{f.anna, f.annie}));
        QCOMPARE(command->report().survivorId, f.ann);
        QVERIFY(command->report().keptEdits.isEmpty());
        // The history keeps the merge and says it was undone.
        const std::optional<MergeEntry> entry = MergeStore(ws->db()).find(merged->mergeId());
        QVERIFY(entry);
        QVERIFY(entry->isUndone());
        QCOMPARE(ws.scalar(QStringLiteral("SELECT kind FROM change_batches WHERE id = ?"), {command->batchId()}).toString(),
                 QStringLiteral("unmerge"));
    }

    void unmergeAfterLaterUnrelatedEditsRestoresExactly()
    {
        TestWorkspace ws;
        MergeFixture f;
        QVERIFY(buildMergeFixture(ws.get(), &f));
        const CellDump before = Test::cellDump(ws->db());
        MergeContacts *merged = merge(ws, {f.ann, f.anna, f.annie});
        QVERIFY(merged);
        const CellDump afterMerge = Test::cellDump(ws->db());

        // Bob is edited every way there is; the survivor gets a new note.
        std::optional<Contact> bob = ContactStore(ws->db()).load(f.bob);
        QVERIFY(bob);
        bob->jobTitle = QStringLiteral("Head of Purchasing");
        bob->emails << EmailAddress{0, QStringLiteral("b.stone@home.example"), QStringLiteral("home"), false};
        bob->tags = {QStringLiteral("Partner")};
        ws->undoStack()->push(new EditContact(ws.get(), *bob));
        setField(ws, f.bob, QStringLiteral("city"), QStringLiteral("Hamburg"));
        ws->undoStack()->push(new AddNote(ws.get(), Entity::Contact, f.bob, QStringLiteral("Called back")));
        ws->undoStack()->push(new AddNote(ws.get(), Entity::Contact, f.ann, QStringLiteral("After the merge")));
        ws->undoStack()->push(new TagRecords(ws.get(), Entity::Contact, RecordSelection::ofId(f.bob), {QStringLiteral("Newsletter")}, 1));
        const CellDump afterEdits = Test::cellDump(ws->db());

        UnmergeContacts *command = unmerge(ws, merged->mergeId());
        QVERIFY(command);
        QVERIFY(command->report().keptEdits.isEmpty());
        // Exactly the state before the merge, with exactly the later edits.
        compareCells(Test::withChanges(before, afterMerge, afterEdits), Test::cellDump(ws->db()));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT job_title FROM contacts WHERE id = ?"), {f.bob}).toString(), QStringLiteral("Head of Purchasing"));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM notes WHERE contact_id = ? AND body = 'After the merge'"), {f.ann}).toInt(), 1);
    }

    void unmergeKeepsALaterEditOfTheSurvivorAndSaysSo()
    {
        TestWorkspace ws;
        MergeFixture f;
        QVERIFY(buildMergeFixture(ws.get(), &f));
        const CellDump before = Test::cellDump(ws->db());
        MergeContacts *merged = merge(ws, {f.ann, f.anna});
        QVERIFY(merged);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT job_title FROM contacts WHERE id = ?"), {f.ann}).toString(), QStringLiteral("CTO"));
        const CellDump afterMerge = Test::cellDump(ws->db());
        // The merge set the job title; this edit changes it again. The department was
        // not the merge's business.
        setField(ws, f.ann, QStringLiteral("job_title"), QStringLiteral("VP Engineering"));
        setField(ws, f.ann, QStringLiteral("department"), QStringLiteral("Platform"));
        const CellDump afterEdits = Test::cellDump(ws->db());

        UnmergeContacts *command = unmerge(ws, merged->mergeId());
        QVERIFY(command);
        compareCells(Test::withChanges(before, afterMerge, afterEdits), Test::cellDump(ws->db()));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT job_title FROM contacts WHERE id = ?"), {f.ann}).toString(), QStringLiteral("VP Engineering"));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT company_name FROM contacts WHERE id = ?"), {f.ann}).toString(), QStringLiteral("Acme GmbH"));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT job_title FROM contacts WHERE id = ?"), {f.anna}).toString(), QStringLiteral("CTO"));

        const QList<UnmergeReport::KeptEdit> kept = command->report().keptEdits;
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().contactId, f.ann);
        QVERIFY2(kept.first().what.startsWith(QLatin1String("Job title of ")), qPrintable(kept.first().what));
        QCOMPARE(kept.first().currentValue, QStringLiteral("VP Engineering"));
        QCOMPARE(kept.first().mergedValue, QStringLiteral("CTO"));
        QVERIFY(!kept.first().removed);
        QVERIFY(kept.first().laterBatchId > merged->batchId());
        const QString sentence = kept.first().sentence();
        QVERIFY2(sentence.contains(QStringLiteral("kept \u201CVP Engineering\u201D")) && sentence.contains(QStringLiteral("\u201CCTO\u201D")),
                 qPrintable(sentence));
        // Named as the record ends up: the survivor has its own name back.
        QCOMPARE(kept.first().what, QStringLiteral("Job title of Ann Lee"));
    }

    void rowsDeletedAfterTheMergeStayDeletedAndAreReported()
    {
        TestWorkspace ws;
        MergeFixture f;
        QVERIFY(buildMergeFixture(ws.get(), &f));
        MergeContacts *merged = merge(ws, {f.ann, f.anna});
        QVERIFY(merged);
        ws->undoStack()->push(new DeleteNote(ws.get(), f.noteOfAnna));
        std::optional<Contact> ann = ContactStore(ws->db()).load(f.ann);
        QVERIFY(ann);
        ann->emails.removeIf([](const EmailAddress &e) { return e.address == QLatin1String("anna.lee@home.example"); });
        ws->undoStack()->push(new EditContact(ws.get(), *ann));

        UnmergeContacts *command = unmerge(ws, merged->mergeId());
        QVERIFY(command);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM notes WHERE id = ?"), {f.noteOfAnna}).toInt(), 0);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM contact_emails WHERE address = 'anna.lee@home.example'")).toInt(), 0);
        // Everything else of Anna is back.
        QVERIFY(ws.scalar(QStringLiteral("SELECT deleted_at FROM contacts WHERE id = ?"), {f.anna}).isNull());
        QCOMPARE(ws.scalar(QStringLiteral("SELECT contact_id FROM activities WHERE id = ?"), {f.callOfAnna}).toLongLong(), f.anna);
        QStringList removed;
        for (const UnmergeReport::KeptEdit &k : command->report().keptEdits) {
            QVERIFY(k.removed);
            QCOMPARE(k.contactId, f.anna);
            removed << k.what;
            QVERIFY2(k.sentence().contains(QLatin1String("stays deleted")), qPrintable(k.sentence()));
        }
        removed.sort();
        QCOMPARE(removed, (QStringList{QStringLiteral("E-mail anna.lee@home.example of Anna Lee"), QStringLiteral("Note %1 of Anna Lee").arg(f.noteOfAnna)}));
    }

    void undoingAnUnmergeMergesAgainExactly()
    {
        TestWorkspace ws;
        MergeFixture f;
        QVERIFY(buildMergeFixture(ws.get(), &f));
        const QStringList tables = Test::mergeTables() << QStringLiteral("merges");
        MergeContacts *merged = merge(ws, {f.ann, f.anna, f.annie});
        QVERIFY(merged);
        const CellDump afterMerge = Test::cellDump(ws->db(), tables);
        QVERIFY(unmerge(ws, merged->mergeId()));
        const CellDump afterUnmerge = Test::cellDump(ws->db(), tables);
        ws->undoStack()->undo();
        compareCells(afterMerge, Test::cellDump(ws->db(), tables));
        QVERIFY(!MergeStore(ws->db()).find(merged->mergeId())->isUndone());
        ws->undoStack()->redo();
        compareCells(afterUnmerge, Test::cellDump(ws->db(), tables));
        // Undoing the unmerge and then the merge leaves no merge at all.
        ws->undoStack()->undo();
        ws->undoStack()->undo();
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM merges")).toInt(), 0);
    }

    void unmergeIsRefusedWhenItCannotBeExact_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<QString>("message");
        QTest::newRow("an unknown merge") << "unknown" << "There is no merge";
        QTest::newRow("a merge undone already") << "twice" << "was undone already";
        QTest::newRow("a later merge of the survivor") << "later" << "Unmerge";
        QTest::newRow("a merged record deleted for good") << "purged" << "deleted for good";
    }

    void unmergeIsRefusedWhenItCannotBeExact()
    {
        QFETCH(QString, situation);
        QFETCH(QString, message);
        TestWorkspace ws;
        MergeFixture f;
        QVERIFY(buildMergeFixture(ws.get(), &f));
        MergeContacts *merged = merge(ws, {f.ann, f.anna});
        QVERIFY(merged);
        qint64 mergeId = merged->mergeId();
        if (situation == QLatin1String("unknown"))
            mergeId = 4711;
        else if (situation == QLatin1String("twice"))
            QVERIFY(unmerge(ws, mergeId));
        else if (situation == QLatin1String("later"))
            QVERIFY(merge(ws, {f.ann, f.bob}));
        else if (situation == QLatin1String("purged"))
            ws->undoStack()->push(new PurgeRecords(ws.get(), Entity::Contact, RecordSelection::ofId(f.anna), 1));
        const CellDump before = Test::cellDump(ws->db());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("workspace error: ")));
        UnmergeContacts command(ws.get(), mergeId);
        command.redo();
        QVERIFY(!command.lastResult());
        QVERIFY2(command.lastResult().message().contains(message), qPrintable(command.lastResult().message()));
        compareCells(before, Test::cellDump(ws->db()));
    }

    void theHistoryListsMergesNewestFirstWithNames()
    {
        TestWorkspace ws;
        MergeFixture f;
        QVERIFY(buildMergeFixture(ws.get(), &f));
        MergeContacts *firstMerge = merge(ws, {f.ann, f.anna});
        QVERIFY(firstMerge);
        MergeContacts *secondMerge = merge(ws, {f.ann, f.annie});
        QVERIFY(secondMerge);
        const qint64 first = firstMerge->mergeId();
        const qint64 second = secondMerge->mergeId();
        QVERIFY(first > 0 && second > first);
        QVERIFY(unmerge(ws, second));
        const QList<MergeEntry> all = MergeStore(ws->db()).list();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).id, second);
        QVERIFY(all.at(0).isUndone());
        QCOMPARE(all.at(1).mergedIds, QList<qint64>{f.anna});
        QCOMPARE(all.at(1).mergedNames, QStringList{QStringLiteral("Anna Lee")});
        QCOMPARE(MergeStore(ws->db()).list(false).size(), 1);
        QCOMPARE(MergeStore(ws->db()).mergesOf(f.annie).size(), 1);
        QCOMPARE(MergeStore(ws->db()).mergesOf(f.ann).size(), 2);
        QCOMPARE(MergeStore(ws->db()).mergesOf(f.bob).size(), 0);
        const QJsonObject json = all.at(1).toJson();
        QCOMPARE(json.value(QStringLiteral("survivor")).toObject().value(QStringLiteral("id")).toInteger(), f.ann);
        QCOMPARE(json.value(QStringLiteral("undone")).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestUnmergeContacts)
#include "tst_unmergecontacts.moc"
