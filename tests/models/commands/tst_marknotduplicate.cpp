#include "mergefixture.h"
#include "testworkspace.h"
#include "commands/marknotduplicate.h"

#include <QRegularExpression>
#include <QTest>
#include <QUndoStack>

using namespace Kempt;
using Kempt::Test::MergeFixture;
using Kempt::Test::TestWorkspace;

class TestMarkNotDuplicate : public QObject
{
    Q_OBJECT

private:
    static QStringList pairs(TestWorkspace &ws)
    {
        QStringList list;
        QSqlQuery q(ws->db());
        q.exec(QStringLiteral("SELECT entity, a_id, b_id FROM not_duplicates ORDER BY entity, a_id, b_id"));
        while (q.next())
            list << QStringLiteral("%1:%2-%3").arg(q.value(0).toString()).arg(q.value(1).toLongLong()).arg(q.value(2).toLongLong());
        return list;
    }

    static QString pair(qint64 a, qint64 b) { return QStringLiteral("contact:%1-%2").arg(qMin(a, b)).arg(qMax(a, b)); }

private Q_SLOTS:
    void everyPairOfTheGroupIsRememberedSmallerIdFirst()
    {
        TestWorkspace ws;
        MergeFixture f;
        QVERIFY(buildMergeFixture(ws.get(), &f));
        auto *command = new MarkNotDuplicate(ws.get(), Entity::Contact, {f.annie, f.ann, f.anna, f.ann});
        ws->undoStack()->push(command);
        QVERIFY(command->lastResult());
        QStringList expected{pair(f.ann, f.anna), pair(f.ann, f.annie), pair(f.anna, f.annie)};
        expected.sort();
        QCOMPARE(pairs(ws), expected);
        QCOMPARE(command->addedPairs().size(), 3);
    }

    void undoForgetsOnlyWhatThisDecisionAdded()
    {
        TestWorkspace ws;
        MergeFixture f;
        QVERIFY(buildMergeFixture(ws.get(), &f));
        ws->undoStack()->push(new MarkNotDuplicate(ws.get(), Entity::Contact, {f.ann, f.anna}));
        ws->undoStack()->push(new MarkNotDuplicate(ws.get(), Entity::Contact, {f.ann, f.anna, f.bob}));
        QCOMPARE(pairs(ws).size(), 3);
        ws->undoStack()->undo();
        QCOMPARE(pairs(ws), QStringList{pair(f.ann, f.anna)});
        ws->undoStack()->redo();
        QCOMPARE(pairs(ws).size(), 3);
        ws->undoStack()->undo();
        ws->undoStack()->undo();
        QVERIFY(pairs(ws).isEmpty());
    }

    void aDecisionAlreadyRememberedIsNoNewUndoStep()
    {
        TestWorkspace ws;
        MergeFixture f;
        QVERIFY(buildMergeFixture(ws.get(), &f));
        ws->undoStack()->push(new MarkNotDuplicate(ws.get(), Entity::Contact, {f.ann, f.anna}));
        ws->undoStack()->push(new MarkNotDuplicate(ws.get(), Entity::Contact, {f.anna, f.ann}));
        QCOMPARE(ws->undoStack()->count(), 1);
        QCOMPARE(pairs(ws).size(), 1);
    }

    void unknownRecordsAndSingleRecordsAreRefused()
    {
        TestWorkspace ws;
        MergeFixture f;
        QVERIFY(buildMergeFixture(ws.get(), &f));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("workspace error: Record 999 does not exist")));
        MarkNotDuplicate missing(ws.get(), Entity::Contact, {f.ann, 999});
        missing.redo();
        QVERIFY(!missing.lastResult());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("workspace error: .*at least two")));
        MarkNotDuplicate single(ws.get(), Entity::Contact, {f.ann, f.ann});
        single.redo();
        QVERIFY(!single.lastResult());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("workspace error: Record 999 does not exist")));
        ws->undoStack()->push(new MarkNotDuplicate(ws.get(), Entity::Contact, {999, f.ann}));
        QCOMPARE(ws->undoStack()->count(), 0);
        QVERIFY(pairs(ws).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMarkNotDuplicate)
#include "tst_marknotduplicate.moc"
